// swift-format-ignore-file
// Generated from Dictionaries/lemmas/*.txt by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension LemmaData {
  /// The text of each lemma data file, by language code.
  static let embeddedData: [String: String] = [
    "de": #"""
# Bitext lemma data: German.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
der die das den dem des ein eine einen einem einer eines und oder von zu zum zur im in an am auf
mit für sich etwas jemandem jemanden jemand jemandes nicht sein haben werden

"""#,
    "en": #"""
# Bitext lemma data: English.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
be: is am are was were been being 's 're 'm
have: has had having 've 'd
do: does did done doing
go: goes went gone going
say: says said
make: makes made
take: takes took taken
come: comes came
see: sees saw seen
know: knows knew known
get: gets got gotten
give: gives gave given
find: finds found
think: thinks thought
tell: tells told
become: becomes became
leave: leaves left
bring: brings brought
begin: begins began begun
keep: keeps kept
hold: holds held
write: wrote written
stand: stood
lose: lost
pay: paid
meet: met
lead: led
fight: fought
man: men
woman: women
child: children
person: people
will: 'll would
can: could
shall: should
may: might

[plural-endings]
# plural ending and singular ending (none: the ending is dropped), tried in order
ies y
ves f
es
s

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
the a an of to in on at by for with and or be is are as it its one one's oneself someone
something sb sth up out off from into do make have not

"""#,
    "fr": #"""
# Bitext lemma data: French.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[elisions]
# elided word (without its apostrophe) and the full word
l le
d de
j je
m me
t te
s se
n ne
c ce
qu que
jusqu jusque
lorsqu lorsque
puisqu puisque
quoiqu quoique
presqu presque

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
avoir: a ai as avons avez ont avait avais avaient avions aviez aura aurai auras aurons aurez
avoir: auront aurait aurais auraient ait aie aies aient ayant eu eue eus eut eurent
être: est es suis sommes êtes sont était étais étaient étions étiez sera serai seras serons
être: serez seront serait serais seraient soit sois soient soyons étant été fut fus furent fût
aller: va vais vas allons allez vont ira irai iront irait aille allait allé allée allés
faire: fait fais faisons faites font faisait faisaient fera ferai feront ferait fasse fassent
faire: faite faits
pouvoir: peut peux pouvons pouvez peuvent pouvait pourra pourrait pourraient puisse puissent pu
devoir: doit dois devons devez doivent devait devra devrons devrait devraient doive dû due dus
vouloir: veut veux voulons voulez veulent voulait voudra voudrait veuille voulu
savoir: sait sais savons savez savent savait saura saurait sache su
dire: dit dis disons dites disent disait dira dirait dise dits dite
voir: voit vois voyons voyez voient voyait verra verrait vu vue vus
venir: vient viens venons venez viennent venait viendra viendrait vienne venu venue venus
prendre: prend prends prenons prenez prennent prenait prendra prendrait prenne pris prise prises
mettre: met mets mettons mettez mettent mettait mis mise
naître: né née nés nées naît naquit
vivre: vit vis vivent vivait vécu
de: du des
à: au aux
ce: cet cette ces
celui: celle ceux celles
son: sa ses
mon: ma mes
ton: ta tes
notre: nos
votre: vos
leur: leurs
le: la les
un: une
ne: n'
non: ne
quel: quelle quels quelles
tout: toute tous toutes

[plural-endings]
# plural ending and singular ending (none: the ending is dropped), tried in order
aux al
eaux eau
s
x

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
le la les l' un une des du de d' au aux à a en et ou se s' sa son ses sur par pour dans avec que
qui ne pas il elle on ce cette y faire être avoir

"""#,
    "it": #"""
# Bitext lemma data: Italian.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[elisions]
# elided word (without its apostrophe) and the full word
l lo
d di
un una
dell dello
all allo
nell nello

"""#,
  ]
}
