// swift-format-ignore-file
// Generated from Dictionaries/lemmas/*.txt by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension LemmaData {
  /// The text of each lemma data file, by language code.
  static let embeddedData: [String: String] = [
    "de": #"""
# Bitext lemma data: German.
# Written by the Bitext developers from their knowledge of German grammar (no third-party data
# copied). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment. Words are folded before use
# (ß and ss match: "ließ" also finds Swiss "liess").

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
# auxiliaries and modal verbs
sein: bin bist ist sind seid war warst waren wart gewesen wäre wärst wären wärt sei seist seien
haben: habe hast hat habt hatte hattest hatten hattet gehabt hätte hättest hätten hättet
werden: werde wirst wird werdet wurde wurdest wurden wurdet geworden worden würde würdest würden
können: kann kannst könnt konnte konntest konnten gekonnt könnte könntest könnten
müssen: muss musst müsst musste musstest mussten gemusst müsste müssten muß mußt mußte mußten
wollen: will willst wollte wolltest wollten gewollt
sollen: soll sollst sollte solltest sollten gesollt
dürfen: darf darfst durfte durften gedurft dürfte dürften
mögen: mag magst mochte mochten gemocht möchte möchtest möchten
wissen: weiß weißt wisst wusste wussten gewusst wüsste wüssten wußte wußten gewußt
# strong and irregular verbs
gehen: gehe gehst geht ging gingst gingen gingt gegangen
kommen: komme kommst kommt kam kamst kamen kamt gekommen käme kämen
stehen: stehe stehst steht stand standen gestanden stünde stände
liegen: lag lagen gelegen läge
sitzen: saß saßen gesessen
sehen: sehe siehst sieht seht sah sahen gesehen sähe
geben: gibst gibt gab gaben gegeben gäbe
nehmen: nimmst nimmt nahm nahmen genommen nähme
finden: fand fanden gefunden fände
bleiben: blieb blieben geblieben
fahren: fährst fährt fuhr fuhren gefahren führe
laufen: läufst läuft lief liefen gelaufen
steigen: stieg stiegen gestiegen
fallen: fällst fällt fiel fielen gefallen
ziehen: zog zogen gezogen zöge
tun: tue tust tut tat taten getan
bringen: brachte brachten gebracht brächte
denken: dachte dachten gedacht
kennen: kannte kannten gekannt
nennen: nannte nannten genannt
rennen: rannte rannten gerannt
brennen: brannte brannten gebrannt
senden: sandte sandten gesandt
wenden: wandte wandten gewandt
sprechen: sprichst spricht sprach sprachen gesprochen
treffen: triffst trifft traf trafen getroffen
helfen: hilfst hilft half halfen geholfen
werfen: wirfst wirft warf warfen geworfen
sterben: stirbst stirbt starb starben gestorben
brechen: brichst bricht brach brachen gebrochen
lassen: lässt ließ ließen gelassen
halten: hältst hält hielt hielten gehalten
heißen: hieß hießen geheißen
beginnen: begann begannen begonnen
gewinnen: gewann gewannen gewonnen
schreiben: schrieb schrieben geschrieben
lesen: liest las lasen gelesen
essen: isst aß aßen gegessen
trinken: trank tranken getrunken
tragen: trägst trägt trug trugen getragen
schlagen: schlägst schlägt schlug schlugen geschlagen
schlafen: schläfst schläft schlief schliefen geschlafen
rufen: rief riefen gerufen
scheinen: schien schienen geschienen
schreien: schrie schrien geschrien
schweigen: schwieg schwiegen geschwiegen
treiben: trieb trieben getrieben
reiten: ritt ritten geritten
gleiten: glitt glitten geglitten
greifen: griff griffen gegriffen
schneiden: schnitt schnitten geschnitten
leiden: litt litten gelitten
bieten: bot boten geboten
fliegen: flog flogen geflogen
fliehen: floh flohen geflohen
fließen: floss flossen geflossen floß
schließen: schloss schlossen geschlossen schloß
schießen: schoss schossen geschossen schoß
verlieren: verlor verloren
frieren: fror froren gefroren
binden: band banden gebunden
springen: sprang sprangen gesprungen
singen: sang sangen gesungen
sinken: sank sanken gesunken
zwingen: zwang zwangen gezwungen
gelingen: gelang gelangen gelungen
klingen: klang klangen geklungen
wachsen: wächst wuchs wuchsen gewachsen
waschen: wäscht wusch gewaschen
graben: gräbt grub gruben gegraben
schaffen: schuf schufen geschaffen
stoßen: stößt stieß stießen gestoßen
hängen: hing hingen gehangen
fangen: fängt fing fingen gefangen
empfangen: empfängt empfing empfingen
vergessen: vergisst vergaß vergaßen
messen: misst maß maßen gemessen
bitten: bat baten gebeten
lügen: log logen gelogen
wiegen: wog wogen gewogen
biegen: bog bogen gebogen
schieben: schob schoben geschoben
heben: hob hoben gehoben
erheben: erhob erhoben
weisen: wies wiesen gewiesen
beweisen: bewies bewiesen
meiden: mied mieden gemieden
# prefixed verbs whose forms are frequent in accounts and reports
bekommen: bekam bekamen
verstehen: verstand verstanden
bestehen: bestand bestanden
entstehen: entstand entstanden
erhalten: erhält erhielt erhielten
verlassen: verlässt verließ verließen
erscheinen: erschien erschienen
beschließen: beschloss beschlossen beschloß
entscheiden: entschied entschieden
unterscheiden: unterschied unterschieden
beschreiben: beschrieb beschrieben
erkennen: erkannte erkannten erkannt
besteigen: bestieg bestiegen
ersteigen: erstieg
vorkommen: vorkam vorgekommen
ankommen: ankam ankamen angekommen
aufsteigen: aufstieg aufgestiegen
absteigen: abstieg abgestiegen
aufbrechen: aufbrach aufgebrochen
anfangen: anfing anfingen angefangen
aufgeben: aufgab aufgegeben
ausgehen: ausging ausgegangen
zurückkehren: zurückgekehrt
# contracted prepositions and articles
zu: zum zur
in: im ins
an: am ans
von: vom
bei: beim
auf: aufs
für: fürs
über: übers
unter: unters
um: ums
durch: durchs
vor: vors
# articles, determiners and pronouns
der: die das den dem des
ein: eine einen einem einer eines
kein: keine keinen keinem keiner keines
dieser: diese dieses diesen diesem
jener: jene jenes jenen jenem
welcher: welche welches welchen welchem
jeder: jede jedes jeden jedem
mein: meine meinen meinem meiner meines
dein: deine deinen deinem deiner deines
sein: seine seinen seinem seiner seines
ihr: ihre ihren ihrem ihrer ihres
unser: unsere unseren unserem unserer unseres unsre
euer: eure euren eurem eurer eures
ich: mich mir
du: dich dir
er: ihn ihm
wir: uns
# adjectives and adverbs with irregular comparison
gut: besser beste besten bester bestes
viel: mehr meiste meisten
hoch: höher höchste höchsten hohe hohen hoher hohes
nah: näher nächste nächsten
groß: größer größte größten
gern: lieber liebsten
# nouns with umlaut or irregular plurals
haus: häuser häusern
mann: männer männern
vater: väter vätern
mutter: mütter müttern
bruder: brüder brüdern
tochter: töchter töchtern
sohn: söhne söhnen
stadt: städte städten
land: länder ländern
wald: wälder wäldern
dorf: dörfer dörfern
buch: bücher büchern
hand: hände händen
fuß: füße füßen
nacht: nächte nächten
wand: wände wänden
grund: gründe gründen
fluss: flüsse flüssen
pass: pässe pässen
tal: täler tälern
bach: bäche bächen
hang: hänge hängen
baum: bäume bäumen
turm: türme türmen
block: blöcke blöcken
kopf: köpfe köpfen
zug: züge zügen
gast: gäste gästen
hof: höfe höfen
stuhl: stühle stühlen
gipfel: gipfeln
sturz: stürze stürzen
fall: fälle fällen
platz: plätze plätzen
gletscher: gletschern
wort: wörter wörtern
volk: völker völkern
feld: felder feldern
kind: kinder kindern
bild: bilder bildern
blatt: blätter blättern
loch: löcher löchern
dach: dächer dächern
rand: ränder rändern
mensch: menschen
herr: herrn herren
museum: museen
thema: themen
firma: firmen
zentrum: zentren

[plural-endings]
# plural or case ending and the singular ending (none: the ending is dropped), tried in order:
# nouns (Blumen, Tage, Kindern, Berges) and inflected adjectives (neuen, großem)
n
es
s
e
en
er
em
ern
ens

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
    "es": #"""
# Bitext lemma data: Spanish.
# Written by the Bitext developers from their knowledge of Spanish grammar (no third-party data
# copied). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
ser: soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron
ser: sea seas seamos seáis sean fuera fueras fuéramos fueran fuese fuesen será serás seremos
ser: serán sería serías seríamos serían sido siendo
ir: voy vas va vamos vais van iba ibas íbamos ibais iban fui fuiste fue fuimos fuisteis fueron
ir: vaya vayas vayamos vayan fuera fueran fuese fuesen irá irán iría irían ido yendo
estar: estoy estás está estamos estáis están estaba estabas estábamos estaban estuve estuviste
estar: estuvo estuvimos estuvieron esté estés estén estuviera estuvieran estará estarán estaría
estar: estado estando
haber: he has ha hemos habéis han hay había habías habíamos habían hubo hubieron haya hayas
haber: hayamos hayan hubiera hubieran hubiese habrá habrán habría habrían habido habiendo
tener: tengo tienes tiene tenemos tenéis tienen tenía tenías teníamos tenían tuve tuviste tuvo
tener: tuvimos tuvieron tenga tengas tengamos tengan tuviera tuvieran tendrá tendrán tendría
tener: tendrían tenido teniendo
hacer: hago haces hace hacemos hacéis hacen hacía hacían hice hiciste hizo hicimos hicieron
hacer: haga hagas hagamos hagan hiciera hicieran hará harán haría harían hecho hecha hechos
hacer: hechas haciendo
poder: puedo puedes puede podemos podéis pueden podía podían pude pudiste pudo pudimos pudieron
poder: pueda puedas puedan pudiera pudieran podrá podrán podría podrían podido pudiendo
decir: digo dices dice decimos decís dicen decía decían dije dijiste dijo dijimos dijeron diga
decir: digan dijera dijeran dirá dirán diría dirían dicho dicha dichos dichas diciendo
ver: veo ves ve vemos veis ven veía veían vi viste vio vimos vieron vea vean viera visto vista
ver: vistos vistas viendo
dar: doy das da damos dais dan daba daban di diste dio dimos dieron dé des demos den diera
dar: dieran dado dada dando
saber: sé sabes sabe sabemos sabéis saben sabía sabían supe supo supimos supieron sepa sepan
saber: supiera sabrá sabrán sabría sabrían sabido
querer: quiero quieres quiere queremos queréis quieren quería querían quise quiso quisieron
querer: quiera quieran quisiera quisieran querrá querría querido
venir: vengo vienes viene venimos venís vienen venía venían vine vino vinimos vinieron venga
venir: vengan viniera vendrá vendrán vendría venido viniendo
poner: pongo pones pone ponemos ponen ponía puse puso pusimos pusieron ponga pongan pusiera
poner: pondrá pondría puesto puesta puestos puestas
salir: salgo sales sale salimos salen salió salieron salga salgan saldrá saldría
seguir: sigo sigues sigue siguen siguió siguieron siga sigan siguiendo
pedir: pido pides pide piden pidió pidieron pida pidiendo
sentir: siento sientes siente sienten sintió sintieron sienta sintiendo
volver: vuelvo vuelves vuelve vuelven vuelva volvió vuelto
morir: muero muere mueren murió murieron muera muerto muerta muertos muriendo
dormir: duermo duerme duermen durmió durmieron durmiendo
encontrar: encuentro encuentras encuentra encuentran encuentre
pensar: pienso piensas piensa piensan piense
contar: cuento cuenta cuentan cuente
empezar: empiezo empieza empiezan empiece empecé
comenzar: comienzo comienza comienzan comience
perder: pierdo pierde pierden pierda
entender: entiendo entiende entienden
jugar: juego juega juegan
conocer: conozco conozca conozcan
parecer: parezco parezca
traer: traigo trae traen traje trajo trajeron traiga traído
caer: caigo cae caen cayó cayeron caiga caído
oír: oigo oyes oye oyen oyó oyeron oiga oído
leer: leyó leyeron leído leyendo
construir: construyo construye construyen construyó
escribir: escrito escrita escritos
abrir: abierto abierta abiertos
cubrir: cubierto cubierta cubiertos
descubrir: descubierto descubierta
romper: roto rota rotos
resolver: resuelto resuelve
# contracted prepositions and articles
de: del
a: al
# articles, determiners and pronouns
el: la los las lo
un: una unos unas
este: esta estos estas esto
ese: esa esos esas eso
aquel: aquella aquellos aquellas aquello
su: sus
mi: mis
tu: tus
nuestro: nuestra nuestros nuestras
vuestro: vuestra vuestros vuestras
yo: me
él: le les
# apocopated adjectives
grande: gran
bueno: buen
malo: mal
primero: primer
tercero: tercer
alguno: algún
ninguno: ningún
santo: san
ciento: cien

[plural-endings]
# plural ending and the singular ending (none: the ending is dropped), tried in order; then
# feminine adjective endings and the masculine one
ces z
es
s
as o
a o

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
el la los las lo un una unos unas de del a al en y o que se su sus por para con sin sobre no
ser estar haber algo alguien uno

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
# Written by the Bitext developers from their knowledge of Italian grammar (no third-party data
# copied). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[elisions]
# elided word (without its apostrophe) and the full word
l lo
d di
un una
dell dello
all allo
nell nello
sull sullo
dall dallo
quest questo
quell quello
c ci
s si
m mi
t ti
v vi

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
essere: sono sei è siamo siete era eri eravamo erano fui fu fummo furono sarò sarà saremo
essere: saranno sarei sarebbe saremmo sarebbero sia siano fossi fosse fossimo fossero stato
essere: stata stati state essendo
avere: ho hai ha abbiamo avete hanno avevo aveva avevamo avevano ebbi ebbe ebbero avrò avrà
avere: avremo avranno avrei avrebbe avrebbero abbia abbiano avessi avesse avessero avuto
avere: avuta avendo
fare: faccio fai fa facciamo fate fanno facevo faceva facevano feci fece fecero farò farà
fare: faranno farei farebbe farebbero faccia facciano facesse fatto fatta fatti fatte facendo
andare: vado vai va andiamo andate vanno andavo andava andavano andai andò andarono andrò
andare: andrà andranno andrei andrebbe vada vadano andasse andato andata andati andate
stare: sto stai sta stiamo state stanno stavo stava stavano stetti stette stettero starò starà
stare: staranno starebbe stia stiano stesse stato stata stando
dire: dico dici dice diciamo dite dicono dicevo diceva dicevano dissi disse dissero dirò dirà
dire: direbbe dica dicano dicesse detto detta detti dicendo
venire: vengo vieni viene veniamo venite vengono veniva venivano venni venne vennero verrò
venire: verrà verranno verrebbe venga vengano venuto venuta venuti
potere: posso puoi può possiamo potete possono potevo poteva potevano potei poté potrò potrà
potere: potranno potrei potrebbe potrebbero possa possano potesse potuto
volere: voglio vuoi vuole vogliamo volete vogliono volevo voleva volevano volli volle vollero
volere: vorrò vorrà vorrei vorrebbe vorrebbero voglia vogliano volesse voluto
dovere: devo devi deve dobbiamo dovete devono dovevo doveva dovevano dovette dovettero dovrò
dovere: dovrà dovranno dovrei dovrebbe dovrebbero debba debbano dovesse dovuto
sapere: so sai sa sappiamo sapete sanno sapevo sapeva sapevano seppi seppe seppero saprò saprà
sapere: saprebbe sappia sapesse saputo
vedere: vedo vedi vede vediamo vedono vidi vide videro vedrò vedrà vedrebbe veda visto vista
vedere: visti viste
dare: do dai dà diamo date danno davo dava davano diedi diede diedero dette darò darà darebbe
dare: dia diano desse dato data dati
tenere: tengo tieni tiene teniamo tengono tenne tennero terrà terrebbe tenga tenuto
rimanere: rimango rimani rimane rimangono rimase rimasero rimarrà rimanga rimasto rimasta
salire: salgo sali sale salgono salì salirono salga
uscire: esco esci esce escono uscì uscirono esca
morire: muoio muori muore muoiono morì morirono muoia morto morta morti
nascere: nacque nacquero nato nata nati
prendere: presi prese presero preso presa presi
mettere: misi mise misero messo messa messi
scrivere: scrissi scrisse scrissero scritto scritta scritti
leggere: lessi lesse lessero letto letta
scendere: scesi scese scesero sceso scesa
correre: corsi corse corsero corso
chiudere: chiusi chiuse chiusero chiuso chiusa
aprire: aprì aprirono aperto aperta
vivere: visse vissero vissuto
rispondere: rispose risposero risposto
chiedere: chiesi chiese chiesero chiesto chiesta
perdere: persi perse persero perso
conoscere: conobbi conobbe conobbero
vincere: vinsi vinse vinsero vinto
scegliere: scelgo sceglie scelgono scelse scelsero scelto scelta
giungere: giunse giunsero giunto
raggiungere: raggiunse raggiunsero raggiunto
decidere: decisi decise decisero deciso
succedere: successe successo
rendere: rese resero reso
porre: pongo pone pongono pose posero posto posta
# contracted prepositions and articles
di: del dello della dei degli delle
a: al allo alla ai agli alle
da: dal dallo dalla dai dagli dalle
in: nel nello nella nei negli nelle
su: sul sullo sulla sui sugli sulle
con: col coi
# articles and determiners
il: lo la i gli le
uno: un una
questo: questa questi queste
quello: quella quelli quelle quel quei quegli
bello: bel bei begli
grande: gran
santo: san
buono: buon
# irregular plurals
uomo: uomini
uovo: uova
braccio: braccia
ginocchio: ginocchia
dito: dita
labbro: labbra
osso: ossa
paio: paia
bue: buoi
tempio: templi

[plural-endings]
# plural ending and the singular ending (none: the ending is dropped), tried in order; then
# feminine adjective endings and the masculine one
chi co
ghi go
che ca
ghe ga
i o
i e
e a
a o

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
il lo la i gli le l' un uno una di del della dei delle a al alla in nel nella da dal su sul con
per tra fra e o che non si ci essere avere qualcosa qualcuno

"""#,
    "nl": #"""
# Bitext lemma data: Dutch.
# Written by the Bitext developers from their knowledge of Dutch grammar (no third-party data
# copied). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
# auxiliaries and modal verbs
zijn: ben bent is was waren geweest wees weest
hebben: heb hebt heeft had hadden gehad
worden: word wordt werd werden geworden
zullen: zal zult zou zouden
kunnen: kan kunt kon konden gekund
moeten: moet moest moesten gemoeten
willen: wil wilt wou wilde wilden gewild
mogen: mag mocht mochten gemogen
# strong and irregular verbs
gaan: ga gaat ging gingen gegaan
komen: kom komt kwam kwamen gekomen
doen: doe doet deed deden gedaan
staan: sta staat stond stonden gestaan
slaan: sla slaat sloeg sloegen geslagen
zien: zie ziet zag zagen gezien
geven: geef geeft gaf gaven gegeven
nemen: neem neemt nam namen genomen
liggen: lig ligt lag lagen gelegen
zitten: zit zat zaten gezeten
lopen: loop loopt liep liepen gelopen
vinden: vind vindt vond vonden gevonden
weten: weet wist wisten geweten
zeggen: zeg zegt zei zeiden gezegd
denken: denk denkt dacht dachten gedacht
brengen: breng brengt bracht brachten gebracht
kopen: koop koopt kocht kochten gekocht
zoeken: zoek zoekt zocht zochten gezocht
krijgen: krijg krijgt kreeg kregen gekregen
blijven: blijf blijft bleef bleven gebleven
schrijven: schrijf schrijft schreef schreven geschreven
rijden: rijd rijdt reed reden gereden
kijken: kijk kijkt keek keken gekeken
lijken: lijkt leek leken geleken
beginnen: begin begint begon begonnen
vallen: val valt viel vielen gevallen
houden: houd houdt hield hielden gehouden
laten: laat liet lieten gelaten
slapen: slaap slaapt sliep sliepen geslapen
roepen: roep roept riep riepen geroepen
vragen: vraag vraagt vroeg vroegen gevraagd
dragen: draag draagt droeg droegen gedragen
spreken: spreek spreekt sprak spraken gesproken
breken: breek breekt brak braken gebroken
eten: eet at aten gegeten
lezen: lees leest las lazen gelezen
vergeten: vergeet vergat vergaten
stijgen: stijgt steeg stegen gestegen
klimmen: klim klimt klom klommen geklommen
trekken: trek trekt trok trokken getrokken
sterven: sterft stierf stierven gestorven
helpen: help helpt hielp hielpen geholpen
werpen: werpt wierp wierpen geworpen
vliegen: vliegt vloog vlogen gevlogen
verliezen: verliest verloor verloren
kiezen: kiest koos kozen gekozen
bieden: biedt bood boden geboden
sluiten: sluit sloot sloten gesloten
drinken: drinkt dronk dronken gedronken
zingen: zingt zong zongen gezongen
springen: springt sprong sprongen gesprongen
winnen: wint won wonnen gewonnen
zwemmen: zwemt zwom zwommen gezwommen
binden: bindt bond bonden gebonden
hangen: hangt hing hingen gehangen
vangen: vangt ving vingen gevangen
wijzen: wijst wees wezen gewezen
heten: heet heette heetten geheten
# contractions and archaic case forms
het: 't
des: 's
een: 'n
mijn: m'n
zijn: z'n
haar: d'r
de: der den
# articles, determiners and pronouns
deze: dit
ik: me mij
jij: je jou
hij: hem
wij: we ons
zij: ze hen hun
# nouns with irregular plurals or a vowel spelled differently in the plural
kind: kinderen
ei: eieren
lam: lammeren
blad: bladeren bladen
volk: volkeren
schip: schepen
stad: steden
lid: leden
smid: smeden
spel: spelen
gebrek: gebreken
jaar: jaren
uur: uren
meer: meren
boom: bomen
straat: straten
naam: namen
taal: talen
zaak: zaken
week: weken
koe: koeien
huis: huizen
reis: reizen
brief: brieven
man: mannen

[plural-endings]
# plural ending and the singular ending (none: the ending is dropped), tried in order; after the
# plain endings, a doubled consonant made single (mannen) and a long vowel spelled double again
# in a closed syllable (straten, bomen)
's
zen s
ven f
en
s
eren
bben b
dden d
ffen f
ggen g
kken k
llen l
mmen m
nnen n
ppen p
rren r
ssen s
tten t
aden aad
aken aak
alen aal
amen aam
anen aan
apen aap
aren aar
aten aat
eden eed
eken eek
elen eel
emen eem
enen een
epen eep
eren eer
eten eet
oden ood
oken ook
olen ool
omen oom
onen oon
open oop
oren oor
oten oot
uden uud
uken uuk
ulen uul
umen uum
unen uun
upen uup
uren uur
uten uut

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
de het een 't van in op aan met voor door bij uit naar om en of dat die niet zich zijn hebben
worden iets iemand iemands

"""#,
    "pt": #"""
# Bitext lemma data: Portuguese.
# Written by the Bitext developers from their knowledge of Portuguese grammar (no third-party
# data copied). Licence: same as Bitext.
# Sections in brackets; everything after '#' on a line is a comment.

[irregular-forms]
# lemma, colon, its irregular or frequent inflected forms separated by spaces
# (a lemma may take several lines; a form listed under several lemmas keeps their order)
ser: sou és é somos são era eras éramos eram fui foste foi fomos foram seja sejas sejamos
ser: sejam fosse fossem for forem será serão seria seriam sido sendo
ir: vou vais vai vamos ides vão ia ias íamos iam fui foste foi fomos foram vá vás vão fosse
ir: fossem for forem irá irão iria iriam ido indo
ter: tenho tens tem temos tendes têm tinha tinhas tínhamos tinham tive tiveste teve tivemos
ter: tiveram tenha tenhas tenhamos tenham tivesse tivessem tiver tiverem terá terão teria
ter: teriam tido tendo
estar: estou estás está estamos estão estava estavas estávamos estavam estive estiveste esteve
estar: estivemos estiveram esteja estejam estivesse estivessem estiver estará estarão estaria
estar: estado estando
haver: há hei hás havemos hão havia haviam houve houveram haja hajam houvesse houver haverá
haver: haveria havido havendo
fazer: faço fazes faz fazemos fazem fazia faziam fiz fizeste fez fizemos fizeram faça façam
fazer: fizesse fizessem fizer fará farão faria fariam feito feita feitos feitas fazendo
poder: posso podes pode podemos podem podia podiam pude pôde pudemos puderam possa possam
poder: pudesse pudessem puder poderá poderão poderia poderiam podido podendo
dizer: digo dizes diz dizemos dizem dizia diziam disse disseste dissemos disseram diga digam
dizer: dissesse disser dirá dirão diria diriam dito dita ditos dizendo
ver: vejo vês vê vemos veem vêem via viam vi viste viu vimos viram veja vejam visse vir
ver: verá verão veria visto vista vistos vendo
dar: dou dás dá damos dão dava davam dei deste deu demos deram dê deem desse dessem der dará
dar: daria dado dada dando
saber: sei sabes sabe sabemos sabem sabia sabiam soube soubemos souberam saiba saibam
saber: soubesse souber saberá saberia sabido
querer: quero queres quer queremos querem queria queriam quis quisemos quiseram queira queiram
querer: quisesse quiser quererá quereria querido
vir: venho vens vem vimos vêm vinha vinham vim vieste veio viemos vieram venha venham viesse
vir: vier virá virão viria vindo
pôr: ponho pões põe pomos põem punha punham pus pôs pusemos puseram ponha ponham pusesse
pôr: puser porá poria posto posta postos pondo
trazer: trago trazes traz trazemos trazem trouxe trouxeram traga trará traria trazido
ler: leio lês lê lemos leem lêem lia leu leram lido
crer: creio crê creem creu
perder: perco perde perdem perdeu perca
pedir: peço pede pedem pediu peça
medir: meço mede
ouvir: ouço ouve ouvem ouviu ouça
sair: saio sais sai saímos saem saiu saíram saia saído
cair: caio cai caem caiu caíram caído
seguir: sigo segue seguem seguiu siga
sentir: sinto sente sentem sentiu sinta
dormir: durmo dorme dormem dormiu
subir: subo sobe sobem subiu
fugir: fujo foge fogem fugiu
conseguir: consigo consegue conseguem conseguiu
escrever: escrito escrita escritos
abrir: aberto aberta abertos
cobrir: coberto coberta
descobrir: descoberto descoberta
morrer: morto morta mortos
valer: valho vale valem
# contracted prepositions and articles, demonstratives and pronouns
de: do da dos das dum duma duns dumas deste desta destes destas disto desse dessa desses
de: dessas disso daquele daquela daqueles daquelas daquilo dele dela deles delas daqui daí
de: dali
em: no na nos nas num numa nuns numas neste nesta nestes nestas nisto nesse nessa nesses
em: nessas nisso naquele naquela naqueles naquelas naquilo nele nela neles nelas
a: ao aos à às àquele àquela àquilo
por: pelo pela pelos pelas
# articles, determiners and pronouns
o: a os as
um: uma uns umas
este: esta estes estas isto
esse: essa esses essas isso
aquele: aquela aqueles aquelas aquilo
seu: sua seus suas
meu: minha meus minhas
teu: tua teus tuas
nosso: nossa nossos nossas
vosso: vossa vossos vossas
# adjectives
grande: grã
bom: boa bons boas melhor melhores
mau: má maus más pior piores

[plural-endings]
# plural ending and the singular ending (none: the ending is dropped), tried in order; then
# feminine adjective endings and the masculine one
ões ão
ães ão
ãos ão
ais al
éis el
eis el
óis ol
uis ul
is il
ns m
res r
zes z
ses s
es
s
as o
a o

[function-words]
# folded function words (articles, prepositions, pronouns...), separated by spaces
o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos
pelas para com sem sobre e ou que se seu sua seus suas não ser estar ter algo alguém

"""#,
  ]
}
