// swift-format-ignore-file
// Generated from Dictionaries/languages/*.txt by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension LanguageCodes {
  /// The text of the language-code file ("codes").
  static let embeddedData: [String: String] = [
    "codes": #"""
# Bitext language codes: the codes Bitext accepts wherever it takes a language.
# Source: the ISO 639-1, ISO 639-2 and ISO 639-3 code tables as published by their registration
# authorities (Library of Congress for ISO 639-2, SIL International for ISO 639-3); the choice of
# three-letter codes (languages Bitext has data for or Debian has FreeDict dictionaries for) is the
# Bitext developers'. Code lists are facts; this file: same licence as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[iso639-1]
# Every ISO 639-1 code, a few a line.
aa ab ae af ak am an ar as av ay az ba be bg bh
bi bm bn bo br bs ca ce ch co cr cs cu cv cy da
de dv dz ee el en eo es et eu fa ff fi fj fo fr
fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz
ia id ie ig ii ik io is it iu ja jv ka kg ki kj
kk kl km kn ko kr ks ku kv kw ky la lb lg li ln
lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb
nd ne ng nl nn no nr nv ny oc oj om or os pa pi
pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
sl sm sn so sq sr ss st su sv sw ta te tg th ti
tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo
wa wo xh yi yo za zh zu

[withdrawn]
# A withdrawn ISO 639-1 code still met in data, and the code that replaced it.
iw he
in id
ji yi

[iso639-3]
# The ISO 639-3 code (also ISO 639-2/T) of a language Bitext knows, and its ISO 639-1 code.
afr af
ara ar
bre br
bul bg
cat ca
ces cs
cym cy
dan da
deu de
ell el
eng en
epo eo
est et
eus eu
fas fa
fin fi
fra fr
gla gd
gle ga
glg gl
heb he
hin hi
hrv hr
hun hu
hye hy
ind id
isl is
ita it
jpn ja
kat ka
kor ko
kur ku
lat la
lav lv
lit lt
mkd mk
nld nl
nno nn
nob nb
nor no
oci oc
pol pl
por pt
ron ro
rus ru
slk sk
slv sl
spa es
sqi sq
srp sr
swe sv
swh sw
tha th
tur tr
ukr uk
vie vi
zho zh

[iso639-2b]
# An ISO 639-2/B (bibliographic) code that differs from the 639-3 one, and its ISO 639-1 code.
alb sq
arm hy
baq eu
chi zh
cze cs
dut nl
fre fr
geo ka
ger de
gre el
ice is
mac mk
per fa
rum ro
slo sk
wel cy
swa sw

"""#,
  ]
}
