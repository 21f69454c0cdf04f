// swift-format-ignore-file
// Generated from Dictionaries/inflection/*.txt by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension EnglishInflection {
  /// The text of each inflection data file, by language code.
  static let embeddedData: [String: String] = [
    "en": #"""
# Bitext inflection data: English.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
# Sections in brackets, one pair a line: the base word and its irregular form, separated by
# spaces; everything after '#' on a line is a comment. Other words follow the regular rules.

[plurals]
# singular plural
man men
woman women
child children
person people
foot feet
tooth teeth
mouse mice
life lives
wife wives
knife knives
leaf leaves
half halves
people people
sheep sheep
news news

[past-participles]
# verb past-participle (also used for the simple past)
be been
have had
do done
go gone
say said
make made
take taken
come come
see seen
know known
get got
give given
find found
think thought
tell told
become become
leave left
bring brought
begin begun
keep kept
hold held
write written
stand stood
lose lost
pay paid
meet met
lead led
fight fought
put put
set set
let let
run run
send sent
build built
spend spent
sell sold
buy bought
feel felt
hear heard
speak spoken
break broken
choose chosen
fall fallen
forget forgotten
grow grown
rise risen
show shown
sit sat
stop stopped
plan planned
win won
understand understood
read read
cut cut
hit hit
shut shut
draw drawn
drive driven
eat eaten
fly flown
throw thrown
wear worn
seek sought
teach taught
catch caught
sleep slept
mean meant

"""#,
  ]
}
