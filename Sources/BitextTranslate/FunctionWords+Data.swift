// swift-format-ignore-file
// Generated from Dictionaries/function-words/*.tsv by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension FunctionWords {
  /// The text of each function-word file, by language pair ("fr-en").
  static let embeddedData: [String: String] = [
    "fr-en": #"""
# Bitext function words: French -> English.
# Written by the Bitext developers (no third-party data). Licence: same as Bitext.
#
# Closed-class words and fixed phrases of the source language and how a gloss renders them:
# one entry a line, three tab-separated columns
#
#   role<TAB>source<TAB>target
#
# role: definite-article (a definite singular article or a preposition fused with one: its
# "the" is dropped before a proper name), determiner, preposition, conjunction, pronoun,
# auxiliary, negation or other. source: the folded word or phrase, tokens separated by single
# spaces, elisions kept with their apostrophe ("c' est", "qu'"). target: the rendering; empty
# (or left out) to drop the word. A later line for the same source replaces an earlier one.
# Lines starting with '#' and blank lines are ignored.

definite-article	le	the
definite-article	la	the
definite-article	l'	the
definite-article	du	of the
definite-article	de la	of the
definite-article	de l'	of the
definite-article	au	to the
definite-article	à la	to the
definite-article	à l'	to the

determiner	les	the
determiner	un	a
determiner	une	a
determiner	des	
determiner	ce	this
determiner	cet	this
determiner	cette	this
determiner	ces	these
determiner	son	his
determiner	sa	his
determiner	ses	his
determiner	leur	their
determiner	leurs	their
determiner	notre	our
determiner	nos	our
determiner	votre	your
determiner	vos	your
determiner	mon	my
determiner	ma	my
determiner	mes	my
determiner	ton	your
determiner	ta	your
determiner	tes	your
determiner	chaque	each
determiner	plusieurs	several
determiner	quelques	some
determiner	aucun	no
determiner	aucune	no
determiner	tout	all
determiner	toute	all
determiner	tous	all
determiner	toutes	all
determiner	certains	some
determiner	certaines	some
determiner	autre	other
determiner	autres	other
determiner	quel	which
determiner	quelle	which
determiner	quels	which
determiner	quelles	which
determiner	tout le	all the
determiner	toute la	all the
determiner	tous les	all the
determiner	toutes les	all the
determiner	un autre	another
determiner	une autre	another
determiner	aux	to the

preposition	de	of
preposition	d'	of
preposition	à	to
preposition	en	in
preposition	dans	in
preposition	sur	on
preposition	sous	under
preposition	par	by
preposition	pour	for
preposition	avec	with
preposition	sans	without
preposition	contre	against
preposition	entre	between
preposition	vers	towards
preposition	chez	at
preposition	parmi	among
preposition	malgré	despite
preposition	selon	according to
preposition	après	after
preposition	avant	before
preposition	depuis	since
preposition	pendant	during
preposition	durant	during
preposition	lors de	during
preposition	lors du	during the
preposition	lors des	during the
preposition	jusqu'	until
preposition	jusque	until
preposition	jusqu' à	until
preposition	jusqu' au	until the
preposition	envers	towards
preposition	hors	outside
preposition	outre	besides
preposition	près de	near
preposition	loin de	far from
preposition	à cause de	because of
preposition	à cause du	because of the
preposition	en raison de	because of
preposition	en raison du	because of the
preposition	grâce à	thanks to
preposition	grâce au	thanks to the
preposition	au cours de	during
preposition	au cours du	during the
preposition	à partir de	from
preposition	à partir du	from the
preposition	au sein de	within
preposition	au sein du	within the
preposition	face à	facing
preposition	afin de	in order to
preposition	afin d'	in order to
preposition	par rapport à	compared to
preposition	en dehors de	outside
preposition	autour de	around
preposition	au lieu de	instead of
preposition	à propos de	about
preposition	auprès de	with
preposition	à travers	through
preposition	au nom de	on behalf of
preposition	en tant que	as
preposition	environ	about
preposition	comme	as

conjunction	et	and
conjunction	ou	or
conjunction	mais	but
conjunction	donc	so
conjunction	car	because
conjunction	ni	nor
conjunction	que	that
conjunction	qu'	that
conjunction	qui	who
conjunction	dont	whose
conjunction	où	where
conjunction	si	if
conjunction	quand	when
conjunction	lorsque	when
conjunction	lorsqu'	when
conjunction	puisque	since
conjunction	puisqu'	since
conjunction	quoique	although
conjunction	parce que	because
conjunction	parce qu'	because
conjunction	bien que	although
conjunction	bien qu'	although
conjunction	alors que	while
conjunction	alors qu'	while
conjunction	tandis que	while
conjunction	tandis qu'	while
conjunction	ainsi que	as well as
conjunction	afin que	so that
conjunction	pour que	so that
conjunction	dès que	as soon as
conjunction	avant que	before
conjunction	après que	after
conjunction	même si	even if
conjunction	lequel	which
conjunction	laquelle	which
conjunction	lesquels	which
conjunction	lesquelles	which
conjunction	auquel	to which
conjunction	duquel	of which
conjunction	ce que	what
conjunction	ce qu'	what
conjunction	ce qui	what

pronoun	je	I
pronoun	j'	I
pronoun	tu	you
pronoun	il	he
pronoun	elle	she
pronoun	on	one
pronoun	nous	we
pronoun	vous	you
pronoun	ils	they
pronoun	elles	they
pronoun	me	me
pronoun	m'	me
pronoun	te	you
pronoun	t'	you
pronoun	se	
pronoun	s'	
pronoun	lui	him
pronoun	eux	them
pronoun	moi	me
pronoun	toi	you
pronoun	soi	oneself
pronoun	y	there
pronoun	cela	that
pronoun	ça	that
pronoun	ceci	this
pronoun	celui	the one
pronoun	celle	the one
pronoun	ceux	those
pronoun	celles	those
pronoun	c'	it
pronoun	il y a	there is
pronoun	il y avait	there was
pronoun	il y aura	there will be
pronoun	il s' agit de	it is about
pronoun	il s' agit d'	it is about
pronoun	il faut	it is necessary

auxiliary	est	is
auxiliary	sont	are
auxiliary	était	was
auxiliary	étaient	were
auxiliary	sera	will be
auxiliary	seront	will be
auxiliary	serait	would be
auxiliary	seraient	would be
auxiliary	été	been
auxiliary	être	be
auxiliary	suis	am
auxiliary	sommes	are
auxiliary	êtes	are
auxiliary	es	are
auxiliary	a	has
auxiliary	ont	have
auxiliary	avait	had
auxiliary	avaient	had
auxiliary	aura	will have
auxiliary	auront	will have
auxiliary	aurait	would have
auxiliary	ai	have
auxiliary	avons	have
auxiliary	avez	have
auxiliary	avoir	have
auxiliary	ayant	having
auxiliary	c' est	it is
auxiliary	c' était	it was
auxiliary	ce sont	they are
auxiliary	a été	was
auxiliary	ont été	were
auxiliary	avait été	had been
auxiliary	est-ce que	
auxiliary	peut	can
auxiliary	peuvent	can
auxiliary	pourrait	could
auxiliary	pourraient	could
auxiliary	doit	must
auxiliary	doivent	must
auxiliary	devrait	should
auxiliary	devraient	should
auxiliary	va	will
auxiliary	vont	will

negation	ne	
negation	n'	
negation	pas	not
negation	non	not
negation	jamais	never
negation	rien	nothing
negation	plus	more
negation	guère	hardly

other	très	very
other	moins	less
other	aussi	also
other	déjà	already
other	encore	still
other	toujours	always
other	ainsi	thus
other	alors	then
other	puis	then
other	ensuite	then
other	enfin	finally
other	seulement	only
other	cependant	however
other	pourtant	yet
other	toutefois	however
other	même	even
other	bien	well
other	trop	too
other	peu	little
other	beaucoup	much
other	ici	here
other	là	there
other	oui	yes
other	aujourd'hui	today
other	hier	yesterday
other	demain	tomorrow
other	maintenant	now
other	notamment	notably
other	également	also
other	peut-être	perhaps
other	c'est-à-dire	that is
other	plus de	more than
other	moins de	less than
other	beaucoup de	many
other	d' abord	first
other	de plus	moreover
other	en effet	indeed
other	tout de suite	immediately
other	par exemple	for example
other	en outre	furthermore
other	en fait	in fact
other	de nouveau	again
other	à nouveau	again
other	tant	so much
other	presque	almost
other	plutôt	rather
other	vraiment	really
other	surtout	especially
other	comment	how
other	pourquoi	why
other	combien	how many
other	dit	said
other	répondit	answered
other	demanda	asked
other	s' écria	cried
other	reprit	resumed

"""#,
  ]
}
