// swift-format-ignore-file
// Generated from Dictionaries/grammar/*.txt by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension GrammarData {
  /// The text of each grammar data file, by language code.
  static let embeddedData: [String: String] = [
    "fr": #"""
# Bitext grammar data: French, for the French → English gloss translator.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
# Sections in brackets, one entry a line, words separated by spaces; everything after '#' on a
# line is a comment. Lists whose order matters are tried from top to bottom.

[feminine-endings]
# feminine or plural adjective ending, masculine singular ending (none: dropped); longest first
iennes ien
ienne ien
elles el
elle el
euses eux
euse eux
ives if
ive if
ées é
ée é
és é
ales al
aux al
es
e
s

[negations]
# second part of "ne … X", its English rendering (which may be several words)
pas not
plus no longer
jamais never
rien nothing
guère hardly
point not

[participle-endings]
# endings of regular past participles
é
ée
és
ées
i
ie
is
u
ue
us

[irregular-participles]
# past participles without a regular ending
fait
dit
pris
mis
vu
eu
été
dû
pu
voulu
su
venu
né
mort
écrit
ouvert
offert
permis
promis
reçu
perdu
rendu
vécu
connu
cru
lu
conduit
produit
détruit

[past-auxiliaries]
# forms of "avoir" dropped before a past participle ("a déclaré" → "declared")
a
ont
avait
avaient
ai
avons
avez

[verb-endings]
# verb ending, infinitive ending, English form (base, past or present-participle)
ées er past
és er past
ée er past
é er past
issant ir present-participle
ant er present-participle
aient er past
ait er past
èrent er past
ea er past
a er past
eront er base
erait er base
era er base
ent er base
es er base
e er base
ons er base
ez er base
issent ir base
it ir base
is ir base
ies ir past
ie ir past
it ire base
ent re base
d dre base
t tre base
oit oir base
uit uire base

[adjective-endings]
# endings of adjectives (nationalities, -ique, -el, -if, participles…)
ique
iques
ien
ienne
iens
iennes
ais
aise
aises
ois
oise
oises
al
ale
ales
aux
el
elle
els
elles
if
ive
ifs
ives
eux
euse
euses
aire
aires
ible
ibles
able
ables
esque
esques
russe
russes
é
ée
és
ées
iste
istes
ain
aine
ains
aines
ieur
ieure

"""#,
  ]
}
