print("bitext-bench")
