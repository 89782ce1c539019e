# dyad's own event patterns (format: docs/EVENTS.md). They are read before
# cameo-verbs.pat, so where a verb is in both and neither matches more of the
# sentence, the block here decides. They add noun-headed and light-verb
# events, news phrasing the CAMEO dictionary misses or codes otherwise, and
# intent codes for events that are only announced ("will visit" → 036).
# Written by the dyad team.

&MEETING = talks | meeting | meetings | consultations | discussions | negotiations | summit | dialogue
&AGREEMENT = agreement | agreements | accord | treaty | pact | memorandum | memorandums | memoranda | deal | protocol | declaration | "memorandum of understanding"
&AIDWORDS = aid | assistance | relief | supplies | funding | loan | grant | donation | vaccines
# what a donor raises or doubles: money and aid, not goods ("boosted gas supplies" is trade)
&AIDFUNDS = aid | assistance | relief | funding | loan | grant | donation
&SANCTIONS = sanctions | sanction | embargo | tariffs | "travel ban" | "asset freeze" | "economic blockade" | "trade blockade" | "investment ban" | "trade ban" | "import ban" | "export ban"
# an aid freeze or cut imposed on a government: stopping aid (162)
&AIDCUTS = "aid freeze" | "aid cut" | "aid cuts" | "aid suspension" | "aid embargo"
&CEASEFIRE = ceasefire | cease-fire | truce | armistice | "cease fire"
&DIPLOMATS = ambassador | ambassadors | diplomat | diplomats | envoy | envoys | attache | attaches | "embassy staff" | "charge d'affaires" | "chargé d'affaires" | "consular officer" | "consular officers" | "consular official" | "consular officials"
&VISITS = visit | trip | tour
&RETALIATION = retaliation | reprisal | reprisals | countermeasures | "retaliatory measures" | "reciprocal measures" | "proportionate response" | "tough response" | "firm response" | "harsh response" | "strong response" | "military response" | "mirror response"

# --- Visits and hosting -------------------------------------------------

verbs VISIT => 042:043 intent=036
  verb visit
  verb tour
  verb travel | travelled traveling travelling => ---
  verb fly | flew flown => ---
  verb arrive => ---
  - pp:to + => 042:043 intent=036
  - pp:in + => 042:043 intent=036
  # "arrived at Beirut airport": the airport's country is the host.
  - pp:at + => 042:043 intent=036
  # "arrived in Jakarta for a state visit": the place is the host, the
  # purpose phrase does not take its place as the target.
  - pp:in +; pp:for &VISITS => 042:043 intent=036
  - pp:to +; pp:for &VISITS => 042:043 intent=036
  # "arrived in Beirut on Sunday for talks": the journey is the visit;
  # the talks are its purpose, not a negotiation with no one.
  - pp:in +; pp:for &MEETING => 042:043 intent=036
  - pp:to +; pp:for &MEETING => 042:043 intent=036
  # "will visit Afghanistan this week for talks" (session 13): the same
  # journey, where the CAMEO dictionary's "visit for talks" makes both
  # sides negotiate (046:046) with no partner named for the talks. (Other
  # purposes, "for further negotiations", stay events of their own.)
  - obj +; pp:for talks => 042:043 intent=036

# "flew into southern Albania for talks": a journey there, where the CAMEO
# dictionary's FLY codes "into" as a deployment (154).
verbs FLY_INTO => ---
  verb fly | flew flown
  - pp:into + => 042 intent=036

# "left Kathmandu for Dhaka": the leader goes to the capital; the news guide
# codes the visit alone, not a hosting by the place left for.
verbs LEAVE_FOR => ---
  verb leave | left
  verb depart
  - pp:for + => 042 intent=036
  # "left Libya on Sunday": a departure, not the CAMEO dictionary's
  # meeting (040) with the country left.
  - obj + => ---

verbs HOST => 043:042 intent=036
  verb host
  - obj &MEETING => 043:042 intent=036

# "welcomed Lula at the palace", "received the envoy in Nairobi", "greeted
# him at the airport": a guest received is a hosting. A welcome without a
# place stays the dictionary's praise ("welcomed the decision" 051).
verbs WELCOME_GUEST => ---
  verb welcome
  verb receive
  verb greet
  - obj +; pp:at => 043 intent=036
  - obj +; pp:in => 043 intent=036
  - obj +; pp:to => 043 intent=036

# "paid a visit to", "made a two-day visit to"
verbs PAY_VISIT => ---
  verb pay | paid
  verb make | made
  verb undertake | undertook undertaken
  - obj &VISITS; pp:to + => 042:043 intent=036
  - obj &VISITS => 042 intent=036

# "led a government delegation to Tanzania", "headed a CPC delegation to
# pay a goodwill visit to Tanzania": the leader of a delegation visits
# (042; 036 when announced), where the CAMEO dictionary's OVERSEE_MANAGE
# codes "lead delegation" 036 whatever the tense, with the delegation as
# the target.
&DELEGATION = delegation | mission
verbs LEAD_DELEGATION => ---
  verb lead | led
  verb head
  - obj &DELEGATION; pp:to + => 042 intent=036
  - obj &DELEGATION; pp:to visit; pp:to + => 042 intent=036
  - obj &DELEGATION; pp:to pay &VISITS; pp:to + => 042 intent=036
  - obj &DELEGATION; pp:to visit + => 042 intent=036

# "Police suspect the Kenyan minister of corruption" (session 20): to
# suspect an actor of a deed is to accuse it (112), as the CAMEO
# dictionary's SUSPECT codes it for the deeds it lists (stealing, fraud,
# attack, treason); its default for the verb alone stays 110.
verbs SUSPECT_OF => ---
  verb suspect
  - obj +; pp:of => 112

# --- Meetings and talks -------------------------------------------------

verbs MEET => 040 intent=036
  verb meet | met
  verb confer
  # "X met Y" is X's meeting with Y (one event; "talks between X and Y"
  # and a coordinated subject meet each other).
  - pp:with + => 040 intent=036
  - obj + => 040 intent=036
  # "met X for talks", "met X at the summit": a meeting, not a plan to meet
  # (the CAMEO dictionary codes these 036:036).
  - obj +; pp:for &MEETING => 040 intent=036
  - pp:with +; pp:for &MEETING => 040 intent=036
  - obj +; pp:at => 040 intent=036
  - pp:with +; pp:at => 040 intent=036
  - pp:for &MEETING => 040 recip intent=036
  - => 040 recip intent=036

# Light verbs: "held talks with", "had a meeting with", "conducted negotiations".
verbs HOLD_TALKS => ---
  verb hold | held
  verb have | had
  verb conduct
  verb open
  verb begin | began begun
  verb start
  verb resume
  # "Tang and Khiem will co-chair the meeting" (session 19): the co-chairs
  # meet each other.
  verb co-chair
  - obj &MEETING; pp:with + => 040 intent=036
  - obj &MEETING; pp:between => 040:040 recip intent=036
  - obj &MEETING => 040:040 recip intent=036
  # "held a news conference": a statement (010, no event in news), not the
  # CAMEO dictionary's symbolic act (017).
  - obj "news conference" => 010
  - obj "press conference" => 010
  - obj briefing => 010

# "will discuss with Mubarak ways of saving the process": talks with a
# partner named, one event from the one who discusses (the CAMEO
# dictionary's 040:040 gives both ways); 036 when announced. A coordinated
# subject discusses with each other.
verbs DISCUSS => 040 intent=036
  verb discuss
  - pp:with + => 040 intent=036
  - => 040 recip intent=036

# "telephoned Merkel": a call made to someone named is one event from the
# caller, like a meeting (the CAMEO dictionary's 041:041 gives both ways);
# a coordinated subject calls each other.
verbs TELEPHONE => 041 intent=036
  verb telephone
  verb phone
  - obj + => 041 intent=036
  - => 041 recip intent=036

verbs TALK => 040 intent=036
  verb talk
  - pp:with + => 040 intent=036
  - pp:to + => 040 intent=036

# Attendance (session 23): "will attend the G20 meeting", "attended the
# summit in Y" code nothing (event/attend23.go drops the CAMEO dictionary's
# 042:043 and 044:044 of ATTEND, as the development golds code it; the gold
# guide's "Attendance"); talks attended with someone named are a meeting
# with them.
verbs ATTEND => ---
  verb attend
  - obj &MEETING; pp:with + => 040 intent=036

# --- Agreements and cooperation ----------------------------------------

verbs SIGN => 057 intent=030
  verb sign
  verb conclude => ---
  verb ink => ---
  # "the two leaders witnessed the signing of five agreements" (the
  # signing a modifier of the agreements, event/tree.go): they signed.
  verb witness => ---
  - obj &AGREEMENT; pp:with + => 057:057 intent=030
  - obj &AGREEMENT => 057:057 recip intent=030
  # "the accord was signed by X and Y": the signatories with each other.
  - subj &AGREEMENT => 057:057 recip intent=030

verbs ESTABLISH => ---
  verb establish
  verb set up | set
  verb form
  verb create
  verb launch
  - obj "joint commission" => 050:050 recip intent=030
  - obj "diplomatic relations"; pp:with + => 050:050 intent=030
  - obj "diplomatic ties"; pp:with + => 050:050 intent=030
  - obj "diplomatic relations" => 050:050 recip intent=030

# "vowed to develop relations with X", "committed to strengthening ties
# with X": a wish to cooperate (030) when announced; building the relations
# (050) when reported as done.
&RELATIONS = relations | ties | cooperation | friendship | partnership | links
verbs DEVELOP_TIES => ---
  verb develop
  verb strengthen
  verb deepen
  verb boost
  verb improve
  verb promote
  verb expand
  verb enhance
  verb further
  verb advance
  verb consolidate
  verb revitalize
  verb revitalise
  verb bolster
  verb broaden
  verb intensify
  - obj &RELATIONS; pp:with + => 050 intent=030
  # "China and Russia pledged to deepen relations": with each other.
  - obj &RELATIONS => 050 recip intent=030
  # "pledged to revitalize economic ties": a pledge of economic
  # cooperation (0311).
  - obj "economic &RELATIONS"; pp:with + => 050 intent=0311
  - obj "economic &RELATIONS" => 050 recip intent=0311

# Sharing information: "briefed officials of X on", "shared intelligence with
# X", "exchanged information with X" (064).
&INFO = information | intelligence | data | "information exchange" | "exchange of information"
verbs SHARE_INFO => ---
  verb share
  verb exchange
  verb provide
  verb pass on | passed
  - obj &INFO; pp:with + => 064 intent=031
  - obj &INFO; pp:to + => 064 intent=031

# "will go on with its information exchange with X": continuing an exchange
# reports it as under way (064, its own intent code: continuing is no
# intention, event/intent.go); "go on" otherwise codes
# nothing (the CAMEO dictionary's bare "go" is a meeting, 040).
verbs GO_ON => ---
  verb go on | went gone goes going
  verb keep up | kept
  verb continue
  - pp:with &INFO => 064 intent=064
  - obj &INFO => 064 intent=064

verbs BRIEF => 064 intent=031
  verb brief

verbs COOPERATE => 060 intent=031
  verb cooperate
  verb collaborate
  verb partner
  - pp:with + => 060:060 intent=031

# --- Aid ---------------------------------------------------------------

verbs GIVE_AID => ---
  verb provide
  verb send | sent
  verb give | gave given
  verb deliver
  verb donate
  verb grant
  - obj &AIDWORDS; pp:to + => 070 intent=033
  - pp:in &AIDWORDS; pp:to + => 070 intent=033
  - obj "humanitarian aid"; pp:to + => 073 intent=0333
  - obj "military aid"; pp:to + => 072 intent=0332
  - obj weapons; pp:to + => 072 intent=0332
  - obj &AIDWORDS => 070 intent=033

# "would double its development loans to Vietnam": more aid given (070;
# announced, 033). Session 9, the team's story s12.
verbs RAISE_AID => ---
  verb double
  verb triple
  verb increase
  verb boost
  verb raise
  - obj &AIDFUNDS; pp:to + => 070 intent=033
  - obj &AIDFUNDS; pp:for + => 070 intent=033

# "offered aid to the quake-stricken Pakistan": aid offered is an intent to
# give it (033, session 15), where the CAMEO dictionary's OFFER codes only
# named kinds of aid and otherwise 030.
verbs OFFER_AID => ---
  verb offer
  - obj &AIDWORDS => 033
  - obj &AIDWORDS; pp:to + => 033
  - obj "humanitarian &AIDWORDS" => 0333
  - obj "humanitarian &AIDWORDS"; pp:to + => 0333
  - obj "economic &AIDWORDS" => 0331
  - obj "economic &AIDWORDS"; pp:to + => 0331
  - obj "financial &AIDWORDS" => 0331
  - obj "financial &AIDWORDS"; pp:to + => 0331
  - obj "military &AIDWORDS" => 0332
  - obj "military &AIDWORDS"; pp:to + => 0332

verbs PLEDGE_AID => 030
  verb pledge
  verb promise
  - obj &AIDWORDS => 033
  - obj &AIDWORDS; pp:to + => 033
  - pp:in &AIDWORDS => 033
  # "pledged 50 million dollars in humanitarian aid to Myanmar": the
  # receiver named inside the aid phrase (session 8, the team's story s15).
  - pp:in &AIDWORDS to + => 033
  - pp:in "humanitarian &AIDWORDS" to + => 0333
  - pp:in "humanitarian &AIDWORDS" => 0333
  - obj "humanitarian &AIDWORDS" => 0333
  - obj "humanitarian &AIDWORDS"; pp:to + => 0333

# --- Appeals, praise, criticism -----------------------------------------

verbs URGE => 020
  verb urge
  verb appeal
  verb implore
  - pp:for &CEASEFIRE => 0256
  - obj &MEETING => 026
  - obj &CEASEFIRE => 0256

# "refused to meet": the refusal is the event (12x), not a negated meeting.
verbs REFUSE_TO => ---
  verb refuse
  verb decline
  - obj meet => 125
  - obj talk => 125
  - obj negotiate => 125
  - obj &MEETING => 125
  - obj release => 1243
  - obj withdraw => 1246
  - obj sign => 127

verbs CONDEMN => 111
  verb condemn
  verb denounce
  verb slam
  verb decry
  verb criticise | criticised criticising

# "regretted the US veto", "regretted a decision by the commission to kill
# the motion": regretting what another did criticises it (111, session 15;
# dev7 and dev9 code it so), where the CAMEO dictionary's REGRET gives the
# milder disapproval 110.
verbs REGRET => 111
  verb regret
  # "Japan regretted its wartime aggression against China": regretting
  # one's own deeds apologises for them (055, as CAMEO codes an apology;
  # session 15 review), the one wronged the target. Not "their" nor
  # "his"/"her", which often name another ("China regretted their decision
  # to sell arms to Taiwan").
  - obj its => 055
  - obj our => 055
  - obj my => 055

verbs PRAISE => 051
  verb praise
  verb commend
  verb hail
  verb laud

# "welcomed Uganda's decision to reopen the border", "respected Iraq's
# decision": approving of another's decision or move endorses it (051), as
# the real-news gold codes it (dev8), where the CAMEO dictionary's ACCLAIM
# and DEFEND give "decision" 052, a verbal defence (session 16).
verbs APPROVE_DECISION => ---
  verb welcome
  verb praise
  verb hail
  verb applaud
  verb commend
  verb respect
  verb laud
  verb salute
  - obj decision => 051
  - obj decisions => 051

verbs ACCUSE => 112
  verb accuse
  verb blame
  - pp:of "war crimes" => 1124
  - pp:of aggression => 1123
  - pp:of espionage => 1125
  - pp:of spying => 1125
  - pp:of corruption => 1121
  # "accused Angolan troops of attacking": an accusation, where the CAMEO
  # dictionary's BLAME codes an object naming the military 111.
  - obj &MILITARY => 112

# --- Threats, sanctions, expulsions --------------------------------------

# "rejected Annan's idea of a peace conference", "rejected the plan": the
# CAMEO dictionary codes "reject" only with the words it lists (a proposal
# 120); an idea or a plan put forward is a proposal too.
verbs REJECT_IDEA => ---
  verb reject
  - obj idea => 120
  - obj ideas => 120
  - obj plan => 120
  - obj plans => 120
  # "rejected Annan's call for an international conference": a call
  # rejected is a proposal rejected (120); the dictionary's REFUSE codes
  # "reject ... call" as a refused request for material aid (122).
  - obj call => 120
  - obj calls => 120
  # "rejected European Union pressure on Ankara to halt the trial", "rejected
  # Washington's demands": pressure or a demand refused is a proposal
  # rejected, aimed at the one who pressed (120, session 15).
  - obj pressure => 120
  - obj demand => 120
  - obj demands => 120

# "banned ministerial visits to or from Iran", "suspended high-level
# contacts with Tehran": cutting official visits or contacts reduces
# relations (161), where the dictionary's PROHIBIT codes any ban 172.
verbs CUT_CONTACTS => ---
  verb ban
  verb suspend
  verb freeze
  - obj &VISITS => 161
  - obj "ministerial visits" => 161
  - obj contacts => 161
  - obj "high-level contacts" => 161
  # "ECOWAS suspended Guinea-Bissau from all its bodies": a member put
  # out of a bloc's work is relations reduced (160; session 11, the team's
  # story s36); not "suspended two officers from duty".
  - obj +; pp:from bodies => 160
  - obj +; pp:from membership => 160
  - obj +; pp:from institutions => 160
  - obj +; pp:from activities => 160
  - obj +; pp:from bloc => 160
  - obj +; pp:from organisation => 160
  - obj +; pp:from organization => 160
  - obj +; pp:from union => 160
  - obj +; pp:from commonwealth => 160

verbs IMPOSE => 170
  verb impose
  verb slap
  # "warned that Washington would impose new sanctions on Iranian oil
  # exports": sanctions announced are a threat of them (1312; session 9,
  # the team's story s22).
  - obj &SANCTIONS; pp:on + => 163 intent=1312
  - obj &SANCTIONS; pp:against + => 163 intent=1312
  - obj &SANCTIONS => 163 intent=1312
  # "imposed a crippling aid freeze on the government" (session 17): aid
  # stopped (162), where the dictionary's IMPOSE gives coercion (170);
  # "imposed an economic blockade on the Caucasus nation", "an investment
  # ban on Burma" are sanctions (163, in &SANCTIONS above).
  - obj &AIDCUTS; pp:on + => 162
  - obj &AIDCUTS; pp:against + => 162
  - obj curfew => 1723

# "with Omani mediators shuttling messages between the two delegations":
# carrying messages between two sides is mediation (045) with each of them,
# not the dictionary's sending of a message (040; session 10, the team's
# story s22).
# "the military would not negotiate while the RSF occupied homes":
# negotiating is talks (046; announced, 036), where the dictionary's
# COMPROMISE block defaults to yielding (080; session 10, the team's story
# s29). The dictionary's patterns with more words still win ("negotiate
# an end to the dispute").
verbs NEGOTIATE => 046:046 intent=036
  verb negotiate
  - pp:with + => 046:046 intent=036

# "said his government would retaliate": retaliation announced is a
# threat (130), where the dictionary's PHYSICAL_CONFLICT block gives the
# fighting itself (190; session 10, the team's story s28).
verbs RETALIATE => 190 intent=130
  verb retaliate
  - pp:against + => 190 intent=130

# "deepening a trade dispute between the two largest members": a quarrel
# made worse is no cooperation (the dictionary's BOOST, 060; session 11,
# the team's story s34).
verbs DEEPEN_DISPUTE => ---
  verb deepen
  verb worsen
  verb aggravate
  - obj dispute => ---
  - obj rift => ---
  - obj row => ---
  - obj crisis => ---
  - obj tensions => ---
  - obj standoff => ---
  # "deepening a trade war between the two largest economies": a trade
  # war made worse is no threat of force (the dictionary's BOOST codes
  # "war" 138; session 14, the team's own stories).
  - obj "trade war" => ---
  - obj "tariff war" => ---
  - obj "price war" => ---

# "Poland has deployed 5,000 soldiers to its eastern frontier": troops
# sent to a border are force posture (154, mobilisation), not the
# dictionary's military cooperation with someone (062; session 10, the
# team's story s28).
&FRONTIER = border | borders | frontier | frontiers | "border region" | "border area"
verbs DEPLOY_TO_BORDER => ---
  verb deploy
  verb send | sent
  verb move
  verb mass
  - obj &MILITARY; pp:to &FRONTIER => 154
  - obj &MILITARY; pp:along &FRONTIER => 154
  - obj &MILITARY; pp:near &FRONTIER => 154

&MESSAGES = message | messages | proposals | letters | offers
verbs RELAY_MESSAGES => ---
  verb shuttle
  verb relay
  verb carry
  verb ferry
  - obj &MESSAGES; pp:between + => 045

verbs SANCTION => 163
  verb sanction
  verb blacklist

verbs EXPEL => 174
  verb expel | expelled expelling
  verb deport
  - obj &DIPLOMATS => 161

# "ordered two Polish diplomats to leave the country", "told the envoy to
# leave": an expulsion of diplomats (161, as EXPEL), not the CAMEO
# dictionary's demand (100).
verbs ORDER_OUT => ---
  verb order
  verb tell | told
  - obj &DIPLOMATS; pp:to leave => 161

# "the talks were mediated by Qatar", "Egypt mediated between the two
# sides": mediation (045) whatever the object; the CAMEO dictionary files
# "mediate" under COMPROMISE, whose base code is a concession (080).
# Session 12, from the team's example story of a ceasefire.
verbs MEDIATE => 045
  verb mediate

# "had ordered churches in the area to dig holes", "ordered the police to
# release him": an order to someone is a demand (100, the CAMEO
# dictionary's code for "order") to the one ordered, where the
# dictionary's OVERSEE_MANAGE reads the infinitive as a journey ("- pp:to",
# 042). Session 12, from realnews-dev6.tsv. Only an infinitive ("~inf"):
# "ordered troops to the border with Ukraine" is no demand on Ukraine.
verbs ORDER_TO => ---
  verb order
  - pp:to ~inf => 100
  # "ordered Israel to allow aid into Gaza": the one ordered is the
  # target, not a place in what it is ordered to do (session 14).
  - obj +; pp:to ~inf => 100

# "suspended imports of Tanzanian maize", "banned exports to Kenya": a
# trade embargo (163) on the country whose goods or market it is, where the
# CAMEO dictionary codes nothing or a halt of negotiations.
verbs HALT_TRADE => ---
  verb suspend
  verb halt
  verb ban | banned banning
  verb stop | stopping stopped
  verb block
  - obj imports => 163
  - obj exports => 163
  - obj imports; pp:from + => 163
  - obj exports; pp:to + => 163

verbs RECALL => ---
  verb recall
  verb withdraw | withdrew withdrawn
  - obj &DIPLOMATS; pp:from + => 161
  - obj &DIPLOMATS => 161

verbs SEVER => ---
  verb sever
  verb cut
  verb break | broke broken
  - obj "diplomatic ties" => 161
  - obj "diplomatic relations" => 161
  - obj ties => 161
  - obj relations => 161

# "froze talks on Georgia's membership bid", "suspended negotiations with
# the rebels": negotiations halted (164); "suspended its strategic
# partnership with Georgia": relations reduced (161); "suspended aid to":
# aid cut (162).
&TALKS = talks | negotiations | "peace talks" | dialogue | "accession talks" | "membership talks"
verbs HALT_TALKS => ---
  verb suspend
  verb freeze | froze frozen
  verb halt
  verb break off | broke broken
  - obj &TALKS => 164
  - obj partnership => 161
  - obj "strategic partnership" => 161
  - obj cooperation => 161
  - obj aid => 162
  - obj assistance => 162

# --- Protest, force and ceasefires ----------------------------------------

verbs DEMONSTRATE => 141
  verb demonstrate
  verb rally
  verb march => ---
  verb protest => ---
  - pp:against + => 141
  - pp:outside + => 141

# "called a general strike to demand his ouster", "staged a boycott of".
&STRIKES = strike | strikes | "general strike" | shutdown | "general shutdown" | boycott | bandh | "hunger strike"
verbs CALL_STRIKE => ---
  verb call
  verb stage
  verb launch
  verb declare
  verb hold | held
  - obj &STRIKES; pp:against + => 143
  - obj &STRIKES; pp:of + => 143
  - obj &STRIKES => 143

# "filed a trade case with the WTO against X", "lodged a complaint against X".
&CASES = case | complaint | lawsuit | suit | "trade case" | "legal action" | "legal challenge"
# "would sue the police over the arrests": a lawsuit (115), where the CAMEO
# dictionary's SUE codes a state's legal action (173). Session 8, from the
# team's own stories.
verbs SUE => 115
  verb sue
  - obj + => 115
  - obj +; pp:in court => 115
  - obj +; pp:for => 115
  - obj +; pp:over => 115

verbs FILE_CASE => ---
  verb file
  verb lodge
  verb bring | brought
  - obj &CASES; pp:against + => 115
  - obj &CASES accuse + => 115
  # the parser hangs "accusing X" on the nearer noun of "with the WTO"
  - obj &CASES; pp:with accuse + => 115
  - obj &CASES => 115
  # "lodged a protest with North Korea through diplomatic channels",
  # "filed a formal protest with Beijing": an official complaint (114) to
  # the one it is lodged with, where the dictionary codes a protest lodged
  # as opposition (110; session 14, the team's own stories).
  - obj protest; pp:with + => 114
  - obj "formal protest"; pp:with + => 114
  - obj "strong protest"; pp:with + => 114
  - obj "diplomatic protest"; pp:with + => 114

verbs RECOGNIZE => 054
  verb recognize
  verb recognise

# An announced attack is a threat of force.
verbs ATTACK => 190 intent=138
  verb attack
  verb invade => 192

# "launched rockets from Gaza at Israel": the target is where they were
# fired at, not where from (the CAMEO dictionary's code for rocket fire).
&DRONES = drone | drones | "attack drones" | "kamikaze drones"
&ROCKETS = rocket | rockets | "homemade rockets" | missile | missiles | mortar | mortars | shells
verbs FIRE_AT => ---
  verb fire
  verb launch
  - obj &ROCKETS; pp:at + => 194
  - obj &ROCKETS; pp:into + => 194
  - obj &ROCKETS; pp:from; pp:at + => 194
  - obj &ROCKETS; pp:from; pp:into + => 194
  # "launched drones at Kyiv": an attack from the air (195; session 14).
  - obj &DRONES; pp:at + => 195
  - obj &DRONES; pp:into + => 195

# "police fired on a rampaging mob", "troops fired at protesters": shooting
# with small arms (193), where the CAMEO dictionary gives "fire" no code.
verbs FIRE_ON => ---
  verb fire
  - pp:on => 193
  - pp:at => 193
  - pp:upon => 193
  # "fired tear gas at striking teachers": violent repression (175),
  # not shooting (session 9, the team's story s17).
  - obj "tear gas"; pp:at => 175
  - obj "tear gas"; pp:on => 175
  - obj "tear gas"; pp:into => 175
  - obj teargas; pp:at => 175
  - obj teargas; pp:on => 175
  - obj "rubber bullets"; pp:at => 175
  - obj "water cannon"; pp:at => 175
  - obj "water cannon"; pp:on => 175

# "elite Peruvian troops executed rebels captured alive": a killing of the
# captured (180, as the real-news guide codes it); executing a plan or a
# warrant is no event (session 9).
&EXECUTED = rebels | rebel | guerrillas | prisoners | prisoner | hostages | hostage | dissidents | opponents | militants | suspects | civilians | people | men | women | soldiers | activists | spies | spy
verbs EXECUTE => ---
  verb execute
  - obj &EXECUTED => 180

# "agreed to hold joint naval patrols", "staged joint military exercises
# with X": military cooperation (062; announced, 0312). Session 9, the
# team's story s21.
&DRILLS = patrols | exercises | drills | manoeuvres | maneuvers | "war games"
verbs JOINT_DRILLS => ---
  verb hold | held
  verb conduct
  verb stage
  verb carry out | carried
  - obj joint &DRILLS => 062 recip intent=0312
  - obj joint &DRILLS; pp:with + => 062 intent=0312

# "turned its wrath on Britain", "vented its anger at X": criticism.
&WRATH = wrath | anger | ire | fury | criticism
verbs TURN_WRATH => ---
  verb turn
  verb vent
  verb direct
  - obj &WRATH; pp:on + => 111
  - obj &WRATH; pp:at + => 111
  - obj &WRATH; pp:against + => 111

# "voiced its opposition to X", "expressed opposition to X": disapproval.
verbs VOICE_OPPOSITION => ---
  verb voice
  verb express
  - obj opposition; pp:to + => 110

# "called on X to free the prisoners": an appeal for a release.
&YIELD = repeal | rescind | revoke | annul | lift | scrap
verbs CALL_ON => 020
  verb call on | called calling calls
  - obj free => 0253
  - obj release => 0253
  - pp:on +; pp:to free => 0253
  - pp:on +; pp:to release => 0253
  # "calling on the government to repeal it", "to lift the ban": an
  # appeal to yield (025), where the dictionary's CALL_ON gives 020.
  - obj &YIELD => 025
  - pp:on +; pp:to &YIELD => 025

verbs URGE_RELEASE => ---
  verb urge
  verb appeal
  - obj free => 0253
  - obj release => 0253
  # the tagger takes "to free" for a preposition and an adjective
  - pp:to free => 0253

# "shot dead": killing with small arms (193).
verbs SHOOT_DEAD => ---
  verb shoot | shot
  - obj dead => 193
  - obj + => 193

verbs ARREST => 173
  verb arrest
  verb detain
  # "arrested three militants from Gaza": where they came from is no
  # target and no other event.
  - obj +; pp:from => 173
  - obj +; pp:in => 173

# "claimed to have captured a frontline position from government forces",
# "seized the town from the rebels": ground taken from an enemy is
# occupied (192, as the CAMEO dictionary codes a captured town), from the
# one it was taken from, not the dictionary's seizure of property (171)
# with no target. Session 12, from realnews-dev2.tsv.
&GROUND = position | positions | town | towns | city | village | villages | base | bases | stronghold | territory | area | outpost | district | region | province | airport | port | hill | hills | garrison | headquarters | "border post" | checkpoint
verbs CAPTURE_FROM => ---
  verb capture
  verb seize
  verb take | took taken
  verb wrest
  - obj &GROUND; pp:from + => 192

# "agreed to explore the possibility of cooperation in space", "willing to
# explore ways to expand cooperation": a wish to cooperate (030), not the
# CAMEO dictionary's inquiry (090) or policy option (014). Session 12,
# from realnews-dev2.tsv.
&COOPERATION = cooperation | collaboration | partnership | ties | relations
verbs EXPLORE_COOPERATION => ---
  verb explore
  - obj possibility; pp:of &COOPERATION => 030
  - obj possibility; pp:for &COOPERATION => 030
  - obj possibilities; pp:of &COOPERATION => 030
  - obj ways; pp:to &COOPERATION => 030
  - obj ways; pp:of &COOPERATION => 030
  - obj avenues; pp:of &COOPERATION => 030

# "impounded 40 Kenyan trucks", "impounded the ship": property seized
# (1711, as the CAMEO dictionary codes "confiscate"), its owner the target
# (the actor the object names). Session 8, from the team's own stories.
verbs IMPOUND => 1711
  verb impound

verbs DECLARE_CEASEFIRE => ---
  verb declare
  verb announce
  verb observe
  - obj &CEASEFIRE => 0871 recip
  - obj "unilateral &CEASEFIRE" => 0871

verbs AGREE_CEASEFIRE => ---
  verb agree | agreed
  - pp:to &CEASEFIRE => 0356 recip
  - pp:on &CEASEFIRE => 0356 recip

verbs VIOLATE => ---
  verb violate
  verb break | broke broken
  - obj &CEASEFIRE => 196

# --- Noun-headed events ----------------------------------------------------
# A noun codes an event where it is the subject or the head of a sentence or
# of a time phrase ("during a visit by X to Y"), not where a verb's pattern
# already used it ("paid a visit to").

nouns VISIT_N => 042:043 intent=036
  noun visit
  noun trip
  - pp:by $; pp:to + => 042:043 intent=036
  - pp:to + => 042:043 intent=036

nouns TALKS_N => 040 intent=036
  noun talks
  noun negotiations
  noun summit
  - pp:between => 040:040 recip
  - pp:with + => 040

# "was whisked to Tirana for a meeting with President Berisha", "a
# meeting between the government and the rebels" (session 11): a meeting
# is an event only with its partners named; "the WTO meeting in Hong
# Kong", "at the G7 meeting" are gatherings, not one side meeting another.
nouns MEETING_N => --- intent=036
  noun meeting
  - pp:between => 040:040 recip
  - pp:with + => 040

# "killed in a clash between the army and the rebels", "clashes with X":
# fighting between the two sides, the casualties' own event aside.
nouns CLASH_N => 190
  noun clash
  noun clashes
  noun skirmish
  noun skirmishes
  noun gunbattle
  # "was killed in a firefight with insurgents" (session 20).
  noun gunbattles
  noun firefight
  noun firefights
  noun gunfight
  noun gunfights
  noun shootout
  noun shootouts
  - pp:between => 190 recip
  - pp:with + => 190

# "were killed in an exchange of fire with Somali militants" (session 20):
# an exchange of fire is a clash; any other exchange is none.
nouns FIRE_EXCHANGE_N => ---
  noun exchange
  noun exchanges
  - pp:of fire; pp:with + => 190
  - pp:of gunfire; pp:with + => 190
  - pp:of fire; pp:between => 190 recip
  - pp:of gunfire; pp:between => 190 recip

nouns SANCTIONS_N => 163
  noun sanctions
  noun embargo
  - pp:against + => 163
  - pp:on + => 163

nouns ATTACK_N => 190
  noun attack
  noun offensive
  noun airstrike
  noun airstrikes
  - pp:by $; pp:on + => 190
  - pp:on + => 190
  - pp:against + => 190

# --- Threats --------------------------------------------------------------

# "promised a proportionate response", "vowed retaliation", "pledged
# reprisals": retaliation promised is a threat (130; revenge 138, as the
# CAMEO dictionary codes "vowed revenge"), not the cooperation its PROMISE
# gives (030).
verbs PROMISE_RETALIATION => ---
  verb promise
  verb vow
  verb pledge
  - obj &RETALIATION => 130
  - obj revenge => 138

# --- Session 14 (the team's own everyday stories) --------------------------

# "summoned the Argentine ambassador to protest the tariffs", "summoned the
# British ambassador for a reprimand", "... in protest", "... over the
# arrest": a diplomat called
# in to hear a protest is an official complaint (114) to the diplomat's
# government (PLOVER's written and institutionalized protests), where the
# CAMEO dictionary's SUMMON codes any summons 040.
&PROTESTS = protest | protests | reprimand | rebuke | complaint | complain | dressing-down
verbs SUMMON_ENVOY => ---
  verb summon
  - obj &DIPLOMATS; pp:to &PROTESTS => 114
  - obj &DIPLOMATS; pp:for &PROTESTS => 114
  - obj &DIPLOMATS; pp:in &PROTESTS => 114
  # "summoned the Turkish ambassador over the detention": a summons over
  # a grievance is the same protest.
  - obj &DIPLOMATS; pp:over => 114

# "was preparing a new package of sanctions against Moscow", "is
# considering sanctions on Iran": sanctions planned are a threat of them
# (1312), where the dictionary's PREPARE codes an intent to cooperate (030).
verbs PREPARE_SANCTIONS => ---
  verb prepare
  verb draft
  verb draw up
  verb consider
  verb weigh
  - obj &SANCTIONS; pp:against + => 1312
  - obj &SANCTIONS; pp:on + => 1312

# "raised tariffs on American goods to 84 percent": higher duties on a
# country's goods are a sanction (163, as "imposed tariffs on").
verbs RAISE_TARIFFS => ---
  verb raise
  verb hike
  verb increase
  - obj tariffs; pp:on + => 163
  - obj duties; pp:on + => 163

# "declared a Russian diplomat persona non grata": an expulsion of a
# diplomat (161, as EXPEL).
verbs DECLARE_PNG => ---
  verb declare
  - obj persona => 161
  - obj "persona non grata" => 161

# "sent its economy minister to Washington to seek an exemption",
# "dispatched an envoy to Kabul": an official sent abroad is the sender's
# visit (042; 036 when announced), as "sent a delegation to" is, where the
# dictionary's DESPATCH codes "dispatch" 061 and SEND nothing for a
# minister.
&ENVOYS = &DIPLOMATS | emissary | emissaries | minister | ministers | "special representative" | &DELEGATION
verbs SEND_ENVOY => ---
  verb send | sent
  verb dispatch
  verb despatch
  # "sent the Ugandan envoy home", "sent its ambassador home": a diplomat
  # sent home is expelled or recalled (161), no visit (review; "sent ...
  # back to" is left: "sent its ambassador back to Seoul" restores ties).
  - obj &DIPLOMATS home => 161
  - obj &ENVOYS; pp:to + => 042 intent=036

# "froze $100 million in aid to Niger", "suspended 50 million euros of
# assistance to Kabul", "halted its budget support to Niger": aid held back
# is aid reduced (162), where the amount hides the aid from the
# dictionary's FREEZE and CANCEL patterns ("froze aid to Niger").
verbs CUT_AID => ---
  verb freeze | froze frozen
  verb suspend
  verb halt
  verb cut
  verb withhold | withheld
  - pp:in &AIDFUNDS; pp:to + => 162
  - pp:of &AIDFUNDS; pp:to + => 162
  - obj "budget support"; pp:to + => 162
  - obj support; pp:to + => 162
