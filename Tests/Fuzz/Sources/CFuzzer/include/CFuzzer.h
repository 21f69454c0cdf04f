// libFuzzer's driver entry point (in the runtime linked by -sanitize=fuzzer). SwiftPM gives every
// executable its own `main`, so the targets start libFuzzer through this call.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));
