# CAMEO 2.0 verb patterns, converted by event/internal/ontogen from the PETRARCH verb
# dictionary CAMEO.2.0.txt (Open Event Data Alliance, MIT licence). Format: docs/EVENTS.md.
# Do not edit: regenerate, and put additions in dyad.pat.

# synonym sets
&AIRCRAFT = aircraft | plane | helicopter | warplane | airplane | airliner | jet | airship | dirigible | glider | chopper | skyhook | jumbojet | jumbo jet | jetliner | turbojet | drone | rpv | drone aircraft | unmanned drone | predator drone | unmanned aircraft | unmanned predator | reaper drone | unmanned aerial drone | unmanned aerial vehicle | remotely piloted drones | remotely piloted aircraft | unmanned aerial system | predator uav | pilotless plane | apache attack helicopter | apache gunship | fighter jet | fighter bombers | fighter aircraft | jetfighter | fighter plane | f/a-18 fighter jet | super hornet | tomcat fighter | f/a-18e/f super hornet | f-22a raptor | f-22 raptor | f/a-22 raptor | f/a-18 fighter | f/a-22 fighter | rf 4c | f/a-18 | f-16 | f-22 | f-33 | f-14 | bomber | b-52 | stealth bomber | mq-9 reaper | eurofighter typhoon | mig | harrier jet | su-24 | a-37b dragonfly | f-7mg | mirage-2000 | mig-21pfm | su-30mk | mi-24vm/hind | p-3a orion | ch-47f chinook | p-8a poseidon | ah-64d apache | ah-64 apache | v-22 osprey | stealth fighter | fighting falcon
&ASYLUM = asylum | refuge | sanctuary | safe house | shelter
&AUXVERB1_ = was | were | been
&AUXVERB2_ = will | is to | would
&AUXVERB3_ = have | has | had
&CAR = car | sedan | vehicle | auto | automobile | motorcar | truck | van | lorry
&CEASEFIRE = truce | armistice | cease-fire | ceasefire | cease fire
&CRIME = crime | offense | criminal offense | criminal offence | offence | law-breaking | infraction | violation | infringement | transgression | misconduct | wrongdoing | misdemeanor | misdemeanour | felony
&CURRENCY = money | currency | cash | afghani | austral | baht | balboa | birr | bitcoin | bolivar | cedi | dalasi | dinar | dirham | dollar | dong | dobra | euro | eurodollar | escudo | conto | forint | gourde | guarani | guilder | gulden | florin | inti | kina | kip | koruna | krona | krone | kroner | kroon | kwacha | kwai | kwanza | kyat | lek | lempira | leone | leu | lev | lilangeni | lira | loti | metical | naira | ngultrum | ouguiya | pa'anga | pataca | boliviano | cordoba | peso | pound | pula | quetzal | rand | rial | riel | ringgit | riyal | ruble | rouble | dram | manat | rubel | lari | tenge | lats | litas | som | hryvina | rupee | rupiah | renminbi | shekel | shilling | sucre | taka | tala | tical | tugrik | tughrik | won | yen | yuan | zloty
&DEFENSE = defense | defence
&DETENTION = detention | detainment | jail | prison | penitentiary | concentration camp | custody | confinement
&DISPUTE = dispute | conflict | quarrel | controversy | contention | contestation | disputation | argument | arguing | difference | difference of opinion | differences of opinion | disagreement | dissidence | dissension | contravention
&EVIDENCE = evidence | ground | proof | probable cause | attestation
&FIGHT = struggle | battle | fight | fighting | strife | war | warfare | feud | combat | hostilities | belligerency
&FIGHT_OF_WORDS = argument | disgareement | debate
&FOOD = food | nutrient | nutriment | nourishment | nutrition | sustenance | aliment | provisions | commissariat | grocery | foodstuff
&HOSTAGE = hostage | prisoner | captive
&INFORMATION = information | info | details | fact | news | intelligence | update
&INVESTIGATION = investigation | inquiry | enquiry | probe | analysis | analyses | research | examination
&LEADER = president | governor | dictator | ruler | prime minister | queen | king | sultan | minister
&MEDIATION = mediation | arbitration | conciliation
&MILITARY = military | armed forces | armed services | army | ground forces | marines | reserves | troops | navy | special forces | soldiers | servicemen | paratroopers | infantrymen | servicemembers | combat brigades | battalions | brigades
&NEGOTIATION = negotiation | dialogue | discussion
&NEGOTIATOR = negotiator | mediator | go-between | intermediator | intermediary | intercessor
&OPPOSITION = opposition | resistance | opponent | enemy | foe | adversary | rival | challenger | contender
&PEOPLE = people | folk | poor | rich | wealthy | populace | public | population | populations | citizenry | followers | masses | civilians | voters | citizens | nationals | subjects
&PKO = peacekeeping | peacekeeper | peace-keeping | peace-keeper | un peacekeepers | peacekeeping force | blue helmets | peacekeeping contingent
&PREPOSIT1_ = against | in | on | by | near | at
&PROGRAM = program | programme | outline | schema | scheme | agenda
&PROPOSAL = proposal | proposition | suggestion | proffer | motion
&REFUGEE = refugee | expatriate | displaced person | stateless person | exile
&SECURITY = security | secureness | protection | precaution | safeguard
&SOLUTION = solution | answer | result | resolution | closure
&STRONGHOLD = stronghold | bastion | citadel | blockhouse | redoubt | fort | outpost | headquarters
&SUSPECT = suspect | accused | defendant
&TOBEVERB_ = is | are | am | was
&TOWN = town | municipality | borough | township | city | metropolis | urban center | urban area | village | settlement | community
&TREATY = treaty | pact | accord | written agreement | agreement
&WEAPON = weapon | flamethrower | gun | knife | knives | missile | missiles | sword | swords | cannon | cannons | firearm | rifle | semiautomatic | pistol | carbine | kalashnikov | assault rifle | ak-47 | ak-74 | uzi | rpg | rocket propelled grenade | ammunition | bomb | rocket | missile | unguided rocket | guided missile | cruise missiles | antiship missile | antiaircraft missile | tow missile | sidewinder missile | ballistic missile | machete | machine gun | revolver | shotgun | tear gas | bayonet | bazooka | dagger | howitzer | sabers | slingshot | spear | switchblade | billy club | bow and arrow | brass knuckles | hunting knife | armament | artillery | howitzer | recoilless rifle | attack helicopters | apache attack helicopter | fighter jet | f-16 | f-22 | f-33 | f-14 | bomber | b-52 | m16 | m14 | 50-caliber | predator drone | reaper drone | mq-9 reaper | eurofighter typhoon | mig | aircraft carrier | frigate | arleigh burke-class destroyer | manpad | antiaircraft missile batteries | armored personnel carrier | armoured personnel carrier | infantry fighting vehicle | battle tank | m1a1 abrams | m1 abrams | mrap | bradley fighting vehicle | m2 bradley | harrier jet | su-24 | a-37b dragonfly | f-7mg | s565s panther | mirage-2000 | as-532 cougar | nh-90 nfh | a-129c mangusta | mig-21pfm | su-30mk | mi-24vm/hind | p-3a orion | ch-47f chinook | p-8a poseidon | ah-64d apache | ah-64 apache | v-22 osprey | hellfire missile | precision guided munition | ied | improvised explosive device | vbied | improvised explosive devise | improvised explosive | improvised bomb | armor piercing roadside bomb | borne ied
&WMD = weapon of mass destruction | weapons of mass destruction | wmd | nuclear bomb | nuclear weapon | nuclear device | nuclear weapons | atom bomb | tactical nuke | atomic weapons | nerve gas | sarin | sarin gas | sarin nerve gas | sarin nerve agent | vx nerve agent | mustard gas | mustard blister agent | cyclosarin | vx nerve gas | vx stockpile | blister agent | chemical weapon | nonconventional weapons | chemical warfare

verbs ACCELERATE => ---
  verb accelerate
  verb expedite
  verb hasten
  verb hurry
  verb quicken
  verb race
  verb rush
  verb speed | sped
  - pp:to => 042:043
  - obj aid => 070
  - obj "arms shipment" => 072
  - obj "relief assistance" => 073
  - obj &FOOD => 073
  - obj relief => 073
  - obj police; pp:to border => 153
  - pp:to border => 154
  - obj deployment => 154
  - subj &MILITARY => 154
  - obj buildup => 154
  - obj &WEAPON => 194

verbs ADD => ---
  verb add
  - obj sanctions => 163
  - pp:to list; pp:of "banned parties" => 1722
  - pp:to "banned parties"; next $ => 1722

verbs ALERT => ---
  verb alert
  - obj &SECURITY; pp:over "&WEAPON attack" => 151

verbs ALLEVIATE => ---
  verb alleviate
  verb diminish

verbs ALTER => ---
  verb alter
  verb amend
  verb change
  verb modify
  verb revise
  verb switch
  - obj deal => 031
  - obj constitution => 0344
  - obj stand => 050

verbs ANGER => ---
  verb angered by
  verb anger
  verb enrage
  verb exasperate
  verb incense
  verb inflame

verbs APPEAR => ---
  verb appear
  verb look
  verb seem
  - obj uncertain => 012
  - pp:to future; pp:with optimism => 013
  - obj forward => 013
  - pp:for help => 020
  - obj positively => 030
  - pp:for way => 032
  - pp:in favor => 050
  - pp:into allegation => 090
  - pp:into complaints => 090
  - pp:into charges => 090
  - pp:into reports => 090
  - pp:into charge => 090
  - pp:into death => 090
  - pp:for link => 090
  - pp:to press; pp:for ouster => 1041
  - pp:at "new sanctions" => 1312
  - pp:in court => 173
  - pp:behind &WEAPON => 190
  - pp:before court => :173
  - pp:at hearing => :173

verbs ARRANGE => ---
  verb arrange
  verb base
  verb format | formatted formatting
  verb place
  verb pose
  verb position
  verb post
  verb put | putting
  verb set
  verb situate
  verb stage
  verb station
  - obj out views => 010
  - obj "real threat" => 012
  - obj out "new strategy" => 014
  - pp:to a vote => 014
  - obj priority => 014
  - obj "candlelight vigil" => 017
  - obj vigil => 017
  - obj &PROPOSAL => 022
  - obj forward "peace plan" => 027
  - pp:aside rift => 030
  - obj &CEASEFIRE => 0356
  - pp:to &TREATY => 035
  - obj off; pp:for => 042:043
  - obj off; pp:from => 042
  - obj guidelines => 045
  - obj "final touches" => 046
  - pp:aside enmity => 050:050
  - obj demonstration; pp:in solidarity => 051
  - obj demonstration; pp:in support => 051
  - obj protest; pp:in solidarity => 051
  - obj rally; pp:in support => 051
  - subj &AIRCRAFT; obj "mock attacks" => 062:062
  - subj &MILITARY; obj exercises => 062:062
  - obj "mock attack" => 062:062
  - obj return => 073
  - obj free => 0841
  - obj &INVESTIGATION => 090
  - obj conditions => 100
  - obj off row => 110:110
  - obj up resistance => 110
  - obj heat => 111
  - obj conditions; pp:before end => 139
  - obj deadline => 139
  - obj fire; pp:to flag => 140
  - pp:in protest => 140
  - obj strike => 140
  - obj demonstration => 141
  - obj demonstration => 141
  - obj "mass rally" => 141
  - obj protest => 141
  - obj rallies => 141
  - obj rally => 141
  - obj sit-in => 141
  - obj strikes; pp:until => 143
  - obj strike => 143
  - obj up barricade => 144
  - obj fire; pp:in protest => 145
  - obj himself; pp:on fire => 145
  - obj "mock attack" => 150
  - obj "mock raid" => 150
  - obj police; pp:on alert => 151
  - obj "air exercise" => 151
  - pp:on alert; pp:along border => 152
  - pp:on state; pp:of alert => 152
  - pp:on alert => 152
  - obj initiate; pp:on hold => 160
  - obj repatriation => 160
  - obj off decision => 160
  - obj off limits => 160
  - obj diplomat => 161
  - obj "financial squeeze" => 1621
  - obj off talk => 164
  - pp:under surveillance => 173
  - obj verdict; pp:in trial => 173
  - pp:in &DETENTION => 173
  - pp:in &DETENTION => 173
  - pp:on trial => 173
  - pp:to death => 173
  - obj "force rally" => 175
  - obj down riot => 175
  - pp:on fire => 180
  - obj ablaze => 180
  - obj afire => 180
  - obj fire => 180
  - obj off explosive => 183
  - obj off &WEAPON => 183
  - obj series; pp:of attacks => 190
  - obj incursion; pp:into => 190
  - obj attack => 190
  - obj raid => 190
  - obj "air raid"; pp:against => 195
  - subj &AIRCRAFT; obj attacks => 195
  - subj &AIRCRAFT; obj raids => 195
  - obj "air operation" => 195
  - subj &AIRCRAFT; obj raid => 195

verbs ASK => ---
  verb ask for => 020
  verb ask => 020
  verb enquire
  verb grill => 110
  verb inquire
  verb interrogate => 090
  verb interview
  verb petition => 020
  verb query
  verb question
  verb request => 020
  verb wonder
  - obj authorisation => 020
  - obj explanation => 020
  - obj permission => 020
  - obj arrest => 020
  - obj support => 020
  - obj help => 020
  - obj investment => 0211
  - obj "judicial assistance" => 0213
  - pp:for retrial => 0213
  - obj extradition => 0213
  - pp:for &SOLUTION; pp:of &INVESTIGATION => 0214
  - pp:for &INVESTIGATION => 0214
  - obj &INVESTIGATION => 0214
  - obj &INFORMATION => 0214
  - obj files => 0214
  - obj "support efforts" => 022
  - obj assurances => 022
  - obj support => 022
  - pp:for "financial aid" => 0231
  - obj "debt forgiveness" => 0231
  - obj "financial help" => 0231
  - obj &CURRENCY => 0231
  - pp:for "fighter &AIRCRAFT" => 0232
  - obj "&MILITARY aid" => 0232
  - obj &WEAPON => 0232
  - pp:for "humanitarian aid" => 0233
  - obj "humanitarian aid" => 0233
  - obj humanitarian => 0233
  - obj evacuation => 0233
  - obj &ASYLUM => 0233
  - pp:for help; pp:in &SECURITY => 0234
  - obj &SECURITY => 0234
  - obj &PKO => 0234
  - obj "emergency assistance" => 023
  - obj "technical help" => 023
  - obj supplies => 023
  - obj amnesty => 023
  - obj assist => 023
  - obj loan => 023
  - obj aid => 023
  - obj "early elections" => 0241
  - obj withdrawal => 0256
  - obj lifting; pp:of immunity => 025
  - pp:for access => 025
  - obj meeting => 026
  - obj reconciliation => 027
  - obj intervene => 028
  - obj meeting => 028
  - obj amnesty => 0351
  - obj meeting => 036
  - obj intervention => 038
  - obj forgiveness => 055
  - obj allegation => 090
  - obj suspicion => 090
  - obj &REFUGEE => 090
  - obj "future coalition" => 110
  - obj assertion => 110
  - obj apology => 110
  - obj promise => 111
  - pp:against => 113
  - obj "death penalty"; pp:against => 173
  - subj prosecutor; obj &DETENTION => 173
  - obj sentence => 173

verbs ATTEMPT => ---
  verb attempt
  - obj assassination => 185

verbs AVERT => ---
  verb abstain
  verb avert
  verb avoid
  verb deflect
  verb forfend
  verb refrain
  - obj incidents => ---
  - obj attack => ---
  - obj "air strike" => 013
  - obj clash => 0334
  - obj crisis => 037
  - subj &INFORMATION => 064:064
  - pp:from business => 1211
  - obj attempt; pp:on life => 185

verbs BACKLASH => ---
  verb backlash => ---

verbs BELIEVE => ---
  verb believe
  verb trust
  - obj "no point" => 012
  - obj dangerous => 012
  - obj friend => 050
  - obj responsible => 110
  - obj kidnap => 1124

verbs BRACE => ---
  verb poise
  verb steady
  - pp:for attack => 154

verbs BRING => ---
  verb bring
  verb bring | brought
  verb deliver
  - obj defeat => ---
  - obj address => 010
  - obj message => 010
  - obj letter => 010
  - obj report => 010
  - obj petition => 020
  - obj appeal => 020
  - obj plea => 020
  - obj plea => 023
  - obj "&CEASEFIRE proposal" => 026
  - obj letter => 040
  - obj endorsement => 051
  - obj gift => 070
  - obj aid => 070
  - obj &AIRCRAFT => 072
  - obj &MILITARY => 072
  - obj "humanitarian aid" => 073
  - obj &FOOD => 073
  - obj &FOOD => 073
  - obj water => 073
  - obj aid => 073
  - obj counter-argument => 110
  - obj "sharp jab" => 110
  - obj rebuff => 110
  - obj rebuke => 110
  - obj message; pp:against => 111
  - obj "sharpest attack" => 111
  - obj insult => 111
  - obj blow => 120
  - obj warning => 130
  - obj protest => 140
  - obj warrant; pp:for arrest => 173
  - obj attack => 190
  - obj "rocket strike" => 194

verbs BROADCAST => ---
  verb broadcast
  verb publicise
  verb publicize
  verb televise
  verb televize
  - obj &PROGRAM => 031

verbs BURN => ---
  verb burn
  verb burnt
  - obj pictures => 141
  - obj portrait => 141
  - obj effigy => 141
  - obj flag => 141
  - obj offices => 1712
  - obj church => 1712
  - obj houses => 1712
  - obj mosque => 1712
  - obj &TOWN => 1712
  - obj down => 1712
  - obj home => 1712

verbs CANCEL => ---
  verb call off => 160
  verb shut down | shutting
  verb take leave | took taken
  verb abolish
  verb abort => 160
  verb cease
  verb close
  verb desist
  verb discontinue
  verb end
  verb halt
  verb quit | quitting
  verb reclose
  verb stop | stopping stopped
  verb suspend
  verb terminate
  - subj transactions => ---
  - obj search => ---
  - subj market => ---
  - obj base => ---
  - pp:with warning => 012
  - obj meeting => 040
  - obj visit => 042:043
  - obj tour => 042:043
  - obj operation => 080
  - obj deport => 080
  - obj strike => 082
  - obj post => 0831
  - obj embargo => 085
  - obj violence => 0871
  - obj attacks => 0871
  - obj clashes => 0871
  - obj gunfire => 0871
  - obj &FIGHT => 0871
  - obj attack => 0871
  - obj camp => 0874
  - obj "air raids" => 087
  - obj blockade => 087
  - obj bloodshed => 087
  - obj &WEAPON => 087
  - obj strike => 087
  - obj shell => 087
  - obj "fact-finding mission" => 090
  - subj business; pp:in strike => 143
  - obj work => 143
  - obj "border crossing" => 160
  - obj material => 160
  - obj flights => 160
  - obj office => 160
  - obj talks => 160
  - obj camps => 160
  - obj party => 160
  - obj trip => 160
  - obj base => 160
  - subj work => 160
  - obj "trade office" => 161
  - obj consulate => 161
  - obj embassies => 161
  - obj embassy => 161
  - subj embassy => 161
  - obj grants => 1621
  - obj "&MILITARY cooperation" => 1622
  - obj "&SECURITY cooperation" => 1622
  - obj "arms shipment" => 1622
  - obj aid => 162
  - subj aid => 162
  - subj abruptly; obj talks => 164:164
  - obj talks => 164:164
  - obj meeting; pp:with negotiators => 164
  - obj "production line" => 170
  - obj "television station" => 1721
  - obj down &INFORMATION => 1721
  - obj publication => 1721
  - obj television => 1721
  - obj schools => 1721
  - obj radio => 1721
  - subj police; obj "campaign office" => 1722
  - obj route => 1723
  - obj road => 1723
  - obj shop => 1723
  - obj "polling stations" => 172
  - obj "main link" => 172
  - obj university => 172
  - obj airspace => 172
  - obj highway => 172
  - obj theater => 172
  - obj border => 172
  - obj center => 172
  - obj centre => 172
  - obj "aid convoy" => 191
  - obj access => 191
  - obj airport => 191
  - obj border => 191
  - obj &CEASEFIRE => 196

verbs CHANT => ---
  verb chant
  - obj death => 111
  - pp:against government => 141
  - pp:at demonstration => 141
  - pp:in capital => 141
  - obj slogans => 141

verbs CLAMP => ---
  verb clamp
  - obj curfew => 1723
  - obj down => 173

verbs CLEANSE => ---
  verb cleanse
  - pp:from &TOWN => 203
  - pp:from areas => 203
  - subj ethnically => 203
  - subj ethnic => 203

verbs CLINCH => ---
  verb clinch
  verb grasp
  - obj &TREATY => 050
  - obj deal => 061:061

verbs COLLAPSE => ---
  verb buckle
  verb cave
  verb collapse
  verb crumble
  verb disband => 160
  verb disintegrate
  verb dissolve
  verb fold
  verb subside
  - pp:in &DISPUTE => 160
  - subj talks => 164:164

verbs COLLECT => ---
  verb round up
  verb accumulate
  verb collect
  verb compile
  verb hoard
  - obj documents => 090

verbs COME_AFTER => ---
  verb come after | came

verbs CONFIRM => ---
  verb seem confident => 013
  verb affirm => 051
  verb confidence
  verb confirm
  verb reaffirm
  verb substantiate
  verb validate
  - obj allegation => 010
  - obj dismissal => 010
  - obj fire => 010
  - obj concern => 012
  - obj "secret prisons" => 015
  - obj determination => 030
  - obj purchase; pp:of &WEAPON => 0312
  - obj election => 0341
  - obj commitment => 050
  - obj commitment => 050
  - obj backing => 051
  - obj support => 051
  - obj winner; pp:of elections => 060
  - obj "&DEFENSE &WEAPON" => 074
  - obj conditions => 100
  - obj claim => 100
  - obj &OPPOSITION => 110
  - obj objection => 110
  - obj rejection => 110
  - obj "&FIGHT &CRIME charges" => 1125
  - obj boycott; pp:of meeting => 125
  - obj commitment; pp:against threats => 130
  - obj boycott => 163
  - subj court; obj sentence => 173
  - obj arrest => 173

verbs CONSPIRE => ---
  verb conspire
  verb contrive
  verb scheme
  - pp:against => 130

verbs CONSTRUCT => ---
  verb set up | setting
  verb take shape | took taken
  verb build | built
  verb conceive
  verb concoct
  verb construct
  verb create
  verb design
  verb devise
  verb gymble
  verb engineer
  verb erect
  verb fashion
  verb forge
  verb form
  verb formulate
  verb generate
  verb invent
  verb mold
  verb produce
  verb shape
  - obj committee => 030
  - obj "free trade" => 0311
  - obj "&DEFENSE cooperation" => 0312
  - obj contacts => 032
  - obj meeting => 036
  - obj alliance => 050
  - obj alliance => 050
  - obj ties => 050
  - obj ties => 050
  - obj ties => 060
  - obj "economic group" => 061:061
  - obj "investment company" => 061
  - obj "joint companies" => 061
  - obj funding => 070
  - obj funds => 070
  - obj fund => 070
  - obj shelters => 073
  - obj shelters => 073
  - obj &INVESTIGATION => 090
  - obj tribunal => 090
  - obj tribunal => 090
  - obj &INVESTIGATION; pp:into &FIGHT => 094
  - obj movement => 1043
  - subj &MILITARY; obj worries => 110
  - obj "human shield" => 144
  - obj fence; pp:on border => 150
  - obj paramilitary => 150
  - obj &MILITARY => 150
  - obj barrier => 150
  - obj base => 150
  - obj fortifications => 154
  - obj up forces => 154
  - subj troop; obj up => 154
  - subj troop => 154
  - obj fence; pp:along border => 160
  - obj barrier => 160
  - obj "&SECURITY zone" => 191
  - obj uproar; pp:in => :110

verbs CONTINUE => ---
  verb go forward | goes went
  verb advance
  verb continue
  verb further
  verb persevere
  verb persist
  verb proceed
  verb progress
  - obj plan => 020
  - obj &MEDIATION => 045
  - obj talks => 046:046
  - obj talks => 046:046
  - obj talking => 046
  - obj effort => 060
  - obj supply => 070
  - subj standoff => 120:120
  - obj refusal; pp:to recognize => 1232
  - obj operation; pp:against => 1246
  - obj siege => 1246
  - obj uprising => 145
  - obj "&MILITARY buildup" => 154
  - obj embargo => 163
  - obj crackdown => 170
  - obj "&MILITARY operation" => 190
  - obj "&MILITARY action" => 190
  - obj bombardment => 190
  - subj &MILITARY => 190
  - obj offensive => 190
  - obj across => 190
  - obj attacks => 190
  - obj hitting => 190
  - obj attack => 190
  - obj attack => 190
  - obj into => 190

verbs CRASH => ---
  verb collision
  verb crash
  verb slam
  verb slam | slammed slamming
  verb wreck
  - pp:into sea => ---
  - subj &AIRCRAFT => ---
  - obj victim => ---
  - subj &CAR => ---
  - subj ship => ---
  - obj boycott => 1054
  - pp:as unacceptable => 111
  - pp:as provocative => 111
  - obj condemnation => 111
  - obj appointment => 111
  - obj incursion => 111
  - obj sentence => 111
  - obj policies => 111
  - obj &CRIME => 111
  - obj strikes => 111
  - obj action => 111
  - obj plan => 111
  - obj for => 111
  - obj shut => 160
  - obj mission => 1712
  - obj border => 191
  - obj grenade => 193
  - subj &WEAPON => 194
  - subj mortar => 194
  - subj rocket => 194
  - subj shells => 194
  - subj shells => 194
  - obj &WEAPON => 195

verbs CRAWL => ---
  verb crawl
  verb creep | crept
  verb slide | slid

verbs CROSS => ---
  verb cross
  - subj railroad => ---
  - subj &REFUGEE; pp:into => 0233
  - subj &MILITARY; pp:into => 190
  - pp:in pursuit => 190
  - subj restricting => 191
  - subj force => 192
  - obj border; pp:into => :074

verbs DECORATE => ---
  verb decorate
  verb embellish

verbs DEFUSE => ---
  verb defuse
  - subj police; obj &WEAPON => ---
  - obj &WEAPON => ---

verbs DESPATCH => ---
  verb bring out | brought
  verb put out | putting
  verb despatch
  verb dismiss => 110
  verb dispatch
  verb export
  - obj countries => ---
  - obj speculation => 010
  - obj accusation => 016
  - obj allegation => 016
  - obj assertion => 016
  - obj charges => 016
  - obj report => 016
  - obj claim => 016
  - obj "passenger cars"; pp:to + => 061
  - pp:to => 061
  - obj &WEAPON => 072
  - obj batallion; pp:of &PKO => 074
  - obj case => 081
  - obj appointment => 110
  - obj governor => 110
  - obj protest => 110
  - obj message => 110
  - pp:as fabrication => 111
  - pp:as unfair => 111
  - obj &PROPOSAL => 120
  - obj "judge order" => 1213
  - obj "&MILITARY personnel" => 154
  - subj sanction => 163

verbs DETER => ---
  verb deter | deterring deterred
  verb deterring
  verb divert
  - obj attacks => ---

verbs DEVELOP => ---
  verb bloom
  verb blossom
  verb burgeon
  verb cultivate
  verb develop
  verb flourish
  verb foster
  verb grow | grew grown
  verb proliferate
  verb swell
  verb thrive
  - subj crisis => 012
  - obj "friendly relations" => 050

verbs DISCOVER => ---
  verb detect
  verb discover
  verb find | found
  verb locate
  verb uncover
  - obj resentful => 012
  - obj &SOLUTION => 030
  - obj "no &EVIDENCE" => 080
  - obj innocent => 080
  - obj &EVIDENCE => 090
  - obj plot => 090
  - pp:in breach; pp:of law => 110
  - pp:in &CRIME; pp:of sanction => 128
  - obj guilty => 173
  - obj dead => 190

verbs DISPEL => ---
  verb dismiss
  verb dispel | dispelling dispelled
  verb dispelling

verbs DISTANCE => ---
  verb distance
  verb outpace
  verb outstrip | outstripped outstripping
  verb transcend
  - pp:from remarks => 016
  - pp:from => 110
  - pp:from &PROPOSAL => 120
  - pp:from blame => 120

verbs DOCK => ---
  verb dock
  -  => 042:043

verbs DRAFT => ---
  verb adumbrate
  verb delineate
  verb draft
  verb draw
  verb draw | drew drawn
  verb illustrate
  verb outline => 010
  verb sketch
  - obj picture => ---
  - obj statement => 010
  - obj constitution => 014
  - obj guideline => 014
  - obj &TREATY => 014
  - obj stance => 014
  - obj bill => 014
  - obj plan => 014
  - obj bill => 031
  - obj &PROPOSAL; pp:for incursion; pp:against => 035
  - pp:at &TOWN; pp:of &DISPUTE => 037
  - obj mandate => 100
  - obj letter; pp:of warning => 130
  - obj "police reinforcement" => 153
  - obj police => 153
  - obj "ground fire" => 190

verbs DRAG => ---
  verb drag | dragging dragged
  verb lug | lugging lugged

verbs DRIVE => ---
  verb drive | drove driven
  - subj group; pp:from => 0874
  - pp:out_of => 201

verbs ELIMINATE => ---
  verb eliminate
  verb erase
  - obj restriction => 081

verbs EMBRACE => ---
  verb accept
  verb accommodate
  verb adopt
  verb embody
  verb embrace
  verb encompass
  verb espouse
  verb incorporate
  - obj law => ---
  - obj responsibility => 015
  - obj charges => 015
  - obj "&MILITARY &TREATY" => 030
  - obj formulation => 030
  - obj &TREATY => 030
  - obj request => 030
  - obj plan => 030
  - obj plan => 030
  - obj request => 031
  - obj &PROPOSAL => 032
  - obj &REFUGEE => 0333
  - obj invitation => 036:036
  - obj &MEDIATION => 038
  - obj "new relationship" => 050
  - pp:as partner => 050
  - obj &SOLUTION => 057
  - obj jurisdiction => 063
  - obj delivery => 070
  - obj loan => 071
  - obj refusal => 080
  - obj "constitutional amendment" => 0834
  - obj bill => 0834
  - obj "election deadline" => 083
  - obj election => 083
  - obj declaration; pp:on sovereignty => 1044
  - obj "aggressive strategy" => 130
  - obj "early election blow" => 160

verbs EMERGE => ---
  verb dawn
  verb emerge
  - pp:from meeting => 040:040
  - pp:as &NEGOTIATOR => 045

verbs EMPTY => ---
  verb deplete
  verb drain
  verb empty
  verb exhaust

verbs ENDURE => ---
  verb endure
  verb remain
  verb survive
  - obj silent => 011
  - obj pessimistic => 012:012
  - obj concerned => 012
  - obj sceptical => 012
  - obj optimistic => 013
  - obj convinced => 013
  - obj neutral => 030
  - subj ties; obj strong => 050:050
  - obj close => 050
  - obj committed => 051
  - pp:at odds => 110:110
  - obj skeptical => 110
  - obj opposed => 110
  - obj deadlocked => 120
  - obj defiant => 120
  - obj apart; pp:to peace => 124
  - obj isolated => 127
  - subj &MILITARY => 150
  - obj "in &DETENTION" => :1243
  - obj confined => :170

verbs ENJOY => ---
  verb adore
  verb enjoy
  verb love
  verb relish
  - obj "cultural ties" => 030:030
  - obj support => :050

verbs ENTER => ---
  verb enter
  - obj &NEGOTIATION => 036
  - obj talks => 046:046
  - obj &TREATY => 057:057
  - obj "demilitarized zone" => 128
  - subj &MILITARY; obj headquarters => 192
  - subj &MILITARY; pp:by force => 192
  - subj &MILITARY; obj &TOWN => 192
  - subj &MILITARY; obj &TOWN => 192
  - subj tanks => 192

verbs ERUPT => ---
  verb erupt
  - subj enmity => 110:110
  - subj revolt => 140
  - subj violence => 180
  - subj &FIGHT => 190:190
  - subj gunfire => 193
  - subj &WEAPON => 194

verbs EVACUATE => ---
  verb take flight | took taken
  verb abandon
  verb abscond
  verb defect => 120
  verb desert
  verb escape
  verb evacuate => 070
  verb flee | fled
  verb forsake | forsook forsaken
  - obj re-trial => ---
  - obj plan => ---
  - obj ship => ---
  - obj &REFUGEE => 073
  - obj families => 073
  - pp:for "medical treatment" => 074
  - subj &REFUGEE => 075
  - obj attempt => 080
  - obj headquarters => 0874
  - obj &STRONGHOLD => 0874
  - obj positions => 0874
  - obj outpost => 0874
  - obj "foreign &PEOPLE" => 160
  - obj party => 160
  - obj staff => 160
  - obj camp => 160
  - obj role => 160
  - obj embassy => 161
  - obj &CEASEFIRE => 196

verbs EVADE => ---
  verb bypass
  verb circumvent
  verb dodge
  verb duck
  verb evade
  verb hedge
  verb sidestep | sidestepping sidestepped
  verb skirt
  - obj question => 011

verbs EXHIBIT => ---
  verb brandish
  verb display
  verb exhibit
  verb flaunt
  verb present
  verb show | shown
  - obj "little sign"; pp:of fading => 012
  - obj "little fading" => 012
  - obj scepticism => 012
  - obj "no pity" => 012
  - obj "optimistic picture" => 013
  - obj progress => 013
  - pp:with signatures => 017
  - obj &PROPOSAL => 020
  - obj project => 020
  - obj plan => 020
  - obj plan => 027
  - obj letter => 040
  - obj "united front" => 050:050
  - obj credentials; pp:as ambassador => 050
  - obj cabinet => 050
  - obj letter; pp:of credence => 051
  - obj show; pp:of support => 051
  - obj prize => 051
  - obj &PROGRAM => 060
  - pp:with demands => 100
  - obj confidence; pp:against => 110
  - obj irritation => 110
  - obj evidence => 1124
  - subj protesters; obj &OPPOSITION => 141
  - obj "arrest warrant" => 173

verbs EXPERIENCE => ---
  verb experience
  verb live
  verb undergo | undergoes undergone underwent

verbs EXTEND => ---
  verb drag out | dragged dragging drug
  verb draw out | drawn drew
  verb broaden
  verb extend
  verb lengthen
  verb prolong
  - obj condolences => 018
  - obj invitation => 028
  - obj contract => 030
  - obj "olive branch" => 050
  - obj thanks => 050
  - obj congratulations => 051
  - obj support => 051
  - obj amnesty => 056
  - obj hand => 070
  - obj "economic aid" => 071
  - obj &CURRENCY => 071
  - obj loan => 071
  - obj "&MILITARY assistance" => 072
  - obj "&MILITARY presence" => 072
  - obj "&MILITARY aid" => 072
  - obj "humanitarian aid" => 073
  - obj peacekeeping => 074
  - obj &CEASEFIRE => 081
  - obj mandate => 100
  - obj &SOLUTION => 160
  - obj ban; pp:on import => 163
  - obj sanctions => 163
  - obj state; pp:of emergency => 1724
  - obj ban => 172
  - obj &DETENTION => 173
  - obj control => 192

verbs FAIL => ---
  verb break down | broke broken
  verb fail => 120
  verb falter
  - obj attempt => 121
  - subj exchange => 160
  - obj meeting => 164
  - subj talks => 164

verbs FELL => ---
  verb bring down | brought
  verb strike down | struck
  verb fall | fell
  verb topple
  - subj equities => ---
  - subj &WEAPON => 190

verbs FILE => ---
  verb file
  - obj appeal => 020
  - obj appeal => 1043
  - obj complaint => 114
  - obj claim; pp:against; next + => 115
  - obj case; pp:against => 115
  - obj case; pp:against => 115
  - obj lawsuit => 115
  - obj suit => 115
  - subj prosecutor; pp:against party => 1722
  - obj charge; pp:against => 173

verbs FINISH => ---
  verb wind down | wound
  verb wrap up | wrapped wrapping
  verb complete
  verb conclude
  verb finalize
  verb finish
  - obj deal => 030:030
  - obj coordination => 036
  - obj visit => 042:043
  - obj talks => 042:043
  - obj "trade talks" => 046:046
  - obj &TREATY => 057:057
  - obj transfer; pp:of &REFUGEE => 073
  - obj operation; pp:against => 080
  - obj evacuation => 080
  - obj handover; pp:of document => 0842
  - obj withdrawal => 0874
  - obj pullout => 0874
  - obj survey; pp:of border => 160

verbs FLY => ---
  verb airlift => 073
  verb fly | flew flown
  verb pilot
  - obj flag => ---
  - pp:to => 036
  - obj "metric tonnes" => 070
  - pp:in &CURRENCY => 071
  - obj &WEAPON => 072
  - obj "relief supplies" => 073
  - pp:for treatment => 073
  - obj &FOOD => 073
  - pp:by => 073
  - obj "spy missions" => 130
  - pp:into => 154

verbs FOIL => ---
  verb foil
  verb thwart
  - obj plot => ---
  - obj bid => 1246
  - obj "assassination attempt" => 185
  - obj "rocket attack" => 193
  - subj +; obj rocket => 193

verbs FOLLOW => ---
  verb follow
  - obj events; pp:with concern => 012

verbs FREEZE => ---
  verb freeze | froze frozen
  - obj relations => 160:160
  - obj participation => 160
  - obj aid => 162
  - obj "bank account" => 163
  - obj asset => 163

verbs FUEL => ---
  verb stir up | stirring stirred
  verb feed | fed
  verb fuel
  verb refuel
  verb stimulate
  - obj concern => 012
  - obj speculation => 138

verbs FULFILL => ---
  verb accomplish
  verb achieve
  verb fulfill
  - obj criteria => 030
  - obj recommendations => 060
  - obj request => 080

verbs HACK => ---
  verb hack
  - pp:into computer => 176
  - pp:into network => 176
  - obj computer => 176
  - obj network => 176
  - obj website => 176
  - pp:to death => 1823
  - pp:to death => 1823
  - pp:off head => 1823
  - pp:off hands => 182

verbs HIDE => ---
  verb bury
  verb conceal
  verb harbor
  verb harbour
  verb hide | hid hidden
  - obj "few illusions" => 012

verbs HURL => ---
  verb cast
  verb hurl
  verb throw | threw thrown
  - obj doubt => 012
  - obj ballot => 014
  - obj votes => 014
  - obj support; pp:behind => 051
  - obj weight; pp:behind => 051
  - obj lifeline => 070
  - obj out charges => 081
  - obj doubt; pp:over claim => 110
  - obj doubt => 110
  - obj accusation => 111
  - obj insult => 111
  - obj off deal => 120
  - obj out appeal => 121
  - obj defiance => 128
  - obj out => 160
  - pp:over meeting; obj of; next + => 161
  - obj firecrackers => 180
  - obj rocks => 180
  - obj acid => 180
  - obj stones => 182
  - obj firebombs => 183
  - obj firebomb => 183
  - obj &WEAPON => 183
  - obj &WEAPON => 183
  - obj grenade => 193

verbs IDENTIFY => ---
  verb identify
  - pp:behind kidnapping => 181
  - obj &HOSTAGE => 181

verbs IGNORE => ---
  verb defy => 120
  verb discount
  verb disregard
  verb flout
  verb ignore
  verb scoff at
  - obj "political truism" => ---
  - obj allegation => 010
  - obj criticism => 016
  - obj appeal => 122
  - obj order => 124
  - obj sanction => 128
  - obj order => 128
  - obj rule => 128
  - obj ban => 128
  - obj law => 128
  - obj decision => 160

verbs IMMIGRATE => ---
  verb immigrate
  verb migrate
  - pp:to => :075

verbs IMMOLATE => ---
  verb immolate
  - obj themselves => 140

verbs IMPLANT => ---
  verb embed | embedding embedded
  verb engraft
  verb imbed | imbedding imbedded
  verb implant
  verb plant
  - obj &WEAPON => 183

verbs INDICATE => ---
  verb indicate
  verb point
  verb signal | signalling signalled
  - obj ready => 030
  - obj time; pp:for &NEGOTIATION => 036
  - obj willingness; pp:for talks => 036

verbs INSTRUCT => ---
  verb brief
  verb instruct
  verb teach
  - pp:on operation => 064

verbs INTERCEPT => ---
  verb listen in
  verb wire *tap | tapped tapping
  verb eavesdrop
  verb intercept
  verb tap | tapped tapping
  - obj "secret project" => 091
  - obj immigrant => 170
  - obj &REFUGEE => 170
  - obj &WEAPON => 1711
  - obj vessel => 1711

verbs INVOKE => ---
  verb evoke
  verb invoke
  - obj "joint &DEFENSE &TREATY" => 062
  - obj "special clause" => 106

verbs IRON_OUT => ---
  verb iron out
  verb straighten out
  - obj &DISPUTE => 030:030

verbs JUMP => ---
  verb bound
  verb hop | hopped hopping
  verb jump
  verb leap | leapt
  verb skip | skipped skipping
  verb spring
  - obj to &DEFENSE => 018

verbs KNOCK => ---
  verb knock
  - subj "air strike"; obj out => 195

verbs KNOW => ---
  verb know | knew known
  verb understand
  verb understood
  - obj each other => 018:018

verbs LAY => ---
  verb put down | putting
  verb lay | lain laid lie
  - obj down &WEAPON => 0871
  - obj groundwork; pp:for assault => 154

verbs LIFT => ---
  verb come up | came
  verb move up
  verb arise | arose arisen
  verb elevate
  verb hoist
  verb lift
  verb rise | rose risen
  verb surface
  - obj sanction => 0351
  - obj objection => 035
  - obj curfew => 0813
  - obj curfew => 0813
  - obj state; pp:of emergency => 0814
  - obj restriction => 081
  - obj ban => 081
  - obj ban; pp:on trade => 085
  - obj sanctions => 085
  - obj sanction => 085
  - obj boycott => 085
  - obj threat => 0871
  - obj state; pp:of siege => 0872
  - obj "water blockade" => 0872
  - obj &SOLUTION => 0872
  - obj &SOLUTION => 0872
  - obj blockade => 0872
  - subj tensions => 112

verbs LOBBY => ---
  verb lobby
  - pp:for => 020
  - pp:against => 113

verbs LOCK => ---
  verb lock in
  verb lock up
  verb anchor
  verb fasten
  verb interlock

verbs LODGE => ---
  verb deposit
  verb lodge
  verb stick | stuck
  verb wedge
  - obj appeal => 020
  - obj protest => 110
  - obj complaint => 114
  - obj complaint; pp:with court => 115
  - obj appeal; pp:against sentence => 124
  - obj protest; pp:of => 140

verbs LOSE => ---
  verb drop off | dropped dropping
  verb lose
  verb losing
  verb lost
  verb mislay | mislaid
  verb misplace

verbs MAINTAIN => ---
  verb conserve
  verb keep | kept
  verb maintain
  verb preserve
  verb reserve
  verb save
  verb spare
  verb sustain
  verb uphold | upheld
  - obj silence => 011
  - obj up "reform drive" => 024
  - obj &INVESTIGATION => 050
  - obj ties => 050
  - obj "wary eye"; pp:on neighbour => 110
  - obj objection => 110
  - obj ban => 1241
  - obj sanctions => 1244
  - obj sanctions => 1244
  - obj restriction => 124
  - obj hardline => 124
  - obj position => 124
  - obj right => 130
  - obj up overflight => 154
  - subj distrust => 160:160
  - obj curfew => 1723
  - pp:in &DETENTION => 173
  - obj sentence => 173
  - obj up offensive => 190
  - obj forces => 192

verbs MAKE => ---
  verb cause
  verb induce
  verb make | made
  - obj venture visit; pp:with visit => 042:043
  - obj progress; pp:on &CEASEFIRE => 014
  - obj contribution; pp:to force => 0334
  - obj stop; pp:in => 036:036
  - obj visit => 036
  - obj trip => 036
  - obj "courtesy call" => 041:041
  - obj "brief stop" => 042:043
  - obj peace => 050
  - obj first move => 100
  - obj massive losses => 111
  - obj no concession => 124
  - obj preparation; pp:for invasion => 154
  - subj bombers; obj casualties => 195

verbs MARK => ---
  verb brand => 111
  verb differentiate
  verb distinguish
  verb label | labelling labelled
  verb mark
  verb scar | scarring scarred
  verb tag | tagged tagging
  - subj critics => 016
  - obj anniversary => 017
  - obj step => 030
  - obj begining; pp:of democracy => 035
  - obj kidnapping => 111
  - obj terrorist => 1123
  - obj "&FIGHT crim" => 1124
  - obj anniversary; pp:by protest => 141

verbs MOUNT => ---
  verb get on | gotten got getting
  verb put up | putting
  verb bestride | bestrode bestridden
  verb climb
  verb mount
  verb ride | ridden rode
  - obj attack => 190

verbs MOVE => ---
  verb act
  verb budge
  verb displace
  verb move
  verb propel | propelling propelled
  verb shift
  - pp:toward talks => 013
  - subj will not; pp:towards + => 030
  - subj +; obj closer; pp:to "relief debt" => 0331
  - subj $; pp:as &NEGOTIATOR; pp:in talk; pp:with + => 045
  - pp:as &NEGOTIATOR; next + => 045
  - obj assert close relation => 050
  - obj bolster ties; pp:with + => 050
  - pp:toward meeting; next +; obj requirement econ => 061
  - obj &REFUGEE; pp:to safety => 073
  - obj injured => 073
  - obj block => 080
  - subj inspector +; pp:into $ => 0862
  - pp:toward demobilisation => 0873
  - pp:toward demobilization => 0873
  - subj troop $; pp:toward retreat => 0874
  - subj &MILITARY; pp:to +; obj &STRONGHOLD; pp:in $ => 154
  - subj forces; pp:to border; pp:with + => 154
  - subj unit; obj close; pp:to border + => 154
  - subj troop $; obj toward; next + => 154
  - subj &MILITARY "on the" => 154
  - obj "tanks and" into => 154
  - obj troop toward; next + => 154
  - subj &MILITARY; obj to => 154
  - obj &WEAPON => 154
  - obj &MILITARY; pp:into + => 192
  - pp:into posit + => 192
  - obj troop; pp:into + => 192
  - obj into => 192

verbs NAME => ---
  verb put forward | putting
  verb appoint
  verb designate
  verb elect
  verb name
  verb nominate
  verb slate
  - obj laws => ---
  - obj &NEGOTIATOR => 039
  - obj ambassador => 050
  - obj envoy => 050
  - pp:to head => 051
  - pp:as minister => 060
  - next +; obj to head => 060
  - obj minister => 060
  - obj committee => 090
  - obj &SUSPECT => 1124

verbs OBTAIN => ---
  verb get hold of | getting gotten got
  verb acquire
  verb attain
  verb earn
  verb gain
  verb get | getting got gotten
  verb obtain
  verb procure
  verb receive
  verb win | winning won
  - obj access => ---
  - obj priority => 010
  - obj impatient => 012
  - obj permission; pp:to leave => 020
  - obj call; pp:from => 041:041
  - obj envoy => 042:043
  - pp:at residence => 043:042
  - pp:for talks => 043:042
  - obj ambassador => 043:042
  - obj ministers => 043:042
  - obj welcome => 043:042
  - obj welcome => 043:042
  - obj leader => 043:042
  - obj envoy => 043:042
  - obj authorisation => 051
  - obj backing => 051
  - obj embrace => 051
  - obj parliament => 060
  - obj "&MILITARY aid" => 072
  - obj &WEAPON => 072
  - obj shipment; pp:of &FOOD => 073
  - obj &FOOD; pp:to => 073
  - obj request; pp:for observers => :0234
  - obj invitation => :026
  - obj assurance => :030
  - obj assurance => :030
  - obj commitment => :030
  - obj grant => :033
  - obj message => :040
  - obj letter => :040
  - obj success; pp:in election => :051
  - obj support; pp:at summit => :051
  - obj "positive response" => :051
  - obj support; pp:from => :051
  - obj backing => :051
  - obj blessing => :051
  - obj backing => :051
  - obj support => :051
  - obj prize => :051
  - obj recognition; pp:from; next + => :054
  - obj treatment => :060
  - obj donations => :070
  - obj "financial support" => :071
  - obj &CURRENCY; pp:from => :071
  - obj &CURRENCY => :071
  - obj loan => :071
  - obj "&MILITARY equipment" => :072
  - obj "&MILITARY training" => :072
  - obj &AIRCRAFT => :072
  - obj fighters => :072
  - obj tanks => :072
  - obj rice => :073
  - obj "no aid" => :122
  - obj threats => :130
  - subj +; obj "death threat" => :138
  - obj "&DETENTION sentences" => :173
  - obj &DETENTION => :173
  - obj sentence => :173
  - obj "letter &WEAPON" => :183

verbs PATCH => ---
  verb patch
  - obj together &CEASEFIRE => 0356

verbs PENETRATE => ---
  verb imbue
  verb infiltrate
  verb penetrate
  verb permeate
  verb pervade
  - pp:into territory => 192
  - obj deep => 192

verbs PERFORM => ---
  verb perform
  - obj "training exercise" => 151

verbs PERPETUATE => ---
  verb carry out
  verb commit | committed committing
  verb perpetuate
  - pp:to hospital => ---
  - obj suicide => ---
  - pp:to cooperation => 030
  - obj "joint maneuvers" => 062:062
  - obj operations => 062:062
  - obj "joint &MILITARY operation" => 062
  - obj search => 090
  - obj &CRIME => 180
  - obj "human rights abuses" => 182
  - obj abuses => 182
  - obj "&MILITARY operation" => 190
  - obj operation; pp:against => 190
  - obj incursion => 190
  - obj attack => 190
  - obj raid => 190
  - subj &AIRCRAFT; obj raids => 195
  - subj &AIRCRAFT; obj raid => 195
  - obj "air strike" => 195
  - obj "air raid" => 195

verbs PERPLEX => ---
  verb bewilder
  verb complicate
  verb confound
  verb confuse
  verb muddle
  verb obscure
  verb perplex

verbs PLUNGE => ---
  verb dip | dipped dipping
  verb dive
  verb drop | dropped dropping
  verb immerse
  verb parachute
  verb plummet
  verb plunge
  - obj bombshell => ---
  - obj leaflets => ---
  - obj support => 012
  - obj propaganda => 024
  - obj food => 073
  - obj "arrest warrant" => 080
  - obj &INVESTIGATION => 080
  - obj objection => 080
  - obj warning => 080
  - obj charges => 081
  - obj case => 081
  - obj call; pp:for meeting => 120
  - obj plan => 120
  - obj fliers => 130
  - obj &WEAPON; pp:at "training range" => 150
  - obj &WEAPON => 194
  - subj &AIRCRAFT => 195

verbs PORTRAY => ---
  verb impersonate
  verb portray
  verb represent
  verb symbolize | symbolise
  verb typify

verbs POUR => ---
  verb decant
  verb pour
  verb stream
  verb swarm
  - pp:into streets => 141
  - obj tanks => 151
  - subj &MILITARY => 154

verbs PROJECT => ---
  verb envision
  verb externalise
  verb externalize
  verb picture
  verb project
  verb visualise
  verb visualize
  - obj "dismal picture" => 012

verbs PROMPT => ---
  verb actuate
  verb cue
  verb instigate
  verb motivate
  verb prompt
  verb remind
  verb spark
  verb trigger
  verb trip | tripping tripped
  - pp:about &DISPUTE => 010
  - subj &FIGHT; obj concern => 012
  - obj concern => 012
  - subj &SOLUTION; obj talk => 036
  - obj "political uncertainty" => 110
  - obj "political crisis" => 110
  - obj protests; pp:from $ => 110
  - obj &DISPUTE => 110
  - obj "police crackdown" => 175

verbs PUMP => ---
  verb pump
  - obj &CURRENCY => 071

verbs PURSUE => ---
  verb pursue
  - obj &INVESTIGATION => 090
  - obj release => 1053
  - obj release => 1053
  - obj "hunger strike" => 142
  - obj rapprochement => 160

verbs RAISE => ---
  verb nurture
  verb raise
  verb upraise
  - pp:the stakes => 012
  - obj doubt => 012
  - obj hope => 013
  - obj &CURRENCY => 0231
  - obj possibility; pp:of deal => 030
  - obj delay; pp:of trial => 0351
  - obj possibility; pp:of compromise => 035
  - obj possibility; pp:of "peace talks" => 036
  - obj possiblity; pp:of summit => 036
  - obj concerns => 040:040
  - obj &CURRENCY; pp:under auspices => 071
  - obj alarm => 080
  - obj issue => 110
  - obj possibility; pp:of sanctions => 1312
  - obj "&MILITARY alert" => 152
  - obj number; pp:of &MILITARY => 154

verbs RATCHET => ---
  verb ratchet
  - obj up pressure => 100
  - obj threat; pp:of offensive => 1384

verbs RE-ACTIVATE => ---
  verb re-activate
  verb reactivate

verbs REACH => ---
  verb reach
  - obj out => 020
  - obj out; pp:to allies => 022
  - obj "cooperation &TREATY" => 030:030
  - obj understanding => 030:030
  - obj deal => 030
  - obj "trade &TREATY" => 0311:0311
  - obj "trade deal" => 0311:0311
  - obj &TREATY; pp:with coalition => 031:031
  - obj &TREATY => 032
  - subj government; obj &TREATY => 0344
  - obj compromise => 037:037
  - obj consensus => 037:037
  - obj &TREATY => 037:037
  - obj "military &TREATY" => 062:062
  - subj "relief supplies" => 073
  - subj "&FOOD convoy" => 073
  - subj &FOOD => 073
  - subj efforts; obj "dead end" => 164
  - obj deadlock => 164

verbs REACT => ---
  verb answer
  verb react
  verb reply
  verb respond
  - obj sharply => 012
  - obj positively => 051
  - pp:with scepticism => 110
  - pp:with disbelief => 110
  - pp:with dismay => 110
  - obj warily => 110
  - obj coolly => 110
  - pp:with outrage => 111
  - pp:with anger => 111
  - obj critically => 111
  - obj furiously => 111
  - obj bitterly => 111
  - obj angrily => 111
  - obj alarm => 111

verbs REALLOCATE => ---
  verb reallocate
  - obj &CURRENCY => 071

verbs REAP => ---
  verb harvest
  verb reap
  - obj "diplomatic dividends" => 050

verbs REAPPRAISE => ---
  verb play down
  verb reappraise
  - obj concerns => 013
  - obj fears => 013
  - obj policy => 014
  - obj warning => 124
  - obj threat => 124

verbs REBURY => ---
  verb rebury
  - obj troops => 017

verbs RECALL => ---
  verb recall
  verb remember
  - obj ambassador => 161
  - obj diplomat => 161

verbs RECOVER => ---
  verb recover
  verb recuperate
  verb regain
  - obj &AIRCRAFT => 0842
  - obj &WEAPON => 1711
  - obj land => 171

verbs REDUCE => ---
  verb reduce
  - obj tension => 040
  - obj debt => 071
  - obj "&DETENTION term" => 081
  - obj &DETENTION => 081
  - obj sentences => 081
  - obj number; pp:of troops => 0873
  - obj troops => 0873
  - obj "civilian staff" => 160
  - obj "official presence" => 161
  - obj ties => 161

verbs REFUSE => ---
  verb rule out
  verb decline => 120
  verb deny
  verb refuse
  verb reject
  verb resist
  verb spurn => 110
  verb withstand | withstood
  - subj stocks => ---
  - obj price => ---
  - obj build-up => 010
  - obj comment => 011
  - obj existence; pp:of "militant bases" => 016
  - obj "obstructing efforts" => 016
  - obj "unusual activity" => 016
  - obj "secret meetings" => 016
  - obj responsibility => 016
  - obj accusations => 016
  - obj condemnation => 016
  - obj accusation => 016
  - obj involvement => 016
  - obj involvement => 016
  - obj accusation => 016
  - obj accusation => 016
  - obj allegation => 016
  - obj connection => 016
  - obj presence => 016
  - obj statement => 016
  - obj charges => 016
  - obj report => 016
  - obj report => 016
  - obj reports => 016
  - obj attack => 016
  - obj charge => 016
  - obj report => 016
  - obj report => 016
  - obj rumour => 016
  - obj claim => 016
  - obj label => 016
  - obj link => 016
  - obj plot => 016
  - obj role => 016
  - obj reduction; pp:in assisstance => 033
  - obj increase; pp:in &MILITARY => 120
  - obj announcement => 120
  - obj proclamation => 120
  - obj possibility => 120
  - obj proposition => 120
  - obj assurences => 120
  - obj permission => 120
  - obj &PROPOSAL => 120
  - obj &PROPOSAL => 120
  - obj contact => 120
  - obj &TREATY => 120
  - obj capture => 120
  - obj demands => 120
  - obj request => 120
  - obj appeal => 120
  - obj motive => 120
  - obj deal => 120
  - obj contract => 1211
  - obj "&MILITARY intervention" => 1212
  - obj cooperation => 1212
  - obj cooperation => 1213
  - obj coalition => 121
  - obj join => 121
  - obj call => 122
  - obj "political right" => 1233
  - obj permit => 1233
  - obj right => 1233
  - obj demand; pp:for autonomy => 1234
  - obj changes => 123
  - obj request => 123
  - subj court; obj appeal => 1241
  - obj bail => 1243
  - obj intervention; pp:by &PKO => 1245
  - obj possibility; pp:of &CEASEFIRE => 1246
  - obj calls; pp:for &CEASEFIRE => 1246
  - obj "political &SOLUTION" => 1246
  - obj disarmament => 1246
  - obj &CEASEFIRE => 1246
  - obj &CEASEFIRE => 1246
  - obj &CEASEFIRE => 1246
  - obj &SOLUTION => 1246
  - obj withdrawal => 1246
  - obj call; pp:for crackdown => 124
  - obj concession => 124
  - obj condition => 124
  - obj criticism => 124
  - obj demand => 124
  - obj resumption; pp:of "peace talks" => 125
  - obj resumption; pp:of talks => 125
  - obj &NEGOTIATION => 125
  - obj negotiation => 125
  - obj compromise => 125
  - obj contact => 125
  - obj meeting => 125
  - obj talks => 125
  - obj talks => 125
  - obj visit => 125
  - obj &MEDIATION => 126
  - obj "peace &PROPOSAL" => 127
  - obj initiative => 127
  - obj &SOLUTION => 127
  - obj &TREATY => 127
  - obj decision => 127
  - obj offer => 127
  - subj union; obj call => 133
  - subj hunger-striker; obj &FOOD => 143
  - obj entry => 144
  - obj access; pp:to airspace => 160
  - obj entry => 160
  - obj entry => 160
  - obj "diplomatic link" => 161
  - obj trade => 1621
  - obj "&WEAPON attack" => 190:194

verbs REGARD => ---
  verb regard
  - pp:as &CRIME => 1121
  - pp:as "human rights violation" => 1122
  - obj "human rights abuse" => 1122

verbs REGISTER => ---
  verb register

verbs REGROUP => ---
  verb regroup
  verb reorganize

verbs RELAX => ---
  verb relax
  verb unwind
  - obj rules => 081
  - obj sanctions => 085

verbs REPAIR => ---
  verb doctor
  verb fix
  verb mend
  verb reconstruct
  verb repair
  - obj ties => 050:050
  - obj relations => 050

verbs REPLACE => ---
  verb replace
  verb substitute
  verb supersede
  verb supplant
  - obj &WEAPON; pp:on alert => 152

verbs RESIGN => ---
  verb resign => 083
  verb vacate
  - obj government => 0831
  - subj minister => 0831
  - subj minister => 0831
  - obj site => 0842
  - pp:in protest => 140
  - pp:from party => 160
  - obj coalition => 160
  - obj party => 160

verbs RESORT => ---
  verb recur | recurring recurred
  verb resort

verbs RESTART => ---
  verb restart
  verb resume
  - obj preparations => 030
  - obj effort => 037
  - obj "phone consultations" => 041:041
  - obj &NEGOTIATION => 046:046
  - obj negotiation => 046:046
  - obj talks => 046:046
  - subj talks => 046:046
  - obj "peace talk" => 046
  - obj participation => 050
  - obj diplomatic => 050
  - obj relations => 050
  - obj ties => 050
  - obj cooperation => 060
  - obj flights => 060
  - obj export => 061:061
  - obj "commercial ties" => 061
  - obj airlift => 070
  - obj aid => 070
  - obj "financial assistance" => 071
  - obj lending => 071
  - pp:of &FOOD; subj delivery; next $ => 073
  - obj emergency => 073
  - obj flight => 080
  - obj import => 085
  - obj relief => 0863
  - obj "periodic review" => 090
  - obj trial => 090
  - obj "bitter attack" => 111
  - obj offensive => 138
  - obj protests => 140
  - obj crackdown => 170
  - obj "dismantling equipment" => 1712
  - obj deportation => 174
  - obj bombardment => 190
  - obj shell => 194

verbs RESTRUCTURE => ---
  verb restructure
  - obj debt => 071

verbs RETURN => ---
  verb repatriate
  verb return
  verb revert
  - pp:to barracks => ---
  - pp:to "oil market" => 0311
  - pp:from => 042:043
  - obj ambassador => 050
  - obj compliment => 051
  - subj bomber; pp:to base => 062:062
  - subj &REFUGEE => 0841
  - obj prisoners => 0841
  - obj &REFUGEE => 0841
  - obj maid => 0841
  - obj "&MILITARY &AIRCRAFT" => 0842
  - obj "medical equipment" => 0842
  - obj &AIRCRAFT => 0842
  - obj equipment => 0842
  - obj property => 0842
  - obj artwork => 0842
  - obj machine => 0842
  - subj &MILITARY; obj home => 087
  - pp:from demonstration => 141
  - obj home; pp:after evacuation => 166
  - pp:to &DETENTION => 173
  - obj immigrants => 174
  - obj fire => 190
  - subj &REFUGEE; obj home => :0841

verbs REUNIFY => ---
  verb reunify

verbs REVEAL_SIGN => ---
  verb reveal sign

verbs REVIEW => ---
  verb re-examine => 090
  verb reexamine => 090
  verb review
  - obj &PROPOSAL => 014
  - obj request => 014
  - obj aid => 014
  - obj issues => 040:040
  - obj sanctions => 090

verbs REVOKE_ => ---
  verb annul | annulling annulled
  verb cancel | cancelled cancelling
  verb countermand
  verb invalidate
  verb nullify
  verb overrule
  verb quash
  verb renege
  verb repeal
  verb rescind => 160
  verb retract
  verb reverse
  verb revoke
  verb void
  - obj construction => ---
  - obj attitude => 030
  - obj debt => 071
  - obj statement => 080
  - obj decision => 080
  - obj "visa requirement" => 0811
  - obj "&DETENTION sentence" => 081
  - obj restriction => 081
  - obj sentence => 081
  - obj ban => 081
  - obj rally => 082
  - obj ban; pp:on exports => 085
  - obj &FIGHT => 0871
  - obj ruling => 111
  - obj "withdrawal &TREATY" => 1246
  - obj &TREATY => 131
  - pp:on promise => 160
  - obj recognition => 160
  - pp:on deal => 160
  - obj petition => 160
  - obj flights => 160
  - obj licence => 160
  - obj order => 160
  - obj visit => 160
  - obj deal => 160
  - obj tour => 160
  - obj visa => 160
  - obj "planned visit" => 161
  - obj trip => 161
  - obj benefits => 162
  - obj participation; pp:in summit => 164
  - obj "peace summit" => 164
  - obj "peace talk" => 164
  - obj meeting => 164
  - obj rights => 1721

verbs RE_ADMIT => ---
  verb re-admit | re-admitted re-admitting
  verb readmit | readmitted readmitting

verbs RE_ELECT => ---
  verb re-elect
  verb reelect

verbs RE_ESTABLISH => ---
  verb re-establish
  verb re-open
  verb reestablish
  verb reinstate
  verb reopen
  verb restore
  - obj &TREATY => 030:030
  - obj "diplomatic ties" => 050
  - obj relations => 050
  - obj order => 050
  - obj unity => 050
  - obj ties => 050

verbs RISK => ---
  verb gamble
  verb risk
  - subj said violence => 012
  - subj run => 012

verbs ROAR => ---
  verb howl
  verb roar
  - subj &WEAPON => 194

verbs RUMBLE => ---
  verb rumble
  - subj tanks => 154

verbs SALVAGE => ---
  verb salvage

verbs SATISFY => ---
  verb live up to
  verb gratify
  verb satisfy
  - obj talks => 051

verbs SCHEDULE => ---
  verb schedule
  - obj meeting => 036:036
  - obj consultation => 040:040

verbs SCOUR => ---
  verb scour
  verb scrub

verbs SCRAMBLE => ---
  verb clamber
  verb scramble

verbs SCRAP => ---
  verb scrap | scrapping scrapped
  verb trash
  - obj project => 160
  - obj visit => 160
  - obj &PKO => 1661

verbs SEARCH => ---
  verb look for
  verb search for
  verb chase
  verb hunt
  verb search => 090
  verb seek | sought => 030
  verb track
  - obj re-election => ---
  - obj "invasion &SECURITY &TREATY" => 014
  - obj citizenship => 020
  - obj permission => 020
  - obj &ASYLUM => 020
  - obj extradition => 0213
  - obj &INFORMATION => 0214
  - obj clarification => 021
  - obj recognition; pp:from => 022
  - obj backing => 022
  - obj commitment => 022
  - obj support => 022
  - obj support => 022
  - obj compensation => 0231
  - obj &CURRENCY => 0231
  - obj credit => 0232
  - obj "humanitarian assistance" => 0233
  - obj donor => 023
  - obj aid => 023
  - obj help => 023
  - obj recognition => 024
  - obj release => 0253
  - obj &CEASEFIRE => 0256
  - obj talks => 026
  - obj talk => 026
  - obj "political &SOLUTION" => 027
  - obj "peaceful &SOLUTION" => 027
  - obj &SOLUTION => 027
  - obj &MEDIATION => 028
  - obj &MEDIATION => 028
  - obj office => 035
  - obj &NEGOTIATION => 036
  - obj negotiation => 036
  - obj meeting => 036
  - obj end; pp:to &DISPUTE => 037
  - obj &MEDIATION => 038
  - obj leave into; next + => 042:043
  - obj forgiveness => 055
  - obj gunmen => 060
  - pp:for &INFORMATION => 064
  - subj investigator => 090
  - pp:for men => 090
  - obj wreckage => 090
  - obj &INVESTIGATION; pp:into invasion => 093
  - pp:for arms => 093
  - obj compensation => 1031
  - obj independence => 1044
  - obj vote; pp:of "no confidence" => 113
  - obj &SUSPECT => 130
  - obj "&SUSPECT links" => 170
  - subj police; obj daily => 1721
  - obj &DETENTION => 173
  - obj sentence => 173
  - obj prisoners => 173
  - obj down => 173

verbs SELECT => ---
  verb is determined | was , be are => 030
  verb choose | chose chosen chosing
  verb cull
  verb decide => 030
  verb determine => 030
  verb opt
  verb pick
  verb select
  verb vote => 030
  - pp:for lesser => ---
  - pp:whether suspend => 014
  - pp:on changes => 014
  - obj &PROPOSAL => 014
  - pp:in favor => 031
  - pp:in election => 034
  - obj "to withdraw" => 0356
  - obj minister => 060
  - obj exempt; pp:of taxes => 071
  - obj down investigation; next + => 080
  - pp:against deploying => 080
  - pp:in favor; pp:of "constitutional amendment" => 083
  - pp:against => 110
  - pp:against => 120
  - obj down => 120
  - pp:against attending => 160
  - obj limit => 160
  - obj bar => 160
  - obj out; pp:of funding => 1621

verbs SELL => ---
  verb sell | sold
  - obj products => 061:061
  - obj "&MILITARY &AIRCRAFT" => 062:062
  - obj "&AIRCRAFT fighters" => 062:062
  - obj &WEAPON => 062:062
  - obj tank => 062:062
  - subj illegally => 128

verbs SEND => ---
  verb carry
  verb deploy
  verb reassign
  verb redeploy
  verb send | sent
  verb ship | shipping shipped
  verb shuttle
  verb transfer | transferring transferred
  verb transport
  - obj "best wishes" => 017
  - obj "trade mission" => 0311
  - obj reinforcement => 0332
  - obj warships; pp:to => 0332
  - obj &PKO => 0334:038
  - obj &MILITARY; pp:of observers => 0334
  - obj &PKO => 0334
  - obj "foreign minister" => 036
  - obj mission => 036
  - obj team => 036
  - obj message => 040
  - obj letter => 040
  - obj policymaker => 042:043
  - obj delegation => 042:043
  - obj envoy => 042:043
  - obj "new ambassador" => 050
  - obj ambassador => 050
  - obj delegation => 050
  - obj diplomat => 050
  - obj &AIRCRAFT; pp:to => 062
  - obj &MILITARY => 062
  - obj vehicles => 070
  - obj aid => 070
  - obj &CURRENCY => 071
  - obj members; pp:of battalion => 072:086
  - obj &MILITARY => 072:086
  - obj "&MILITARY advisors" => 072
  - obj "&MILITARY liaison" => 072
  - obj &AIRCRAFT => 072
  - obj &MILITARY => 072
  - obj &WEAPON => 072
  - obj "medical equipment" => 073
  - obj "humanitarian aid" => 073
  - obj "medical team" => 073
  - obj "aid workers" => 073
  - obj "medical aid" => 073
  - obj observers => 073
  - obj volunteer => 073
  - obj medical => 073
  - obj relief => 073
  - obj peacekeepers => 074
  - obj control => 080
  - obj control => 080
  - obj back "&MILITARY part" => 0842
  - obj "spy &AIRCRAFT" => 090
  - obj "warning message" => 130
  - obj message => 130
  - obj "stealth fighters" => 138
  - pp:over fear => 153
  - obj police => 153
  - obj guards; pp:on border => 154
  - obj &MILITARY => 154
  - obj militia => 154
  - obj guards => 154
  - obj arms => 154
  - obj &AIRCRAFT => 166
  - obj agents => 170
  - pp:to gallows => 173
  - obj "riot police" => 175
  - obj inside => 192
  - obj police => 192

verbs SEPARATE => ---
  verb cleave | cleft clove
  verb cut | cutting
  verb disassemble
  verb dismantle
  verb dismember
  verb dissect
  verb divide
  verb lop | lopping lopped
  verb partition
  verb separate
  verb sever
  verb shear | shorn
  verb split | splitting
  - obj "&DEFENSE spending" => ---
  - pp:through heart => ---
  - obj production => ---
  - obj deficit => ---
  - subj floods => ---
  - obj oil => ---
  - obj deal => 030
  - obj "red tape" => 081
  - obj sentence => 081
  - obj &TOWN => 0842
  - obj number; pp:of &MILITARY; pp:in => 0873
  - obj forces => 0873
  - pp:over policy => 124
  - obj cooperation => 160
  - obj ties => 160
  - obj "diplomatic relations" => 161
  - obj "diplomatic staff" => 161
  - obj "diplomatic ties" => 161
  - obj "embassy staff" => 161
  - obj loan => 1621
  - obj &CURRENCY; pp:for "peacekeeping operation" => 1623
  - obj level; pp:of aid => 162
  - obj assistance => 162
  - obj assistance => 162
  - pp:in aid => 162
  - obj supplies => 162
  - obj aid => 162
  - obj short visit => 164
  - obj short tour => 164
  - obj &PKO => 1661
  - obj observer; pp:on border => 1662
  - obj down => 194

verbs SHAKEN_UP => ---
  verb shake up | shaken

verbs SHARE => ---
  verb share
  - obj closed => ---
  - obj concern => 018
  - obj lead => 060
  - obj &EVIDENCE => 064:064

verbs SHRUG => ---
  verb shrug | shrugged shrugging
  - pp:off sanctions => 128

verbs SHUDDER => ---
  verb shudder
  - pp:under raid => :195

verbs SHUT => ---
  verb shut
  - obj down headquarters => 160
  - obj offices => 160
  - obj border => 160
  - obj diplomatic => 161
  - obj "export terminal" => 1621
  - obj down television => 1721
  - obj stations => 1721

verbs SIGN => ---
  verb sign
  - obj "trade &TREATY" => 0311:0311
  - obj "oil &TREATY" => 0311
  - obj &TREATY; pp:on &DEFENSE => 0312:0312
  - obj "&MILITARY &TREATY" => 0312:0312
  - obj "credit &TREATY" => 0331
  - obj grant => 0331
  - obj &TREATY; pp:in; pp:with => 057:057
  - obj "joint &TREATY" => 057:057
  - obj "peace &TREATY" => 057:057
  - obj "peace deal" => 057:057
  - obj "peace deal" => 057:057
  - obj declaration => 057:057
  - obj memoradum => 057:057
  - obj protocol => 057:057
  - obj &TREATY => 057:057
  - obj &TREATY => 057:057
  - obj memorandum => 057
  - obj aggrement => 057
  - obj law => 057
  - obj deal; pp:with manufacturer => 060:060
  - obj "coalition &TREATY" => 060:060
  - obj contract => 060:060
  - obj "free trade &TREATY" => 061:061
  - obj "economic &TREATY" => 061:061
  - obj "trade &TREATY" => 061:061
  - obj "loan &TREATY" => 061:061
  - obj "loan deals" => 061:061
  - subj company; obj deal => 061:061
  - obj export => 061
  - obj deal; pp:for miliary => 062:062
  - obj &MILITARY => 062:062
  - obj "&DEFENSE &TREATY" => 062
  - pp:over &CURRENCY => 071
  - pp:over loan => 071
  - obj &CEASEFIRE => 0871:0871
  - obj decree => 100

verbs SILENCE => ---
  verb hush
  verb quiet
  verb silence

verbs SLACKEN => ---
  verb slacken
  - obj "travel warning" => 160

verbs SLASH => ---
  verb cut
  verb slash
  - obj &CURRENCY; pp:from "&SECURITY package" => 1622

verbs SNARE => ---
  verb embroil
  verb enmesh
  verb ensnare
  verb entrap | entrapping entrapped
  verb immobilize
  verb mire
  verb pin | pinned pinning pent
  verb snare
  verb trap | trapping trapped
  - obj blame => 112
  - pp:in &DISPUTE => 120:120

verbs SOUND => ---
  verb sound
  verb vocalise
  verb voice
  - obj concern; pp:over => 012
  - obj concern => 012
  - obj concern => 012
  - obj alarm => 012
  - obj confidence => 013
  - obj excitement => 013
  - obj optimism => 013
  - obj hope => 013
  - obj hope => 013
  - obj sympathy => 018
  - obj regret => 018
  - obj appeal => 020
  - obj calls => 020
  - obj readiness => 033
  - obj satisfaction; pp:over extradition => 051
  - obj satisfaction => 051
  - obj confidence => 051
  - obj support => 051
  - obj support => 051
  - obj regret => 055
  - obj "strong skepticism" => 110
  - obj irritation => 110
  - obj fears => 110
  - obj unease => 110
  - obj disappointment => 111
  - obj &OPPOSITION => 111
  - obj disapproval => 111
  - obj displeasure => 111
  - obj criticism => 111
  - obj shock at => 111
  - obj outrage => 111
  - obj dismay => 111
  - obj horror => 111
  - obj alarm => 112
  - obj warning => 130
  - obj dissent => 140

verbs SPELL => ---
  verb spell
  - obj danger => 012
  - obj out plan => 014

verbs SPEND => ---
  verb spend | spent
  - obj &CURRENCY; pp:in => 071

verbs SPIRAL => ---
  verb spiral | spiralled spiralling

verbs SPRING => ---
  verb spring | sprang sprung

verbs STAKE => ---
  verb stake

verbs STAND => ---
  verb stand | stood
  - pp:at side; pp:of &FIGHT => 031
  - pp:by => 051
  - pp:by ultimatum => 139
  - subj deadline => 139
  - obj trial => :173

verbs START => ---
  verb embark on
  verb kick off
  verb open up
  verb set in motion | setting
  verb set up | setting
  verb activate
  verb begin | beginning began begun
  verb commence
  verb inaugurate
  verb initiate
  verb launch
  verb open
  verb originate
  verb pioneer
  verb relaunch
  verb reopen
  verb start
  - obj "economic reforms" => ---
  - obj assembly => ---
  - obj initiative => 014
  - obj &PROGRAM => 014
  - obj project => 014
  - obj summit => 017
  - obj "lobby mission" => 020
  - obj "action drive" => 020
  - obj campaign => 020
  - obj appeal => 020
  - obj appeal => 020
  - obj effort => 020
  - obj "diplomatic offensive" => 022
  - obj council => 022
  - obj campaign "for donations" => 023
  - obj appeal; pp:against => 0251
  - subj oil => 0311:0311
  - obj opportunities => 0311
  - obj "trade points" => 0311
  - obj pipeline => 0311
  - obj "joint &MILITARY operation" => 0312:0312
  - obj initiative => 036:036
  - obj &NEGOTIATION => 036
  - obj &NEGOTIATION => 036
  - obj mission => 036
  - obj trip => 036
  - obj blueprint; pp:for peace => 037
  - obj &NEGOTIATION => 040:040
  - obj consultation => 040:040
  - obj consultation => 040:040
  - obj &NEGOTIATION => 040
  - obj discussion => 040
  - subj congress => 040
  - obj first visit to; next + => 042:043
  - obj trip => 042:043
  - obj visit => 042:043
  - obj tour => 042:043
  - obj pilgrimage => 042
  - obj talks; pp:in; pp:with => 044:044
  - obj &MEDIATION between => 045
  - obj "peace offensive" => 045
  - obj "peace mission" => 045
  - obj "peace talk" => 045
  - obj mission => 045
  - obj "joint seminar" => 046:046
  - obj summit; pp:in => 046:046
  - obj &NEGOTIATION => 046:046
  - obj conference => 046:046
  - obj discussion => 046:046
  - obj meeting => 046:046
  - obj session => 046:046
  - obj summit => 046:046
  - obj talks => 046:046
  - obj talks => 046:046
  - obj talks => 046:046
  - obj &NEGOTIATION => 046
  - obj talks; pp:in => 046
  - obj negotiation => 046
  - obj debate on => 046
  - obj workshop => 046
  - obj meeting => 046
  - obj &PROGRAM => 046
  - obj ties => 050:050
  - obj "diplomatic mission" => 050
  - obj border => 050
  - obj "diplomatic drive" => 053
  - obj embassy => 054
  - obj "joint initiative" => 060:060
  - obj flight => 060:060
  - obj cooperat => 060
  - obj project => 060
  - obj trade => 061:061
  - obj trains; pp:from; pp:to + => 061
  - obj "gas pipeline" => 061
  - obj "gas pipeline" => 061
  - obj "joint border patrols" => 062:062
  - obj "&MILITARY college" => 062:062
  - obj "&FIGHT games" in; next + => 062:062
  - obj "joint exercise" => 062:062
  - obj "postal service" => 070
  - obj donation => 071
  - obj "humanitarian mission" => 073
  - obj airlift; pp:from; pp:to => 073
  - obj school; pp:for &REFUGEE => 073
  - obj "emergency airlift" => 073
  - obj search-and-rescue => 073
  - obj "aid &PROGRAM" => 073
  - obj hospitals => 073
  - obj clinic => 073
  - obj relief => 073
  - obj deployment; pp:of &MILITARY => 074
  - obj "peacekeeping mission" => 074
  - obj camp; pp:for &REFUGEE => 075
  - obj border => 080
  - obj border => 080
  - obj bridge => 080
  - obj way; pp:for &LEADER => 0812
  - obj reducing &MILITARY in; next + => 0873
  - obj evacuation => 0874
  - obj &INVESTIGATION => 090
  - obj &INVESTIGATION => 090
  - obj monitoring => 090
  - obj search => 090
  - obj hunt => 090
  - obj &INVESTIGATION => 091
  - obj &INVESTIGATION; pp:on "human rights" => 092
  - obj &INVESTIGATION; pp:for "&FIGHT &CRIME" => 094
  - obj uproar => 110
  - obj rift => 110
  - obj "bitter attacks" => 111:111
  - obj attack; pp:in interview => 111
  - obj attack; pp:on policies => 111
  - obj attack; pp:on policy => 111
  - obj campaign; pp:against => 111
  - obj "broadside attack" => 111
  - obj "personal attacks" => 111
  - obj "vitriolic attack" => 111
  - obj "scathing attack" => 111
  - obj attack; pp:on plan => 111
  - obj "furious attack" => 111
  - obj "bitter attack" => 111
  - obj "verbal attack" => 111
  - obj "verbal attack" => 111
  - obj "harsh attack" => 111
  - obj "sharp attack" => 111
  - obj tirade => 111
  - obj "corruption case" => 1121
  - obj "legal action" => 112
  - obj "&OPPOSITION diplomatic offensive" => 113:113
  - obj petition; pp:against => 120
  - obj debate => 130
  - obj warning => 130
  - obj "stinging attack" => 136
  - obj "civil disobedience" => 140
  - obj strike; pp:in protest => 141
  - obj "slogan against" => 141
  - obj "hunger strike" => 142
  - obj looting => 145
  - obj "early warning system" => 150
  - obj "&FIGHT game" => 150
  - obj maneuvers => 150
  - obj wargame => 150
  - obj "emergency plan" => 154
  - obj deployment => 154
  - obj bid => 160
  - obj crackdown => 170
  - obj crackdown => 170
  - obj rationing => 170
  - pp:for dissolution; pp:of party => 1722
  - obj case; pp:against party => 1722
  - subj prosecutor; obj trial => 173
  - obj evacuation => 174
  - subj "&WEAPON blast" => 183
  - obj "&MILITARY operation"; pp:in; pp:against => 190
  - obj "&MILITARY intervention" => 190
  - obj "&EVIDENCE offensive" => 190
  - obj "&MILITARY campaign" => 190
  - obj "miliary campaign" => 190
  - subj &MILITARY; obj strike => 190
  - obj counter-attack => 190
  - obj incursion => 190
  - obj incursion => 190
  - obj offensive => 190
  - obj offensive => 190
  - obj operation => 190
  - obj assault => 190
  - obj assault => 190
  - obj attack => 190
  - obj attack => 190
  - obj attacks => 190
  - obj grenades => 193
  - obj fire => 193
  - obj fire => 193
  - obj fire => 193
  - obj "&WEAPON duel" => 194:194
  - obj &WEAPON; pp:from => 194
  - obj &WEAPON; pp:from => 194
  - obj "mortar attack" => 194
  - obj "rocket attack" => 194
  - pp:with &WEAPON => 194
  - subj &WEAPON => 194
  - obj &WEAPON => 194
  - obj "air campaign"; pp:against => 195
  - subj &AIRCRAFT; obj operation => 195
  - subj &AIRCRAFT; obj attack => 195
  - subj &AIRCRAFT; obj raid => 195
  - subj &AIRCRAFT; obj fire => 195
  - obj "air strike" => 195
  - obj airstrike => 195
  - obj "air raid" => 195

verbs STAY => ---
  verb stay
  - obj out; pp:of &FIGHT => 035
  - obj away; pp:from summit => 125

verbs STEP => ---
  verb pace
  verb step | stepped stepping
  verb tread | trod trodden trodding
  - subj leader; obj aside => 0831
  - obj down => 0831
  - obj up pressure => 100
  - obj up &SECURITY => 150
  - obj up "covert operations" => 180

verbs STRAIN => ---
  verb strain
  - obj relations => 160

verbs STREAM => ---
  verb stream
  - subj &REFUGEE => 0233

verbs STRENGTHEN => ---
  verb beef up => 174
  verb build up | built
  verb fortify
  verb gird
  verb strengthen
  verb toughen
  - obj "&MILITARY fortification" => 150
  - obj &SECURITY; pp:at embassy => 153
  - pp:for &FIGHT => 154
  - obj sanctions => 163
  - obj "entry conditions" => 172
  - obj restrictions => 172

verbs STRIP => ---
  verb strip | stripped stripping
  - pp:of citizenship => 170
  - obj arms; pp:from &PKO => 180

verbs SUCCEED => ---
  verb succeed

verbs SUMMIT => ---
  verb summit
  - obj "attack policy" => 111

verbs SURGE => ---
  verb billow
  verb heave | hove
  verb surge

verbs SWOOP => ---
  verb swoop
  - obj down; pp:on protest => 175
  - pp:in raid => 190

verbs THRUST => ---
  verb thrust
  - pp:into offensive => 190

verbs TIGHTEN => ---
  verb tighten
  - obj controls => 130
  - obj &SECURITY => 152
  - obj &SECURITY => 152
  - obj "economic boycott" => 163
  - obj curfew => 1723
  - obj restrictions => 172
  - obj "visa rules" => 172
  - obj control => 172
  - obj penalt => 172
  - obj grip => 172
  - obj grip => 192

verbs TOUT => ---
  verb boast
  verb brag | bragged bragging
  verb tout
  - obj summit => 036:036

verbs TOY => ---
  verb dally
  verb fiddle
  verb manipulate
  verb play
  verb recreate
  verb toy
  verb trifle
  - obj "hard ball" => 124

verbs TRACE => ---
  verb trace
  - obj smugglers => 1121

verbs UNDERSTAND => ---
  verb understand | understood

verbs UNDERTAKE => ---
  verb attempt
  verb undertake | undertook

verbs UNIMPRESS => ---
  verb unimpress

verbs UNLEASH => ---
  verb unleash
  - obj upgrade => ---
  - obj torrent; pp:of criticism => 111
  - obj &FIGHT => 190
  - obj wave; pp:of &WEAPON => 194
  - obj "&WEAPON attack" => 194
  - obj scud => 194
  - obj airstrikes => 195

verbs UNLOAD => ---
  verb discharge
  verb unload

verbs UPGRADE => ---
  verb upgrade
  - obj "diplomatic relations" => 050
  - next +; obj mission => 050
  - obj bases => 062

verbs UTILIZE => ---
  verb carry out
  verb apply => 020
  verb employ
  verb exercise
  verb exercize
  verb implement
  verb use
  verb utilize
  verb wield
  - pp:for registration => 020
  - pp:for &ASYLUM => 0233
  - subj &REFUGEE => 0233
  - pp:for visa => 026
  - obj &TREATY => 030
  - obj "involving countries" => 0312
  - subj "&MILITARY base" => 062:062
  - obj &MILITARY => 062:062
  - obj passport => 070
  - obj &AIRCRAFT => 090
  - pp:to court => 1322
  - obj deployment => 150
  - subj &SECURITY => 150
  - obj sanction => 163
  - obj "water canon" => 175
  - obj &WEAPON => 175
  - obj "death squad" => 180
  - pp:as "human shield" => 184
  - obj armor => 190

verbs VALUE => ---
  verb treasure
  verb value
  - obj ties => 013

verbs VIOLATE => ---
  verb breach => 128
  verb violate
  - obj "demilitarised zone" => 128
  - obj arms embargo => 128
  - obj convention => 128
  - obj &SOLUTION => 128
  - obj "air space" => 150
  - obj airspace => 150
  - obj &CEASEFIRE => 196

verbs VOW => ---
  verb vow
  - obj reforms => 034
  - obj reform => 034
  - obj support => 051
  - obj &OPPOSITION => 130
  - obj resistance => 130
  - obj "cross-border attacks" => 138
  - obj revenge => 138
  - obj attack => 138

verbs WAGE => ---
  verb wage
  - obj offensive => 190
  - obj war => 190

verbs WAIT => ---
  verb wait

verbs WALK => ---
  verb walk
  - obj arm-in-arm => 050
  - obj out; pp:of dinner => 164
  - obj out; pp:of summit => 164
  - obj out; pp:of meet => 164

verbs WARM => ---
  verb warm
  - obj relations => 050

verbs WEAKEN => ---
  verb weaken
  - pp:by resignation => 160

verbs WINDING_UP => ---
  verb wind up | wound
  - obj trip => 042:043

verbs WIPE => ---
  verb wipe
  - obj feet; pp:on => 110

verbs WISH => ---
  verb wish

verbs WRITE => ---
  verb compose
  verb pen | penning penned
  verb print
  verb publish
  verb write | wrote written
  - obj denial => 016
  - obj off debt => 071
  - obj off loan => 071
  - obj condemnation => 111
  - obj &EVIDENCE => 111

verbs CIRCULATE => 010
  verb circulate
  verb diffuse
  verb dispense
  verb disperse
  verb disseminate
  verb dissipate
  verb distribute
  verb propagate
  verb scatter
  verb spread
  - obj propaganda => 053
  - obj supplies => 073
  - obj &FOOD => 073
  - obj demonstration => 170
  - obj protest => 175:145

verbs CONFER => 010
  verb confer | conferred conferring => 040:040
  verb consult => 040:040
  verb converse => 040:040
  verb discuss => 040:040
  verb speak | spoke spoken
  verb talk
  verb utter
  verb verbalise
  verb verbalize
  - pp:on draft => ---
  - obj reshuffling => 014
  - obj "air strike" => 014
  - obj decision => 014
  - obj "idea of" => 014
  - obj investment => 0311:0311
  - obj "&MILITARY cooperation" => 0312
  - obj election => 0341
  - pp:in "telephone conversation" => 041:041
  - pp:by telephone => 041:041
  - pp:in call => 041:041
  - pp:over telephone => 041
  - obj situation => 046:046
  - pp:between => 046:046
  - pp:with => 046:046
  - obj withdrawal => 046
  - obj aid => 061
  - subj walk out => 164

verbs DECREE => 010
  verb declare
  verb decree => 100
  verb ordain
  verb proclaim
  verb pronounce
  - obj emergency => 012
  - obj impossible => 012
  - obj worried => 012
  - obj satisfaction => 013
  - obj confidence => 013
  - obj legitimate => 013
  - obj hopeful => 013
  - obj victory => 013
  - obj happy => 013
  - obj mourning => 017
  - obj mourning => 017
  - obj allow => 031
  - obj willing => 036
  - obj support => 051
  - obj winner => 051
  - obj victory; pp:in election => 060
  - obj "invalid decision" => 063
  - obj democracy => 081
  - obj &CEASEFIRE => 0871:0871
  - obj &CEASEFIRE => 0871
  - obj transfer => 100
  - obj "independent state" => 1044
  - obj independence => 1044
  - obj &OPPOSITION => 110
  - obj apostate => 111
  - obj apostate => 111
  - obj unjust => 111
  - obj "no &TREATY" => 1246
  - obj curfew => 1723
  - obj state; pp:of emergency => 1724
  - obj border closed => 191

verbs EMPHASIZE => 010
  verb accentuate
  verb emphasise
  verb emphasize
  verb enunciate
  verb highlight
  verb impress
  verb pinpoint
  verb punctuate
  verb spotlight
  verb stress
  verb underline
  verb underscore
  - obj cooperation => 019
  - obj urgency => 020
  - obj need => 020
  - obj diplomacy => 022
  - obj importance; pp:in talks => 046:046
  - obj strength => 051
  - obj plight => 053
  - obj need => 100
  - obj &OPPOSITION => 110
  - obj threat => 110

verbs ESTIMATE => 010
  verb assess
  verb calculate
  verb count
  verb estimate
  verb figure
  verb gauge
  verb measure
  verb reassesment
  verb score
  verb sum
  verb tally
  verb total | totalled totalling
  - obj on => 020
  - obj impact => 090

verbs EXPLAIN_VERBAL => 010
  verb clear up
  verb announce
  verb articulate
  verb assert
  verb cite
  verb clarify
  verb comment
  verb communicate => 040
  verb convey
  verb define
  verb depict
  verb describe
  verb detail
  verb elucidate
  verb explain
  verb explicate
  verb expound
  verb express => 110
  verb impart
  verb inform
  verb mention
  verb narrate
  verb rationalize
  verb refer | referring referred
  verb remark
  verb report => ---
  verb say | said
  verb state
  verb tell | told
  - obj initiative => 010
  - obj expects; next + => 010
  - obj approach => 010
  - obj apprehension => 012
  - obj exasperation => 012
  - obj reservation => 012
  - obj impatience => 012
  - obj skepticism => 012
  - obj hostility => 012
  - obj misgiving => 012
  - obj pessimism => 012
  - obj wariness => 012
  - obj concern => 012
  - obj distress => 012
  - obj distrust => 012
  - obj surprise => 012
  - obj anxiety => 012
  - obj caution => 012
  - obj clashes => 012
  - obj concern => 012
  - obj outrage => 012
  - obj &FIGHT => 012
  - obj dismay => 012
  - obj horror => 012
  - obj threat => 012
  - obj alarm => 012
  - obj doubt => 012
  - obj fears => 012
  - obj grief => 012
  - obj shock => 012
  - obj tense => 012
  - obj fear => 012
  - obj appreciation => 013
  - obj willingness => 013
  - obj confidence => 013
  - obj readiness => 013
  - obj optimism => 013
  - obj pleasure => 013
  - obj progress => 013
  - obj relief => 013
  - obj hope => 013
  - obj hope => 013
  - obj reservation => 014
  - obj greetings => 017
  - pp:as perfidious => 018
  - obj condolences => 018
  - obj condolence => 018
  - obj sympathies => 018
  - obj sympathy => 018
  - obj sadness => 018
  - obj sadness => 018
  - obj regret => 018
  - obj sorrow => 018
  - obj determination => 019
  - obj &PROPOSAL => 020
  - obj wish => 020
  - obj willingness => 030
  - obj agree => 030
  - obj plans => 030
  - obj progress => 031
  - obj plan => 032:032
  - obj support => 032
  - obj aid => 0331
  - obj assistance => 033
  - obj package => 033
  - obj aid => 033
  - obj pullout => 0356
  - obj desire; pp:for &NEGOTIATION => 036
  - obj initiative => 036
  - obj visit => 036
  - obj message => 045
  - obj restoration; pp:of relations => 050:050
  - obj understanding => 051
  - obj satisfaction => 051
  - obj solidarity => 051
  - obj gratitude => 051
  - obj gratitude => 051
  - obj backing => 051
  - obj delight => 051
  - obj support => 051
  - obj sorry => 055
  - obj deal => 060
  - obj loans => 071
  - obj "&MILITARY support" => 072
  - obj resignation => 0831
  - obj restructuring => 083
  - obj reform => 083
  - obj release => 0841
  - obj pardon => 0841
  - obj &CEASEFIRE => 0871
  - obj withdraw => 0874
  - obj end; pp:of strike => 087
  - obj &INVESTIGATION => 090
  - obj challenge; pp:for leadership => 1041
  - obj disappointment => 110
  - pp:as disaster => 110
  - pp:as mistake => 110
  - obj &OPPOSITION => 110
  - obj disapproval => 110
  - obj displeasure => 110
  - obj frustration => 110
  - obj indignation => 110
  - obj discontent => 110
  - obj misgiving => 110
  - obj reluctance => 110
  - obj resentment => 110
  - obj mistrust => 110
  - obj fear => 110
  - obj fury => 110
  - obj dissatisfaction => 111
  - pp:as lawless => 111
  - obj condemnation => 111
  - obj detriment => 111
  - obj revulsion => 111
  - obj mistrust => 111
  - obj outrage => 111
  - subj critics => 111
  - obj shock => 111
  - obj anger => 111
  - obj scepticism => 114
  - obj retaliation => 130
  - obj measures => 130
  - obj boycott => 1312
  - obj possibility; pp:of &FIGHT => 138
  - obj offensive => 138
  - obj protest => 140
  - obj bolster force => 154
  - obj restrictions => 160
  - obj postponement; pp:of &NEGOTIATION => 161
  - obj closing; pp:of embassy => 161
  - obj &SOLUTION of trade office; next + => 1621
  - obj sanctions => 163
  - obj sanctions => 163
  - obj arrest => 173
  - obj arrest => 173
  - obj attack => 190

verbs OBSERVE => 010
  verb take note | taken took
  verb watch over
  verb note
  verb notice
  verb observe
  verb saw
  verb see | seen
  verb view
  verb watch
  verb witness
  - obj "no reason"; pp:for optimism => 012
  - obj chance; pp:for peace => 013
  - pp:no obstacle => 013
  - obj day; pp:of mourning => 017
  - obj role; pp:in peacekeeping => 0334
  - obj &CEASEFIRE => 0871
  - pp:with hostility => 110
  - obj rebuff => 110
  - obj row => 110
  - pp:as terrorist => 112
  - obj "general strike" => 143

verbs PREDICT => 010
  verb anticipate
  verb augur
  verb auspicate
  verb await
  verb envisage
  verb expect => 030
  verb forebode
  verb foresee | foresaw foreseen
  verb foreshadow
  verb foretell | foretold
  verb portend
  verb predict
  verb prefigure
  verb presage
  verb prognosticate
  - obj increase; pp:in "air strikes" => 012
  - obj &DISPUTE => 012
  - obj violence => 012
  - obj &FIGHT => 012
  - obj "new round"; pp:of diplomacy => 013
  - obj "peace talks" to begin => 013
  - obj "positive response" => 013
  - obj &NEGOTIATION => 013
  - obj recovery => 013
  - obj &TREATY => 013
  - obj ties => 030
  - obj visit => 036:036
  - pp:in; pp:for talk => 036
  - obj loan; pp:from => :0331

verbs QUOTE => 010
  verb quote
  verb reiterate
  verb restate
  verb retell | retold
  - subj media => ---
  - subj radio => ---
  - obj position => 010
  - obj view => 010
  - obj "shelling threat" => 012
  - obj willingness => 014
  - obj commitment => 030
  - obj commitment => 030
  - obj readiness => 030
  - obj desire => 030
  - obj pledge => 030
  - obj pledge => 030
  - obj plans => 030
  - obj commitment => 050
  - obj backing => 051
  - obj support => 051
  - obj claim; pp:to territory => 100
  - obj demand => 100
  - obj claim => 100
  - obj &OPPOSITION => 110
  - obj concern => 110
  - obj plan unacceptable => 111
  - pp:as cursing => 111
  - obj hostility => 111
  - obj hostility => 111
  - obj dismissal => 120
  - obj refusal => 120
  - obj warning => 130
  - obj threat => 130
  - obj demand; pp:for sanction => 1312
  - obj uprising => 133

verbs REPEAT => 010
  verb bemock
  verb copy
  verb echo
  verb imitate
  verb mimic
  verb mock => 111
  verb repeat
  - obj denial => 016
  - obj appeal => 020
  - obj offer => 020
  - obj call => 020
  - obj call; pp:for aid => 023
  - obj call on to resign; next + => 0241
  - obj desire with; pp:for talks; next + => 036
  - next +; obj calls => 051
  - subj &AIRCRAFT => 062:062 recip
  - obj dogfight => 062:062
  - obj demand that; next + => 100
  - subj $; obj &OPPOSITION to; next + => 110
  - next + => 111
  - obj allegation => 112
  - obj charge => 112
  - obj warning => 130

verbs CONCERN => 012
  verb concern
  verb involve
  - pp:in effort => 060:060
  - obj for => 060
  - pp:in &FIGHT => 190:190
  - pp:in shooting => 193

verbs WORRY => 012
  verb worried
  verb worry

verbs INTRUDE => 013
  verb intrude
  verb obtrude
  verb pry
  verb trespass
  - obj territory => 192

verbs REFUTE => 016
  verb refute
  - obj &DISPUTE; next + => 111

verbs ALLAY => 017
  verb allay
  verb comfort
  verb console

verbs APPEAL => 020
  verb appeal
  verb beg | begged begging
  verb implore
  verb plead
  verb solicit
  - obj court => ---
  - obj "not guilty" => 016
  - obj innocent => 016
  - pp:for prosecution => 0213
  - pp:for &INFORMATION => 0214
  - pp:to &PEOPLE => 021
  - pp:for rapprochement => 022
  - pp:for "&CURRENCY help" => 0231
  - pp:for "financial aid" => 0231
  - pp:for &CURRENCY => 0231
  - pp:for million => 0231
  - pp:for fund => 0231
  - pp:for reinforcements => 0232
  - pp:for &FOOD => 0233
  - subj &REFUGEE => 0233
  - pp:for &SECURITY => 0234
  - pp:to government => 0234
  - pp:for presence => 0234
  - pp:for "&FOOD and &CURRENCY" => 023
  - pp:for airlifts => 023
  - pp:for help => 023
  - pp:for help => 023
  - pp:for aid => 023
  - obj help => 023
  - pp:for "political reform" => 024
  - pp:with kidnapper => 0253
  - pp:for release => 0253
  - pp:for release => 0253
  - pp:for intervention => 0255
  - pp:for &CEASEFIRE => 0256
  - pp:for respite => 0256
  - obj &CEASEFIRE => 0256
  - pp:for end => 0256
  - pp:for restraint => 025
  - pp:for clemency => 025
  - obj sentence => 025
  - pp:for &NEGOTIATION => 026
  - obj negotiating => 026
  - pp:for &TREATY => 027
  - pp:for peace; next + => 027
  - pp:for peace => 027
  - pp:for forgiveness => 055
  - obj forgiveness => 055
  - obj acquittal => 0841
  - pp:by sentence => 1043
  - pp:for pressure => 110

verbs HOPE => 020
  verb desire
  verb hope
  - pp:for breakthrough => 013
  - pp:for peace => 013
  - pp:for => 013
  - pp:for &NEGOTIATION => 026

verbs SUGGEST => 020
  verb advise
  verb advocate
  verb counsel
  verb hint
  verb propose
  verb recommend
  verb suggest
  - obj "joint &FIGHT games" => 0212
  - obj "relief flight" => 0233
  - obj peacekeeping => 0234
  - obj deployment => 0234
  - obj &PKO => 0234
  - obj "early elections" => 0241
  - obj reforms => 024
  - obj amnesty => 0253
  - obj "u.n. mission" => 0255
  - obj cessation; pp:in &FIGHT => 0256
  - obj &CEASEFIRE => 0256
  - obj conference => 026
  - obj meeting => 026
  - obj meeting => 026
  - obj summit => 026
  - obj plan => 027
  - obj "joint study" => 030
  - obj "coalition government" => 031
  - obj &DEFENSE => 0334
  - obj resumption; pp:of aid => 033
  - obj aid => 033
  - obj resumption; pp:of talks => 034
  - obj &NEGOTIATION => 036
  - obj talk => 036
  - obj peace => 039
  - obj "no legal action" => 050
  - obj &INVESTIGATION => 091
  - obj blacklist => 110
  - obj &DISPUTE => 111
  - obj measures => 130
  - obj embargo => 1312
  - obj suspension => 131
  - obj expulsion => 131
  - pp:against travel => 160
  - obj "death penalty" => 170

verbs INTEND => 030
  verb intend
  verb mean | meant
  verb plan | planned planning
  - subj election => ---
  - subj spy; obj deal => ---
  - obj investment => 0311
  - obj "joint &MILITARY operation" => 0312
  - obj "&MILITARY aid" => 0332
  - obj emergency => 033
  - obj help => 033
  - obj "early elections" => 0341
  - obj reforms => 0344
  - obj departure; pp:from battlefield => 0356
  - obj pullout; pp:from => 035
  - obj travel; pp:to => 036
  - obj stop; pp:in => 036
  - obj summit => 036
  - obj visit => 036
  - obj talks => 036
  - obj visit => 036
  - obj deal => 036
  - obj trip => 036
  - pp:peace conference => 039
  - obj tour => 042:043
  - obj tribunal; pp:against => 090
  - obj &FIGHT => 130
  - obj cut; pp:in "economic aid" => 1311
  - obj demonstration; pp:against => 133
  - obj demonstration => 133
  - obj protest => 133
  - obj "&MILITARY action"; pp:against => 138
  - obj coup against => 138
  - obj aggression => 138
  - obj attack => 138
  - subj union; obj delay => 140
  - obj "legal action" => 173

verbs OFFER => 030
  verb offer
  verb proffer
  verb volunteer
  - obj prayer => 017
  - obj "solemn farewell" => 018
  - obj condolences => 018
  - obj respects => 018
  - obj &CURRENCY; pp:for &INFORMATION => 0214
  - obj friendship => 021
  - obj cooperation => 030
  - obj technology => 030
  - obj &PROGRAM => 030
  - obj support => 030
  - obj place => 030
  - obj help => 030
  - obj fund => 0311
  - obj "&MILITARY &TREATY" with; next + => 0312
  - obj "&SECURITY cooperation" => 0312
  - obj "&MILITARY &TREATY" => 0312
  - obj knowhow => 031
  - obj membership => 032
  - obj "economic support" => 0331
  - obj "economic aid" => 0331
  - obj &CURRENCY => 0331
  - obj credit => 0331
  - obj credit => 0331
  - obj pounds => 0331
  - obj loan => 0331
  - obj "direct &MILITARY assistance" => 0332
  - obj "&MILITARY assistance" => 0332
  - obj "&MILITARY support" => 0332
  - obj "&MILITARY base" => 0332
  - obj "&MILITARY help" => 0332
  - obj "&MILITARY aid" => 0332
  - obj armour => 0332
  - obj "medical assistance" => 0333
  - obj "requested relief" => 0333
  - obj &ASYLUM => 0333
  - obj "technical assistance" => 033
  - obj assistance => 033
  - obj &AIRCRAFT => 033
  - obj &CAR => 033
  - obj &CEASEFIRE => 0356
  - obj withdraw => 0356
  - obj compensation => 035
  - obj concessions => 035
  - obj compromise => 035
  - obj amnesty => 035
  - obj negotiation => 036
  - obj talks => 036
  - obj talks => 036
  - obj talks => 036
  - obj "reconciliation talks" => 037
  - obj reconciliation => 037
  - obj "olive branch" => 037
  - obj service "as postman" => 039
  - obj mediation => 039
  - obj "fawning coverage" => 051
  - obj criticism => 111

verbs PLEDGE => 030
  verb pledge
  verb subscribe
  - obj cooperation => 030
  - obj effort => 030
  - obj investment => 0311
  - obj "strong support" => 032
  - obj support => 032
  - obj "economic assistance" => 0331
  - obj "financial support" => 0331
  - obj "economic support" => 0331
  - obj &CURRENCY => 0331
  - obj fund => 0331
  - obj "&MILITARY support" => 0332
  - obj "humanitarian aid" => 0333
  - obj &FOOD => 0333
  - obj &PKO => 0334
  - obj survivor => 070
  - obj action; pp:against => 130
  - obj crackdown => 130
  - obj defeat => 130
  - obj boycott => 1312
  - obj resistance => 133

verbs PREPARE => 030
  verb gear up
  verb groom
  verb prepare
  verb ready
  verb train
  - obj "goodwill gesture" => 017
  - obj celebration => 017
  - obj plan => 030
  - obj "&MILITARY training" => 0312
  - obj pilots => 0312
  - obj relief => 0333
  - obj "&MILITARY peacekeeping" => 0334
  - obj help; next + => 033
  - obj "territory concession" => 0353
  - obj talk => 036:036
  - pp:for &NEGOTIATION => 036
  - obj fighter => 072
  - obj forces => 072
  - obj "camp &ASYLUM" => 073
  - obj report => 090
  - obj airstrike => 1384
  - subj forces; pp:for "&MILITARY move" => 138
  - obj "possible strikes"; pp:against => 138
  - obj incursion => 138
  - pp:for "strike to protest" => 143
  - obj "for &FIGHT" => 154
  - obj invasion => 154
  - obj evacuation; pp:of => 160
  - obj attack; pp:in => 183

verbs PROMISE => 030
  verb assure
  verb certify
  verb ensure
  verb guarantee
  verb promise
  verb vouch
  - subj campaign => ---
  - obj cooperation => 030
  - obj support => 030
  - obj help => 030
  - obj "&MILITARY flyover rights" => 0312
  - obj "full support" => 032
  - obj "economic support" => 0331
  - obj "financial aid" => 0331
  - obj &CURRENCY => 0331
  - obj "&MILITARY aid" => 0332
  - obj &SECURITY => 0332
  - obj assistance => 0333
  - obj aid => 033
  - obj operation => 0356
  - obj action; pp:against => 130
  - obj arrest => 130
  - obj hell => 130
  - obj raids => 138

verbs REVIVE => 030
  verb resurrect
  verb resuscitate
  verb revive
  - obj "peace process" => 037
  - obj pacts => 050

verbs SIGNAL => 030
  verb signal | signalled signalling
  - obj desire => 013
  - obj &OPPOSITION => 110

verbs STRIVE => 030
  verb endeavor
  verb endeavour
  verb strive | strove

verbs ARRIVE => 040
  verb approach
  verb arrive
  verb come | came => ---
  - pp:about help => 020
  - pp:to => 040
  - pp:for visit => 042:043
  - obj back => 042:043
  - subj mediators => 045
  - pp:in; pp:for consultation => 046:046
  - pp:in; pp:for summit => 046:046
  - pp:for talks => 046:046
  - pp:for talks => 046:046
  - obj summit => 046
  - pp:for "&MILITARY exercises" => 062:062
  - pp:for "&FIGHT games" => 062:062
  - subj frigate => 062:062
  - subj "&FIGHT ships" => 062
  - pp:with aid => 070
  - subj &MILITARY => 072
  - subj battalion => 072
  - subj warship => 072
  - subj carrier => 072
  - subj "relief supplies" => 073:0863
  - subj relief => 073:0863
  - subj &FOOD => 073:0863
  - pp:from; pp:with medicine => 073
  - subj &REFUGEE from +; obj in; next $ => 073
  - subj medicine => 073
  - subj medicine => 073
  - subj "&PKO &MILITARY" => 074:0861
  - subj &PKO => 0861:074
  - subj flight; pp:despite blockade => 128
  - subj evacuee => 166
  - pp:under pressure => :020
  - subj &REFUGEE => :073
  - subj &ASYLUM => :073
  - pp:under censure => :110
  - pp:under fire => :111
  - subj evacuee => :166

verbs ASSEMBLE => 040
  verb get together | gotten got
  verb amass
  verb assemble
  verb cluster
  verb conglomerate
  verb congregate
  verb conjoin
  verb constellate
  verb convene => 042
  verb converge
  verb flock
  verb gather
  verb huddle
  verb join
  verb reconvene => ---
  verb unite
  - pp:for assembly => ---
  - pp:in denying => 016
  - pp:in commemorating => 017
  - pp:for service => 017
  - subj mourners => 017
  - obj funeral => 017
  - pp:in calling => 020
  - obj "finance package" => 0331
  - obj talks => 040:040
  - pp:for meeting => 040
  - pp:for summit => 040
  - obj summit => 040
  - pp:for talks => 046:046
  - pp:for talk => 046:046
  - obj meeting => 046:046
  - obj with => 046:046
  - pp:for meeting => 046
  - pp:in condemning => 050
  - obj coalition => 050
  - obj operation => 050
  - obj celebration => 051
  - obj campaign => 051
  - pp:in rally; pp:for => 053
  - obj &TREATY => 057:057
  - obj forces => 060
  - obj "&MILITARY exercises" => 062:062
  - pp:with &MILITARY => 062:062
  - subj squadrons => 062:062
  - obj &FIGHT => 062
  - obj "&PKO operation" => 074
  - obj "peace mission" => 074
  - obj mission => 074
  - obj &PKO => 074
  - obj quest => 090
  - obj data => 090
  - obj complaint => 110
  - obj concern => 110
  - obj protest => 110
  - pp:in criticising => 111
  - pp:in criticising => 111
  - pp:in accusation => 111
  - pp:in condemning => 111
  - pp:in deploring => 111
  - obj democracy => 1413
  - subj crowd; pp:in demonstration => 141
  - pp:to demonstrate => 141
  - pp:to/for protest => 141
  - subj demonstrators => 141
  - subj workers => 141
  - obj crowd => 141
  - obj rally => 141
  - obj rally => 141
  - obj "hunger strike" => 142
  - obj "&MILITARY presence" => 154
  - obj &MILITARY => 154
  - obj attack => 190
  - subj &AIRCRAFT => 195
  - obj "illegal profit" => :1121

verbs CABLE => 040
  verb cable

verbs CONSIDER => 040
  verb consider
  verb contemplate
  verb deliberate => 014
  verb excogitate
  verb meditate
  verb mull
  verb muse
  verb ponder
  verb reason
  verb reconsider
  verb ruminate
  verb speculate
  verb think | thought
  verb weigh
  - obj unreliable => 012
  - obj urgent => 012
  - obj "&SECURITY &TREATY" => 014
  - obj "exchange &PROGRAM" => 014
  - obj "joint &FIGHT game" => 014
  - obj "&SECURITY threat" => 014
  - obj "dispatch mission" => 014
  - obj participation => 014
  - obj acquisition => 014
  - obj deployment => 014
  - obj compromise => 014
  - obj regulation => 014
  - obj &PROPOSAL => 014
  - obj &PROPOSAL => 014
  - obj &SOLUTION => 014
  - obj response => 014
  - obj building => 014
  - obj measure => 014
  - obj sanction => 014
  - obj options => 014
  - obj request => 014
  - obj appeal => 014
  - obj step => 014
  - obj plan => 014
  - obj "bus service" => 030
  - obj "&CURRENCY aid" => 0311
  - obj "&MILITARY alliance" => 0312:0312
  - obj "&FOOD asisstance" => 0333
  - obj action; pp:against => 130
  - obj imposing => 130
  - obj aid => 1311
  - obj sanctions against => 1312
  - obj embargo => 1312
  - obj strike => 131
  - obj "&MILITARY occupation" => 1382
  - obj "air raid" => 1384
  - obj &MILITARY => 1384
  - obj airstrikes => 1384
  - obj option; pp:of &MILITARY => 138

verbs GO_SOMEWHERE => 040
  verb go away | gone went goes
  verb go forth | gone went goes
  verb go to | goes went
  verb leave behind | left
  verb pull out
  verb walk out
  verb attend => 042:043
  verb depart
  verb egress
  verb embark
  verb embark
  verb go | went goes gone
  verb journey
  verb leave | left
  verb tour
  verb touring
  verb travel
  - obj down; pp:in history => ---
  - obj kentucky derby => ---
  - obj court => ---
  - obj poll => ---
  - obj commemoration => 017
  - obj inauguration => 017
  - obj ceremony => 017
  - obj funeral => 017
  - obj service => 017
  - pp:on tour; pp:to; next + => 036
  - pp:on initiative => 039
  - pp:into "emergency session" => 040
  - pp:for consultations => 042:043
  - obj summit; pp:in; pp:on => 042:043
  - pp:on tour; pp:of; next + => 042:043
  - pp:on visit => 042:043
  - obj meeting => 042:043
  - pp:on trip => 042:043
  - pp:for => 042:043
  - obj ahead; pp:with tour => 042
  - obj conference => 044:044
  - obj conference => 044
  - obj summit => 044
  - pp:on &NEGOTIATION => 046:046
  - pp:of race => 080
  - pp:of bases => 0874
  - pp:on "diplomatic offensive" => 124
  - obj demonstration => 141
  - pp:of talks => 164
  - obj &FIGHT => 190
  - pp:on trial => :173

verbs HEAR => 040
  verb find out | found
  verb hear
  verb learn
  - obj report => 090
  - obj witness => 111
  - obj appeal => :020

verbs INTRODUCE => 040
  verb acquaint
  verb innovate
  verb insert
  verb introduce
  - obj &SOLUTION => 020
  - obj amnesty => 081
  - obj proposal => 100
  - obj "censure &PROPOSAL" => 1041
  - obj embargo; pp:on arms => 163

verbs INVITE => 040
  verb ask for
  verb elicit
  verb invite
  verb reinvite
  - pp:for &NEGOTIATION => 030
  - obj fighter => 036

verbs MEET_PEOPLE => 040
  verb communicate with
  verb meet with | met
  verb run into | running ran
  verb brave
  verb confront
  verb contact
  verb encounter
  verb face
  verb interact
  verb meet | met
  - obj run-off => ---
  - obj reluctance => 012
  - obj problem => 012
  - obj coup => 012
  - pp:for help => 023
  - pp:in diplomacy => 030
  - pp:with leaders => 036:036
  - pp:for talks => 036:036
  - pp:at => 036:036
  - pp:under auspices => 038:039
  - pp:by telephone => 041:041
  - pp:under mediation => 046:045
  - obj payment => 061
  - pp:in "verbal &FIGHT" => 111
  - obj agression => 130
  - pp:by/with protests => 141
  - pp:in &DISPUTE => 190:190
  - obj calls => :020
  - obj call => :020
  - obj split => :034
  - obj court martial => :093
  - obj pressure => :100
  - obj &FIGHT => :110
  - obj criticism => :111
  - obj penalty => :112
  - obj charge => :112
  - obj threat => :130
  - obj hearing => :173
  - obj trial => :173

verbs NOTIFY => 040
  verb give notice | gave given
  verb send word | sent
  verb apprise
  verb apprize
  verb notify
  verb promulgate
  - obj dissent => 110

verbs CALL => 041:041
  verb call
  verb phone
  verb telephone
  - obj "cabinet meeting" => ---
  - obj engineer => ---
  - obj company => ---
  - obj caller => ---
  - obj powder keg => 012
  - obj troubling => 012
  - obj to congratulate => 013
  - obj partner => 013
  - obj success => 013
  - obj session => 014
  - pp:for entente => 020
  - pp:upon => 020
  - pp:for => 020
  - pp:on => 020
  - obj help => 020
  - obj end => 020
  - pp:for renewal => 021
  - pp:for ties => 022
  - pp:for troop => 0232
  - obj "humanitarian aid" => 0233
  - pp:for deployment => 0233
  - pp:to &ASYLUM => 0233
  - pp:for "&SECURITY measure" => 0234
  - pp:for protection => 0234
  - pp:for &SECURITY => 0234
  - pp:for &PKO => 0234
  - pp:for increase => 023
  - pp:for resignation => 0241
  - obj "early election" => 0241
  - pp:for elections => 0241
  - pp:for elections => 0241
  - pp:for independence => 0244
  - pp:for de-escalation => 0256
  - pp:for &CEASEFIRE => 0256
  - pp:for &CEASEFIRE => 0256
  - pp:for &SOLUTION => 0256
  - pp:for cessation => 0256
  - pp:for deadline => 0256
  - pp:for concession => 025
  - pp:for suspension => 025
  - pp:for withdrawal => 025
  - pp:for restraint => 025
  - pp:for pull-out => 025
  - pp:for &NEGOTIATION => 026
  - pp:for &NEGOTIATION => 026
  - pp:for summit => 026
  - obj visit => 026
  - pp:for resumption => 027
  - pp:for &SOLUTION => 027
  - pp:for &TOWN => 027
  - pp:for peace => 027
  - pp:for halt => 027
  - pp:for ties => 030
  - obj meeting => 036:036
  - pp:for talks => 036
  - obj meeting => 036
  - obj initiative => 037
  - pp:to press => 041
  - obj meeting => 050
  - pp:for end => 053
  - obj election => 0831
  - pp:for halt => 087
  - pp:for &INVESTIGATION => 090
  - pp:for end; pp:to operation => 1056
  - pp:for sacking => 110
  - pp:for crackdown => 111
  - obj illegitimate => 111
  - obj unjustified => 111
  - obj dictator => 111
  - obj dictator => 111
  - obj a devil => 111
  - obj monkey => 111
  - obj liar => 111
  - obj criminal => 1121
  - obj torturer => 1123
  - pp:for "international action" => 113
  - pp:for action; pp:against => 113
  - pp:for suspension => 113
  - obj untrue => 126
  - pp:for sanctions => 1312
  - pp:for sanctions => 1312
  - obj expulsion => 131
  - pp:for "suicide attack" => 1383
  - obj "&WEAPON attack" => 138
  - pp:for &FIGHT => 138
  - obj "air strike" => 138
  - obj strike; pp:for resignation => 1431
  - pp:up "&MILITARY reserve" => 153
  - obj up; pp:for service => 154
  - pp:up &MILITARY => 154
  - obj off => 160

verbs VISIT => 042:043
  verb visit
  - subj pilgrims => ---
  - obj "&MILITARY hospital" => 042
  - pp:for talks => 046:046
  - subj inspector => 090

verbs HOST => 043:042
  verb host
  - obj "&MILITARY conference" => 0332
  - obj conference &MILITARY => 0332
  - obj summit; pp:with => 036:036
  - subj will => 036:036
  - obj talks; pp:between => 039
  - obj meeting => 043:042
  - obj summit => 043:042
  - pp:by => 043:042
  - obj dinner => 043
  - obj conference => 053
  - obj "joint exercise" => 062:062

verbs AGREE => 050
  verb agree
  - pp:on importance => 019
  - pp:on need => 019
  - obj not extend deadline => 030
  - pp:to proposal => 030
  - pp:with => 030
  - pp:on trade => 0311
  - pp:to &CEASEFIRE => 0356
  - pp:on &SOLUTION => 035
  - pp:to peace &TREATY => 037:037
  - pp:to peace => 037:037
  - pp:to "peace plan" => 037
  - pp:to "early elections" => 0831
  - pp:to elections => 0831
  - pp:to inspection => 0862:090
  - obj on "&MILITARY pressure" => 138
  - pp:to sanctions => 163

verbs BARGAIN => 050
  verb bargain
  verb barter
  verb broker => 045
  verb deal | dealt
  verb haggle
  - pp:with it => ---
  - obj blow => 011
  - obj &CEASEFIRE => 045
  - pp:over compromise => 046
  - obj blow => 110
  - subj occupation; obj blow => 111

verbs COLLABORATE => 050
  verb side with
  verb ally
  verb associate
  verb collaborate
  verb concert
  verb cooperate
  - pp:on custom => 0311
  - pp:on tariff => 0311
  - pp:with &INVESTIGATION => 064
  - pp:against => 110

verbs COORDINATE => 050
  verb conform
  verb coordinate
  verb correlate
  verb harmonise
  verb harmonize
  verb integrate
  verb orchestrate
  verb organise
  verb organize
  verb synchronise
  verb synchronize
  verb unionise
  verb unionize
  - obj conference => 026
  - obj meeting => 026
  - obj efforts => 060:060
  - obj search => 060
  - obj "humanitarian trip"; pp:to => 073
  - obj evacuation => 160

verbs DISCLOSE => 050
  verb acknowledge => 015
  verb admit | admitting admitted
  verb confess
  verb confide
  verb disclose => 010
  verb divulge
  verb expose
  verb profess
  verb reveal
  verb unveil
  - pp:to hospital => ---
  - obj regulation => 010
  - obj names => 010
  - obj plan => 010
  - obj concerns => 012
  - obj crisis => 012
  - obj release => 013
  - obj plot => 015
  - obj "strategic role" => 051
  - obj forces => 051
  - pp:as member => 054
  - pp:as trade => 061
  - obj "&CURRENCY aid" => 071
  - obj refusal => 1212
  - obj chill; pp:in relations => 160
  - obj attacks => 190

verbs INFLUENCE => 050
  verb affect
  verb impact
  verb influence
  verb persuade
  verb tempt
  - subj strike; obj relief => 110

verbs REJOICE => 050
  verb exuberate
  verb exult
  verb rejoice => 050
  verb triumph

verbs SUPPORT => 050
  verb advertise
  verb advertize
  verb back
  verb endorse => 051
  verb promote
  verb support
  - pp:by "armoured cars" => ---
  - obj "&CURRENCY control" => ---
  - pp:by &AIRCRAFT => ---
  - pp:by &MILITARY => ---
  - pp:by tanks => ---
  - obj cooperation => 031
  - obj call => 032
  - obj relief => 0333
  - obj request; pp:for help => 033
  - obj talks => 036
  - obj coexistence => 050
  - obj initiative => 050
  - obj effort => 050
  - obj plan => 050
  - obj "permanent seat" => 051
  - obj "hunger strike" => 051
  - next +; obj &NEGOTIATION => 051
  - obj strenghtening => 051
  - pp:to cabinet => 051
  - obj development => 051
  - pp:in &FIGHT => 051
  - obj declaration => 051
  - obj membership => 051
  - obj withdrawal => 051
  - pp:to post => 051
  - obj &PROGRAM => 051
  - obj ambition => 051
  - obj decision => 051
  - obj decision => 051
  - obj efforts => 051
  - obj official => 051
  - obj presence => 051
  - obj comment => 051
  - obj demands => 051
  - obj threat => 051
  - obj entry => 051
  - obj plan => 051
  - obj deal => 051
  - obj plan => 051
  - obj bid => 051
  - obj &PROPOSAL => 052
  - obj agreements => 057
  - pp:by &MILITARY => 062:062
  - subj +; pp:by forces => 062:062
  - subj +; pp:by troops => 062:062
  - obj down; pp:from => 080
  - obj off; pp:from &FIGHT => 080
  - obj down => 080
  - obj off => 080
  - obj away; pp:from => 0874
  - obj out => 0874
  - obj efforts; pp:to disarm => 105
  - obj call; pp:to boycott => 113
  - obj &FIGHT; pp:against => 113
  - obj abduction => 113
  - obj away; pp:from => 120
  - obj out; pp:of summit => 125
  - obj sanctions => 1312
  - obj strike; pp:in => 1384
  - pp:for "&MILITARY response" => 138
  - obj "&MILITARY intervention" => 138
  - obj violence; pp:against => 138
  - obj protest => 141
  - subj &AIRCRAFT; pp:in skies => 195
  - pp:by &AIRCRAFT => 195

verbs ACCLAIM => 051
  verb acclaim
  verb admire
  verb applaud
  verb celebrate
  verb clap | clapping clapped
  verb commemorate
  verb commend
  verb compliment
  verb congratulate
  verb extol | extolling extolled
  verb felicitate
  verb greet
  verb greet => 050
  verb hail
  verb honor
  verb honour
  verb praise
  verb recognise
  verb recognize
  verb respect
  verb reward
  verb salute
  verb toast
  verb welcome
  - obj fall; pp:of &TOWN => ---
  - obj christmas => ---
  - obj birthday => ---
  - obj harvest => ---
  - obj "national day" => 017
  - obj independence => 017
  - obj anniversary => 017
  - obj festival => 017
  - obj newroz => 017
  - obj mass => 017
  - obj attempt => 030
  - obj offer => 030
  - obj offer => 030
  - obj call; pp:for talks => 036:036
  - obj invitation => 036
  - obj appeal => 036
  - pp:to summit => 042:043
  - obj counterparts => 043:042
  - obj visit => 043:042
  - pp:to => 043:042
  - obj delegation => 050
  - obj relations => 051:051
  - obj "bombing halt" => 051
  - obj overtures => 051
  - obj clampdown => 052
  - obj decision => 052
  - obj decision => 052
  - obj independence => 054
  - obj attack; pp:against => 110
  - obj assassination => 110
  - obj attacks; pp:on => 110
  - obj extradition => 110
  - obj strike; pp:on => 110
  - obj execution => 110
  - obj capture => 110
  - obj killing => 110
  - obj arrest => 110
  - obj defeat => 110
  - obj demise => 110
  - obj ousting => 110
  - obj strike => 110
  - obj surrender => :080
  - obj departure => :0874
  - obj withdrawal => :0874

verbs APPRECIATE => 051
  verb appreciate
  - obj assistance => 051

verbs BLESS => 051
  verb bless
  verb sanctify

verbs ENCOURAGE => 051
  verb cheer
  verb embolden
  verb encourage
  verb enliven
  verb galvanize
  verb inspire
  verb invigorate
  verb reassure
  verb revitalize
  verb rouse
  verb spur | spurred spurring
  - obj mudsling => 012
  - pp:by progress => 013
  - obj investment => 0211
  - obj discussion => 026
  - pp:of commitment => 051
  - pp:of support => 051
  - obj onslaught => 110
  - obj slaughter => 130

verbs FAVOR => 051
  verb favor
  verb favour
  verb prefer | preferred preferring
  - obj relocation; pp:of &REFUGEE => 014
  - obj &MILITARY victory => 014
  - obj evacuation => 0233
  - obj relations => 030
  - obj &TREATY => 030
  - obj force; pp:to protect => 0312
  - obj admission => 031
  - pp:holding talks => 036
  - obj &NEGOTIATION => 036
  - obj "peace deal" => 037
  - obj extradition => 110

verbs LAUD => 051
  verb exalt
  verb glorify
  verb laud

verbs LEGITIMISE => 051
  verb legitimise
  verb legitimize

verbs REASSERT => 051
  verb reassert
  - obj friendship => 051

verbs RESPECT => 051
  verb esteem
  verb prize
  verb respect
  verb value
  - obj &SOLUTION => 1312

verbs THANK => 051
  verb thank

verbs FORMALIZE => 054
  verb formalize

verbs APOLOGIZE => 055
  verb apologise
  verb apologize

verbs FORGIVE => 056
  verb forgave
  verb forgive => 056
  verb forgiven
  - obj debt => 071

verbs AID => 060
  verb aid
  verb assist => 060
  verb benefit
  verb help => 070
  verb serve
  - pp:from experience => 036
  - obj negotiate => 045
  - pp:in democracy => 050
  - pp:with &INFORMATION => 064
  - pp:in inquiries => 064
  - obj arm => 072
  - obj patients => 073
  - obj homeless => 074
  - pp:to "police &DETENTION" => 173

verbs ALLOCATE => 060
  verb allocate
  verb allot | allotted allotting
  verb apportion
  verb assign
  verb task
  - obj &CURRENCY => 071
  - obj aid => 073
  - obj &PKO => 074

verbs BOOST => 060
  verb beef up
  verb step up | stepped stepping
  verb amplify
  verb augment
  verb boost
  verb compound
  verb deepen
  verb enhance
  verb enlarge
  verb escalate
  verb exaggerate
  verb expand
  verb heighten
  verb increase
  verb intensify
  verb magnify
  verb redouble
  - obj expectation => 013
  - obj bid => 030
  - obj "economic link" => 0311
  - obj "diplomatic offensive" => 050
  - obj "diplomatic efforts" => 050
  - obj cooperation => 050
  - obj friendship => 050
  - obj relations => 060
  - obj "economic relations" => 061
  - obj exchanges => 061
  - obj "&MILITARY relations" => 062
  - obj prospects => 071
  - obj spending => 071
  - obj budget => 071
  - obj &DEFENSE => 072:072
  - obj aid => 073
  - obj peacekeeper => 074
  - obj &PKO => 074
  - obj withdrawal => 0874
  - obj &INVESTIGATION => 090
  - obj pressure => 100
  - obj pressure => 100
  - obj "verbal barrage" => 110
  - obj criticism => 111
  - obj tensions => 124
  - obj defiance => 130
  - obj patrols => 130
  - obj warning => 130
  - obj rhetoric => 132
  - obj &FIGHT => 138
  - obj &FIGHT => 138
  - obj attack => 138
  - obj attack => 138
  - obj "&SECURITY measures" => 150
  - obj firepower => 150
  - obj &SECURITY => 150
  - obj search => 150
  - obj effort => 150
  - obj alert => 150
  - obj "&MILITARY presence" => 151
  - subj police; obj &SECURITY => 151
  - obj &SECURITY => 152
  - obj "&MILITARY activity" => 154
  - obj "&MILITARY presence" => 154
  - obj "&MILITARY strength" => 154
  - obj "air campaign" => 154
  - obj &MILITARY => 154
  - subj &MILITARY => 154
  - obj crackdown => 170
  - obj assault => 180
  - obj offensive => 190
  - obj attacks => 190
  - obj drive => 190
  - obj shell => 194

verbs ENACT => 060
  verb constitute
  verb enact
  verb establish
  verb found
  verb institute
  verb re-establish
  - obj link => 030
  - obj aid fund => 0331
  - obj contact => 040
  - obj &NEGOTIATION => 046:046
  - obj ties => 050
  - obj "diplomatic representation" => 054:054
  - obj "diplomatic relations" => 054:054
  - obj "diplomatic ties" => 054:054
  - obj official ties => 054
  - obj relations => 054
  - obj self-rule => 1044
  - obj "&MILITARY outposts" => 154
  - obj guilty => 173

verbs ENLIST => 060
  verb enlist
  verb enroll

verbs FACILITATE => 060
  verb abate
  verb ameliorate
  verb appease
  verb assuage
  verb better
  verb ease
  verb expediate
  verb facilitate
  verb improve
  verb mitigate
  verb simplify
  - obj relations => 030
  - obj relations => 050:050
  - subj relations => 050
  - obj ties => 050
  - subj tensions => 080:080
  - obj restriction => 080
  - subj conditions => 080
  - obj curfew => 0813
  - obj sanctions => 085
  - obj off attacks => 087
  - obj rocket => 087

verbs GRANT => 060
  verb accord
  verb add
  verb award
  verb bequeath
  verb bestow
  verb contribute => 070
  verb donate => 070
  verb endow
  verb entrust
  verb give | gave given
  verb grant
  verb issue
  verb lend | lent
  verb loan
  verb provide
  verb supply
  - obj access => ---
  - obj "press release" => 010
  - obj &INFORMATION => 010
  - obj "no reason" => 010
  - obj statement => 010
  - obj pledge => 010
  - obj report => 010
  - obj "no further &INFORMATION" => 011
  - obj little => 012
  - pp:to "energy &SECURITY" => 013
  - obj "joint communique" => 017
  - obj "joint call"; next + => 020
  - obj appeal => 020
  - obj appeal => 020
  - obj call => 020
  - obj plea => 020
  - obj appeal; pp:for release => 0253
  - obj call; pp:for &CEASEFIRE => 0256
  - obj calls; pp:for restraint => 025
  - obj "green light" => 030
  - obj assurance => 030
  - obj go-ahead => 030
  - obj request => 030
  - obj "arms contract" => 0312:0312
  - obj license; pp:to "fighter &AIRCRAFT" => 0312
  - obj contract => 031:031
  - obj tank => 031
  - obj fighter-bomber => 0332
  - obj &AIRCRAFT => 0332
  - obj &PKO "green light" => 0355
  - obj reception => 043:042
  - obj border; pp:between => 046
  - obj restor peace; next + => 050
  - subj decision; obj power => 050
  - obj privilege => 050
  - obj "market economy" => 051
  - obj approval => 051
  - obj blessing => 051
  - obj backing => 051
  - obj support => 051
  - obj support => 051
  - obj honor => 051
  - obj medal => 051
  - obj medal => 051
  - obj recognition => 054
  - obj apology => 055
  - obj amnesty => 056
  - obj "observer status" => 060
  - obj "special status" => 060
  - obj support => 060
  - obj access => 060
  - obj detail => 060
  - obj visa => 060
  - obj authorization => 061
  - obj extension => 062
  - obj documents => 064
  - obj assistance => 070
  - obj aid => 070
  - obj thousands; pp:for damage => 071
  - obj "financial assistance" => 071
  - obj "financial support" => 071
  - obj "economic aid" => 071
  - obj &CURRENCY => 071
  - obj &CURRENCY => 071
  - obj financial => 071
  - obj thousands => 071
  - obj billions => 071
  - obj billions => 071
  - obj millions => 071
  - obj dollars => 071
  - obj million => 071
  - obj credit => 071
  - obj reform => 071
  - obj salary => 071
  - obj grant => 071
  - obj fund => 071
  - obj loan => 071
  - obj "&MILITARY &INFORMATION" => 072
  - obj "air and naval support" => 072
  - obj "&MILITARY assistance" => 072
  - obj "aerial photographs" => 072
  - pp:with &WEAPON => 072
  - pp:with &WEAPON => 072
  - obj &AIRCRAFT => 072
  - obj &MILITARY => 072
  - obj &MILITARY => 072
  - obj &SECURITY => 072
  - obj &WEAPON => 072
  - obj arms => 072
  - obj "medical equipment" => 073
  - obj "humanitarian aid" => 073
  - obj "medical aid" => 073
  - obj "&FOOD aid" => 073
  - obj vaccines => 073
  - obj vaccine => 073
  - obj tonnes => 073
  - obj tonnes => 073
  - obj &FOOD => 073
  - obj peacekeeping => 074:0861
  - obj peacekeeping => 074
  - obj "political &ASYLUM" => 075
  - obj &ASYLUM => 075
  - obj &ASYLUM => 075
  - obj up attempts => 080
  - obj permission => 080
  - obj permission => 080
  - obj back => 080
  - obj up => 080
  - obj clemency => 081
  - obj pardon => 081
  - obj bail => 081
  - obj "political right" => 0833
  - obj right => 0833
  - obj access => 0862
  - obj "sharp call" => 100
  - obj regulation => 100
  - obj warrant => 100
  - obj order => 100
  - obj statement; pp:for => 101
  - obj declaration; pp:of self-determination => 1044
  - obj denunciation => 111
  - obj attack => 111
  - obj &EVIDENCE; pp:against => 112
  - obj "defiant statement" => 114
  - obj criticism => 114
  - obj "negative response" => 120
  - obj "cold shoulder" => 120
  - obj "no troop &PKO" => 1224
  - obj warning => 130
  - obj warning => 130
  - obj threat => 130
  - obj orders => 138
  - obj "two weeks" => 139
  - obj ultimatum => 139
  - obj deadline => 139
  - next +; obj hours => 139
  - obj hours => 139
  - obj &MILITARY => 150
  - obj "&DETENTION term" => 173
  - obj "arrest warrants" => 173

verbs LINK => 060
  verb tie in | tying
  verb attach
  verb bind | bound
  verb chain
  verb connect
  verb link
  verb relate
  - obj importance; pp:to friendship => 013
  - pp:with => 0311
  - pp:to attack => 1123
  - pp:to assassination => 1124
  - obj ban; pp:to unrest => 112
  - obj riot; pp:to ban => 112
  - obj themselves => 144

verbs MERGE => 060
  verb blend
  verb coalesce
  verb combine
  verb conflate
  verb fuse
  verb merge
  verb unify

verbs OVERSEE_MANAGE => 060
  verb address => 010
  verb administer
  verb command
  verb conduct
  verb control | controlling controlled
  verb dictate
  verb direct
  verb enjoin
  verb govern
  verb handle
  verb head
  verb lead | led
  verb manage
  verb monitor => 090
  verb order => 100
  verb oversee | overseen oversaw
  verb prescribe
  verb regulate
  verb rule
  verb steer
  verb supervise
  verb supervize
  - pp:for "coalition government" => ---
  - pp:for seclusion => ---
  - pp:for climax => ---
  - obj headquarters => ---
  - pp:for home => ---
  - obj practice => ---
  - obj drugs => ---
  - pp:for crisis => 012
  - pp:for crisis => 012
  - pp:to polls => 014
  - obj ceremony => 017
  - obj to => 030
  - pp:in favour; pp:of extradition => 0313
  - obj investment => 0331
  - pp:to &PKO => 0334:0355
  - obj dispatch; pp:for victim => 033
  - obj reforms => 034
  - obj guideline => 035
  - obj delegation => 036
  - obj mission => 036
  - obj back => 040
  - pp:for visit => 042:043
  - obj back to => 042:043
  - obj summit => 042:043
  - pp:for => 042:043
  - obj envoy => 042:043
  - pp:to => 042:043
  - pp:for talks => 046:046
  - pp:into talks => 046
  - pp:in favour => 051
  - pp:for victory => 060
  - obj elections => 060
  - obj "free trade deal" => 061:061
  - obj "&DEFENSE exercise" => 062:062
  - obj "joint maneuvers" => 062:062
  - obj training => 062:062
  - obj training => 062:062
  - obj retrial => 063
  - obj distribution; pp:of aid => 070
  - obj aid => 070
  - obj deployment; pp:of &MILITARY => 072
  - obj entry; pp:of &FOOD => 073
  - pp:on mission => 073
  - obj emergency => 073
  - subj aid => 073
  - obj &PKO; pp:to remain => 074
  - obj &CEASEFIRE => 074
  - subj &REFUGEE; obj home => 080
  - pp:against banning => 0833
  - obj rights => 0833
  - obj release => 0841
  - obj release => 0841
  - obj withdrawal; pp:of $; pp:from + => 0874
  - subj tanks; obj back => 0874
  - obj sanctions => 090
  - obj activity => 090
  - obj election => 090
  - obj search => 090
  - obj study => 090
  - obj "criminial &INVESTIGATION" => 091
  - obj &INVESTIGATION => 091
  - obj situation => 092
  - obj "&MILITARY &INVESTIGATION" => 093
  - obj withrawal; pp:of troop => 093
  - obj &INVESTIGATION => 1014
  - obj investigate => 1014
  - obj inquiry => 1014
  - obj seizure; pp:of assets => 101
  - obj &CEASEFIRE => 1056
  - obj guilty; pp:of torture => 1122
  - obj "badly treated" => 1122
  - obj attack => 113
  - pp:against religion => 1233
  - pp:for confrontation => 124
  - pp:to shoot => 137
  - obj assassination => 138
  - obj attack => 138
  - obj "amphibious exercises" => 150
  - obj "&MILITARY exercises" => 150
  - obj "&SECURITY force" => 150
  - obj "&FIGHT games" => 150
  - obj police => 152
  - obj deployment; pp:of "&SECURITY forces" => 154
  - obj "more &MILITARY" => 154
  - subj tank; obj towards => 154
  - obj sacking => 160
  - obj representatives; pp:to return => 161
  - obj removal; pp:of ambassador => 161
  - obj ambassador; pp:to return => 161
  - obj diplomat; pp:to close => 161
  - obj diplomat; pp:to leave => 161
  - pp:to close => 161
  - obj boycott => 163
  - pp:into deadlock => 164
  - pp:for deadlock => 164
  - obj evacuation => 166
  - obj crackdown => 170
  - obj crackdown => 170
  - obj seizure; pp:of land => 1711
  - obj confiscation => 1721
  - obj &SOLUTION => 1721
  - obj broadcast => 1721
  - obj suspension; pp:of activities => 172
  - obj &SOLUTION; pp:of airport => 172
  - obj &SOLUTION; pp:of offices => 172
  - obj "special permission" => 172
  - obj universities => 172
  - obj airport => 172
  - pp:to remain; pp:in &DETENTION => 173
  - obj raid; pp:under curfew => 173
  - obj &DETENTION => 173
  - obj arrest => 173
  - obj officers; pp:to leave => 174
  - obj out; pp:of country => 174
  - pp:to leave => 174
  - obj expulsion => 174
  - obj expulsion => 174
  - obj eviction => 174
  - pp:for attack => 190
  - obj operation => 190
  - obj land => 192

verbs TRADE => 060
  verb exchange
  verb swap | swapping swapped
  verb trade
  - obj from to; next $; next + => 0311
  - obj pledges => 031
  - pp:over lunch => 040:040
  - obj messages => 040:040
  - obj ideas => 046:046
  - obj views => 046
  - obj ambassadors => 054:054
  - obj concession => 080:080
  - obj prisoners => 0841:0841
  - obj prisoners => 0841:0841
  - obj bitter words => 111:111
  - obj accusations => 112:112
  - obj accusation => 112:112
  - obj attacks => 190:190
  - obj gunshots => 190
  - obj "mortar fire" => 193:193
  - obj gunfire => 193:193
  - obj mortars => 193:193
  - obj shots => 193:193
  - obj fire => 193:193
  - subj &WEAPON => 194:194
  - obj &WEAPON => 194:194
  - subj rockets => 194:194

verbs FINANCE => 061
  verb pay for | paid
  verb bankroll
  verb finance
  verb fund
  verb invest
  verb pay | paid
  verb sponsor
  verb underwrite | underwrote underwritten
  - obj dividends => ---
  - obj condolence => 017
  - obj farewell => 017
  - obj respects => 017
  - obj homage => 017
  - obj respect => 017
  - obj tribute => 017
  - obj trip => 042:043
  - obj visit => 042:043
  - obj talks => 045
  - pp:in "joint venture" => 061
  - obj &CURRENCY => 061
  - pp:in development => 071
  - obj &FIGHT => 072
  - obj attack => 072
  - pp:for "humanitarian aid" => 073
  - obj ransom => 080
  - obj compensation => 0842
  - obj compensation => 0842

verbs IMPORT => 061
  verb import
  - obj from => 061
  - obj &WEAPON => 150:150

verbs PURCHASE => 061
  verb buy | bought
  verb compensate => 114
  verb purchase
  - obj &WEAPON => 062:062
  - obj &AIRCRAFT => 062

verbs ARM => 062
  verb arm
  verb attire
  verb equip | equipping equipped
  verb furnish
  verb gear
  verb outfit
  verb render
  verb stock
  verb tender

verbs EXTRADITE => 063
  verb extradite => 063
  - obj &SUSPECT => 063
  - obj militant => 063

verbs INTERVENE => 070
  verb step in | stepped stepping
  verb interfere
  verb intervene
  - obj to calm => 013
  - pp:in &DISPUTE => 045
  - obj militarily => 190

verbs STABILISE => 070
  verb stabilise
  verb stabilize
  - obj economy => 071

verbs RESCUE => 073
  verb rescue
  - obj "peace process" => 045

verbs DEFEND => 074
  verb look after
  verb defend
  verb guard
  verb protect
  verb safeguard
  verb shelter => 075
  verb shield
  verb tend
  verb ward
  - obj &FIGHT => 010
  - obj tax => 0211
  - pp:against accusation => 052
  - pp:against criticism => 052
  - obj destruction => 052
  - obj decision => 052
  - obj comment => 052
  - obj meeting => 052
  - obj right => 052
  - obj from => 052
  - obj plan => 052
  - obj raid => 052
  - obj ban => 052
  - obj terminal => 060
  - obj crackdown => 110
  - obj killing => 110
  - obj ban => 113
  - obj boycott => 124
  - pp:by &MILITARY => 150
  - pp:amid protest => 152
  - obj &TOWN => 152

verbs ABANDON => 080
  verb abandon
  - obj re-trial => ---
  - obj plan => ---
  - obj ship => ---
  - obj attempt => 080
  - obj &STRONGHOLD => 0874
  - obj policy => 100
  - obj party => 160
  - obj role => 160
  - obj &CEASEFIRE => 196

verbs ABSOLVE => 080
  verb absolve

verbs ABSTAIN => 080
  verb abstain
  - pp:from violence => 087

verbs ALLOW => 080
  verb go by | went goes gone
  verb go through | went goes gone
  verb allow
  verb approve
  verb authorise
  verb authorize
  verb clear
  verb consent
  verb countenance
  verb empower
  verb enable
  verb legislate
  verb pass
  verb permit | permitted permitting
  verb ratify
  verb tolerate
  verb verify
  - obj budget => ---
  - obj away => ---
  - obj withdrawal => 010
  - obj &SOLUTION => 010
  - obj &PROPOSAL => 030
  - obj decision => 030
  - obj plan => 030
  - obj "common tariff" => 0311:0311
  - obj "free-trade &TREATY" => 0311
  - obj investment => 0311
  - obj transfer => 0311
  - obj loan => 0311
  - obj sale => 0311
  - obj "joint &DEFENSE &TREATY" => 0312
  - obj purchase; pp:of fighters => 0312
  - obj &TREATY => 031:031
  - obj contract => 031
  - obj "&CURRENCY credit" => 0331
  - obj "&CURRENCY aid" => 0331
  - obj &CURRENCY => 0331
  - obj dispatch; pp:of &MILITARY => 0332
  - obj "troop deployment" => 0332
  - obj relief => 0333
  - obj deployment => 0334
  - obj &PKO => 0334
  - obj grant => 033
  - obj deployment; pp:of &PKO => 034
  - obj &CEASEFIRE => 0356
  - obj talks => 036
  - obj plan; pp:for peace => 037
  - obj "peace plan" => 037
  - obj terms; pp:for membership => 050
  - obj conditions; pp:of talks => 050
  - obj vote; pp:of confidence => 051
  - obj "support effort" => 051
  - obj "bill support" => 051
  - obj &PROPOSAL => 051
  - obj request => 051
  - obj deal => 051
  - obj &TREATY => 057:057
  - obj &TREATY => 057
  - obj "new government" => 060
  - obj candidacy => 060
  - obj cabinet => 060
  - obj contract => 061
  - obj purchase; pp:of tank => 062:062
  - obj extradition => 063
  - obj aid => 070
  - obj "humanitarian aid" => 073
  - obj "battalion patrol" => 074
  - obj "&REFUGEE status" => 075
  - pp:into &TOWN => 080
  - pp:of charges => 080
  - pp:of funding => 080
  - obj &AIRCRAFT => 080
  - obj traffic => 080
  - obj into => 080
  - obj publication; pp:of newspaper => 0811
  - obj return; pp:of expatriate => 0811
  - pp:into country => 0811
  - obj publication => 0811
  - obj television => 0811
  - obj "political party" => 0812
  - obj tourist => 081
  - obj "constitutional amendment" => 0834
  - obj "democracy reforms" => 0834
  - obj amendment => 083
  - obj reforms => 083
  - obj home => 084
  - subj agree $; next +; obj inspect => 0862
  - obj evacuation => 0874
  - obj claim => 1031
  - obj dismissal => 110
  - obj "possible strike" => 130
  - obj "air strike" => 1384
  - obj "&EVIDENCE operation" => 138
  - obj "&MILITARY action" => 138
  - subj parliament; obj "early election" => 160
  - subj parliament; obj poll => 160
  - obj ban => 172
  - obj "death sentence" => 173
  - obj sentence => 173
  - obj &TOWN => 174

verbs COMPROMISE => 080
  verb hash out
  verb settle on
  verb talk over
  verb arbitrate
  verb compromise
  verb conciliate
  verb intercede
  verb intermediate
  verb mediate
  verb negotiate
  verb resettle
  verb resolve
  verb settle
  - pp:over visit => 036
  - obj &DISPUTE => 039
  - pp:between => 045
  - obj deadlock => 045
  - pp:with => 050:050
  - obj &DISPUTE => 050
  - obj crisis => 050
  - pp:for business => 061:061
  - obj "credit &DISPUTE" => 061
  - obj issue => 082
  - obj release => 0831

verbs LOOSEN => 080
  verb disentangle
  verb loosen
  verb relax
  verb tease
  verb undo | undone undid
  verb untie | untying
  - obj restriction => 081

verbs PARDON => 080
  verb pardon
  - obj &HOSTAGE => 0841

verbs RELEASE => 080
  verb set free | setting
  verb emancipate
  verb free
  verb liberate
  verb release => 084
  verb unloose
  - obj identities => ---
  - obj recording => ---
  - obj election => ---
  - obj migrant => ---
  - obj report => ---
  - obj polls => ---
  - obj statement => 010
  - obj statement => 010
  - obj impossible => 012
  - obj "peace &PROPOSAL" => 027
  - obj credit => 061
  - obj &INFORMATION => 064
  - obj documents => 064
  - obj evidennce => 064
  - obj name => 064
  - obj aid => 070
  - obj "&DETENTION guards" => 0841
  - pp:from &DETENTION => 0841
  - subj gunmen; obj &HOSTAGE => 0841
  - obj kidnapped => 0841
  - obj prisoners => 0841
  - obj &HOSTAGE => 0841
  - obj activist => 0841
  - obj officers => 0841
  - obj &PEOPLE => 0841
  - obj convict => 0841
  - subj court => 0841
  - obj woman => 0841
  - obj fund => 085
  - obj criticism => 111
  - obj fury => 111

verbs RETREAT => 080
  verb back down
  verb draw back | drawn drew
  verb get out | getting gotten got
  verb pull back
  verb pull out
  verb detach
  verb disconnect
  verb disengage
  verb recede
  verb retire
  verb retract
  verb retreat
  verb withdraw | withdrew
  - pp:from race => ---
  - obj "civilian staff" => 073
  - pp:from highway => 0874
  - pp:from border => 0874
  - obj paratroopers => 0874
  - obj &MILITARY => 0874
  - subj &MILITARY => 0874
  - obj &MILITARY => 0874
  - obj &WEAPON => 0874
  - obj &WEAPON => 0874
  - obj from; next + => 0874
  - obj troop => 087
  - obj passports => 160
  - pp:from coalition => 161
  - pp:from &TREATY => 161
  - obj participation => 161
  - obj ambassador => 161
  - obj diplomat => 161
  - obj reserve; pp:from bank => 1621
  - pp:from manoeuvres => 1622
  - pp:from "relief project" => 162
  - obj "aid package" => 162
  - obj donation => 162
  - obj offer => 162
  - pp:from "diplomatic efforts" => 164
  - obj delegation => 164
  - obj "peacekeeping forces" => 1661
  - obj &PKO => 1661
  - obj advisor => 1662

verbs SUBMIT => 080
  verb abide by
  verb conform to
  verb abide
  verb accede
  verb acquiesce
  verb bide
  verb comply => 030
  verb fill
  verb obey
  verb satify
  verb submit | submitted submitting
  - obj &PROPOSAL => 020
  - obj petition => 020
  - obj paper => 020
  - obj &SOLUTION => 030
  - obj "constitutional amendment" => 0344
  - obj "legal amendment" => 034
  - obj legislation => 034
  - obj &PROPOSAL => 035
  - obj force => 080
  - obj resignation => 0831
  - obj "censure &PROPOSAL" => 113
  - obj &EVIDENCE => 130
  - obj "no-confidence &PROPOSAL" => 160
  - obj charge; pp:against &PEOPLE => 173
  - obj arrest => 173
  - obj torture => 1822

verbs UNBLOCK => 080
  verb unblock
  - subj force => 0872

verbs YIELD => 080
  verb drop out | dropped dropping
  verb give in | gave given
  verb give up | gave given
  verb bow
  verb capitulate
  verb cede
  verb concede => 080
  verb concession
  verb forswear | forsworn forswore
  verb relinquish => 080
  verb renounce => 110
  verb succumb
  verb surrender => 080
  verb waive
  verb yield => 080
  - obj out; pp:of race => ---
  - obj head => ---
  - obj &SOLUTION => 080
  - obj to police => 080
  - obj arms => 0842
  - obj sanction => 085
  - obj ban => 085
  - obj &WEAPON => 0873
  - subj &MILITARY => 0874
  - subj division => 0874
  - subj soldier => 0874

verbs ACQUIT => 081
  verb absolve
  verb acquit | acquitted acquitting
  verb exculpate
  verb exonerate => 081
  verb vindicate
  - pp:by => 080

verbs DECLASSIFY => 081
  verb declassify

verbs LEGALISE => 081
  verb decriminalise
  verb decriminalize
  verb legalise
  verb legalize

verbs INSPECT => 090
  verb look over
  verb analyse
  verb ascertain
  verb audit
  verb check
  verb examine
  verb explore
  verb inspect
  verb research
  verb study
  - obj "new investment" => 014
  - obj ways => 014
  - obj &INFORMATION => 090
  - obj &MILITARY => 093

verbs INVESTIGATE => 090
  verb investigate
  - obj incident => 090
  - obj killings => 090
  - obj killing => 090
  - obj report => 090
  - obj fraud => 091
  - obj slavery => 092
  - obj clashes => 093
  - obj massacre => 094

verbs PROBE => 090
  verb glance over
  verb comb
  verb dig | dug digging
  verb mine
  verb probe
  verb rake
  verb scan | scanned scanning
  verb scrutinize
  verb skim | skimmed skimming
  verb sweep | swept
  verb unearth
  - pp:for mines => 073
  - pp:into => 090
  - obj murder => 090
  - obj "government accounts" => 091
  - subj "fighter &AIRCRAFT" => 1384
  - obj area => 150
  - subj &AIRCRAFT; obj low => 151
  - obj &TOWN; pp:in crackdown => 170
  - pp:through villages => 190

verbs DEMAND => 100
  verb adjure
  verb bid | bade bidding
  verb campaign
  verb clamor
  verb clamour
  verb crusade
  verb demand
  verb entreat
  verb exhort
  verb necessitate
  verb need
  verb press
  verb push
  verb want => 030
  - obj divorce => ---
  - obj farewell => 017
  - obj efforts => 020
  - obj &SECURITY => 0212
  - obj &DEFENSE => 0212
  - obj creation; pp:of tribunal => 0213
  - obj investigate => 0214
  - obj &EVIDENCE => 0214
  - obj clarification => 021
  - obj cooperation => 022
  - obj cooperation => 022
  - obj support => 022
  - obj cancellation; pp:of debt => 0231
  - obj &CURRENCY => 0231
  - obj &PKO => 0234
  - obj help => 023
  - obj aid => 023
  - obj elections => 0241
  - obj change; pp:in policy => 0242
  - obj "human rights" => 0243
  - obj "fair trial" => 0243
  - obj democratization => 0244
  - obj democratisaton => 0244
  - obj release; pp:of prisoners => 0253
  - obj support; pp:for &CEASEFIRE => 0256
  - pp:for ceasefire => 0256
  - obj refrain attack => 0256
  - obj withdraw => 025
  - obj refrain => 025
  - obj talks => 026
  - obj &SOLUTION => 027
  - obj &TREATY => 027
  - obj &TOWN => 027
  - obj peace => 027
  - obj "closer tie" => 030
  - obj trade => 0311
  - pp:for constitution => 0344
  - obj &NEGOTIATION => 036
  - obj summit => 036
  - obj talks => 036
  - obj "peace effort" => 037
  - pp:for access => 040
  - obj retribution; pp:for shooting => 053
  - obj world => 053
  - obj explanation => 090
  - obj action; pp:against => 100
  - obj extradition => 100
  - obj resignation => 100
  - obj trial => 1013
  - pp:for &INVESTIGATION => 1014
  - obj &INVESTIGATION => 1014
  - obj explanation => 101
  - obj &SOLUTION => 101
  - obj compensation => 1031
  - obj assets => 1031
  - obj &ASYLUM => 1033
  - obj protectorate => 1034
  - obj election => 1041
  - obj rights => 1043
  - obj right => 1043
  - obj "constitutional change" => 1044
  - obj self-determination => 1044
  - obj autonomy => 1044
  - pp:on issues => 104
  - obj release; pp:of => 1053
  - obj release => 1053
  - obj end; pp:to offensive => 1056
  - obj withdrawal => 1056
  - obj &CEASEFIRE => 1056
  - obj withdrawal => 1056
  - pp:for compromise => 105
  - obj withdrawal => 105
  - obj meeting => 106
  - obj talks => 106
  - pp:against => 110
  - obj cancellation; pp:of &TREATY => 123
  - obj to act => 124
  - obj measures; pp:against => 130
  - obj sanctions => 1312
  - obj boycott => 1312
  - obj boycott => 1312
  - obj counter-attack => 138
  - obj attack => 138
  - subj protest; obj resignation => 1411
  - subj protester; obj removal => 1412
  - pp:at rally => 141
  - subj fighter; pp:toward => 154
  - obj ahead => 170
  - subj prosecutor; obj &DETENTION => 173
  - subj prosecutor; obj sentence => 173
  - obj "death penalty" => 173
  - obj &DETENTION => 173
  - obj fugitive => 173
  - obj charges => 173
  - pp:out => 174
  - obj ransom => 181
  - obj ransom => 181
  - obj counter-offensive; pp:against => 190
  - obj on => 190
  - pp:into => 192
  - obj offensive; pp:against => 195

verbs INSIST => 100
  verb insist
  - pp:on return; pp:of &REFUGEE => 1033

verbs ALLEGE => 110
  verb allege
  verb aver | averred averring
  verb avow
  verb claim
  verb swear | swore sworn
  - obj success => 013
  - obj victory => 013
  - obj responsibility => 015
  - obj bombing => 015
  - obj killing => 015
  - obj massacre => 015
  - obj attack => 015
  - obj victory; pp:in elections => 060
  - obj compensation; pp:for invasion => 1031
  - obj damages => 1031
  - obj victory against; next + => 111
  - obj "human rights abuse" => 1122
  - obj insurgents => 112
  - obj plot => 112
  - obj kidnapping => 181

verbs CURSE => 110
  verb blaspheme
  verb curse

verbs DESPAIR => 110
  verb despair

verbs DISAPPROVE => 110
  verb decry
  verb disapprove

verbs DISMAY => 110
  verb disappoint
  verb discourage
  verb dishearten
  verb dismay
  verb sadden
  - pp:by "broken promises" => 111

verbs DISTRUST => 110
  verb distrust
  verb doubt => 012
  verb oppugn
  verb suspect
  - obj "secret &PROGRAM" => 110
  - pp:of stealing => 1121
  - pp:of fraud => 1121
  - pp:of attack => 1123
  - pp:of treason => 1125
  - pp:of cooperation => 112

verbs LAMENT => 110
  verb cry
  verb grieve
  verb lament
  verb mourn
  verb wail
  verb weep | wept
  verb whine
  - obj failure => 012
  - obj death => 017
  - obj dead => 017
  - obj slaughter => 111
  - obj speech => 111

verbs REBUFF => 110
  verb rebuff
  verb slight
  verb snub | snubbing snubbed => 111
  - obj demand => 123
  - obj "peace talk" => 125
  - obj offer => 125
  - obj "international embargo" => 128

verbs REGRET => 110
  verb regret
  - obj offenc => 055

verbs VERBAL_CONFLICT => 110
  verb argue
  verb bemoan
  verb challenge
  verb compete
  verb complain => 114
  verb contend
  verb contest
  verb contradict
  verb contrast
  verb contravene
  verb counter
  verb counterbalance
  verb debate => 040
  verb differ
  verb disagree
  verb dispute
  verb dissent
  verb object => 120
  verb oppose
  verb protest => 140
  verb refute
  verb wrangle
  - pp:about pain => ---
  - obj election => ---
  - obj innocence => 016
  - obj action; pp:against => 030
  - subj cloak => 030
  - obj sanctions => 040
  - pp:against discrimination => 050
  - obj policy; pp:against => 050
  - pp:about decision => 051
  - obj expulsion => 051
  - obj sanctions => 052
  - pp:against &DETENTION => 053
  - pp:against sentence => 053
  - pp:in support => 053
  - obj &DETENTION => 053
  - obj arrest => 053
  - pp:for leadership => 1041
  - pp:against move => 110
  - pp:on &PROPOSAL => 110
  - obj credentials => 110
  - pp:in election => 110
  - obj creation => 110
  - obj expulsion => 110
  - obj campaign => 110
  - obj decision => 110
  - obj transfer => 110
  - obj &CRIME => 110
  - obj &CRIME => 110
  - obj release => 110
  - obj about => 110
  - obj claim => 110
  - obj claim => 110
  - obj conviction; pp:in court => 111
  - obj "nuclear &PROGRAM" => 111
  - pp:over restriction => 111
  - pp:over shooting => 111
  - pp:over attack => 111
  - pp:over death => 111
  - obj supremacy => 111
  - obj campaign => 111
  - obj execution => 111
  - obj takeover => 111
  - obj comment => 111
  - obj claim => 111
  - obj denial => 111
  - obj remark => 111
  - obj visit => 111
  - obj bias => 111
  - obj bill => 111
  - pp:over "travel restriction" => 114
  - obj decision => 114
  - obj strongly => 114
  - subj official => 114
  - obj "official response" => 120
  - obj &PROPOSAL => 120
  - obj &SOLUTION => 120
  - obj accession => 120
  - obj ultimatum => 120
  - obj validity => 120
  - obj reports => 120
  - obj move => 120
  - obj &CEASEFIRE => 1246
  - pp:against easing => 124
  - subj rebels; obj talks => 125
  - obj negotiation => 125
  - obj talks => 125
  - obj plan => 127
  - obj sanction => 128
  - obj embargo => 128
  - subj boost => 130
  - obj for to leave; next + => 1414
  - obj peacefully => 141
  - obj &FIGHT => 141
  - pp:on &CEASEFIRE => 160

verbs DISGRACE => 110
  verb debase
  verb defile
  verb degrade
  verb disgrace
  verb humble
  verb humiliate

verbs DENIGRATE => 111
  verb belittle
  verb denigrate
  verb impugn
  verb malign
  verb slander

verbs DENOUNCE => 111
  verb dress down
  verb admonish
  verb berate
  verb cane => 180
  verb castigate
  verb censure
  verb chasten
  verb chastise
  verb chide
  verb criticise
  verb criticize
  verb denounce
  verb deride
  verb disparage
  verb flog | flogging flogged => 180
  verb lambaste
  verb lecture
  verb rebuke
  verb remonstrate
  verb reprimand
  verb reproach
  verb reprobate
  verb ridicule
  verb scold
  verb scorn
  - obj accusation => 016
  - obj &DETENTION => 052
  - obj dissolution => 053
  - obj kidnapping => 053
  - obj sanctions => 053
  - pp:for violating => 1122
  - pp:as terrorism => 1124

verbs DEPLORE => 111
  verb lash out
  verb abhor | abhorred abhorring
  verb deplore

verbs JEER => 111
  verb jeer
  verb scoff

verbs SAVAGE => 111
  verb crucify
  verb pillory
  verb savage

verbs BLAME => 112
  verb accuse => 112
  verb blame => 112
  verb charge
  verb condemn => 111
  verb convict => 173
  verb fault => 112
  verb implicate => 112
  verb indict => 173
  - subj symbolically => ---
  - obj "terrorist attack" => 018
  - obj trial unfair => 053
  - subj been +; obj by; next $; pp:with forming government => 060
  - pp:for "&MILITARY incursion" => 111
  - obj abduction by; pp:of; next + => 111
  - obj "&MILITARY operation" => 111
  - obj "&WEAPON attacks" => 111
  - obj "suicide bombing" => 111
  - obj offensive; pp:in => 111
  - obj shooting; pp:of => 111
  - obj "suicide attack" => 111
  - obj massacre; pp:of => 111
  - obj arrest; pp:of => 111
  - obj capture; pp:of => 111
  - obj killing; pp:of => 111
  - obj torture; pp:of => 111
  - obj case against => 111
  - obj murder; pp:of => 111
  - obj &MILITARY => 111
  - obj bombing => 111
  - obj decision => 111
  - obj killing => 111
  - obj massacre => 111
  - obj shooting => 111
  - obj shooting => 111
  - obj uprising => 111
  - obj attacks => 111
  - obj killing => 111
  - obj &FIGHT => 111
  - obj coup => 111
  - obj raid => 111
  - obj "prime minister" => 1121
  - pp:with murder => 1121
  - pp:for "humanitarian crisis" => 1122
  - pp:for violat humanitarian law => 1122
  - pp:of "rights abuses" => 1122
  - pp:of "rights abuse" => 1122
  - pp:for torture => 1122
  - pp:for torture => 1122
  - pp:of torture => 1122
  - subj espionage => 1122
  - pp:of violat sovereignty => 1123
  - pp:of sabre-rattling => 1123
  - pp:of expansionism => 1123
  - pp:of violence => 1123
  - obj aggression => 1123
  - pp:of attack => 1123
  - pp:of "ethnic cleansing" => 1124
  - obj "geneva convention" => 1124
  - pp:with terrorism => 1124
  - obj raid; pp:as &CRIME => 1124
  - pp:of terrorism => 1124
  - pp:for attack => 1124
  - pp:of genocide => 1124
  - pp:of massacre => 1124
  - pp:for attack => 1124
  - pp:for attack => 1124
  - pp:for violence => 1124
  - pp:for death => 1124
  - obj atrocities => 1124
  - obj massacring => 1124
  - pp:with "&FIGHT &CRIME" => 1125
  - pp:with "&FIGHT &CRIME" => 1125
  - obj each other => 112:112
  - pp:in "radio message" => 112
  - pp:in interview => 112
  - pp:for attack => 112
  - obj death; pp:of => 112
  - obj attack on; next + => 112
  - subj commission => 112
  - pp:in court => 112
  - pp:in trial => 112
  - obj violence => 112
  - obj &HOSTAGE => 112
  - pp:on orders; obj from go in; next +; pp:on trial; next $ => 115
  - pp:in "corruption case" => 173
  - pp:to &DETENTION => 173
  - pp:for &CRIME => 173
  - pp:on charges => 173
  - pp:of &CRIME => 173
  - subj prosecutor => 173
  - obj &SUSPECT => 173
  - subj tribunal => 173
  - subj court => 173
  - subj court => 173
  - subj strongly; obj attack; pp:on => 111

verbs DELAY => 120
  verb defer | deferred deferring
  verb delay
  verb forestall
  verb hamper
  verb hinder
  verb impede
  verb inhibit
  verb obstruct
  verb postpone
  verb prevent
  verb procrastinate
  verb remit | remitting remitted
  verb retard
  verb shelve
  verb stall
  verb stymie
  verb table
  - obj response => 011
  - obj decision => 014
  - obj march => 030
  - obj attack => 053
  - obj payment => 071
  - obj incursion => 087
  - obj verdict => 091
  - obj delivery; pp:of aid => 1223
  - obj reforms => 123
  - obj plan; pp:to withdraw => 1246
  - obj move => 130
  - obj traffic => 144
  - next +; obj conference => 160
  - obj handover => 160
  - obj mission => 160
  - obj &TREATY => 160
  - obj summit => 160
  - obj plan => 160
  - obj visit => 160
  - obj vote => 160
  - obj &NEGOTIATION => 161:161
  - obj meeting => 161:161
  - obj talk => 161:161
  - obj departure => 161
  - obj debate => 161
  - obj meet => 161
  - obj talk => 161
  - obj trip => 161
  - obj trip => 161
  - obj aid => 162
  - obj ship; pp:from docking => 163
  - obj talks => 164
  - obj protest => 1721
  - obj rally => 1721
  - pp:from entering => 172
  - pp:from leaving => 172
  - obj freeing => 172

verbs OVERRULE => 120
  verb override | overidding overridden overrid
  verb overrule

verbs ENDANGER => 130
  verb endanger
  verb risk
  - obj interests => 131

verbs THREATEN => 130
  verb threaten

verbs WARN => 130
  verb caution
  verb warn
  - pp:of "disastrous consequences" => 012
  - obj "ethnic violence" => 012
  - obj "ethnic tension" => 012
  - pp:against hope => 012
  - pp:of exodus => 012
  - obj catastrophe => 012
  - obj stability => 012
  - pp:of risk => 012
  - pp:against pullout => 020
  - pp:about plot => 064
  - pp:of plot => 064
  - pp:of growing crisis => 110
  - pp:of &FIGHT => 110
  - obj terrorist => 112
  - pp:of "collective action" => 130
  - pp:against independence => 130
  - pp:against provocation => 130
  - obj "severe reprisals" => 130
  - pp:against occupy => 130
  - obj "harsh ripostes" => 130
  - pp:of response => 130
  - obj consequences => 130
  - pp:in letter => 130
  - obj loss; pp:of support => 1313
  - pp:of "international pressure" => 131
  - pp:of hartals; next + => 133
  - obj "next target" => 1383
  - pp:against "air strike" => 1384
  - obj "&MILITARY confrontation" => 138
  - pp:against strike => 138
  - obj "revenge attack" => 138
  - pp:of &FIGHT => 138
  - pp:of &FIGHT => 138
  - obj &PEOPLE; pp:against traveling => 160

verbs DISTURB => 140
  verb bridle at
  verb agitate
  verb agonise
  verb agonize
  verb annoy
  verb badger
  verb bother
  verb discomfit | discomfitted discomfitting
  verb disconcert
  verb disquiet
  verb distress => 012
  verb disturb
  verb frustrate => 012
  verb harass
  verb harry
  verb hassle
  verb irk
  verb irritate
  verb pester
  verb plague
  verb rag | ragging ragged
  verb torment
  verb upset
  verb vex
  - pp:by attack => 010
  - pp:by => 012
  - obj diplomacy => 154

verbs MARCH => 140
  verb demonstrate => 141
  verb march
  - pp:in memory => 017
  - pp:in sympathy => 051
  - pp:in funeral => 051
  - obj support => 051
  - pp:in favour/favor => 053
  - pp:in solidarity => 053
  - pp:for release => 053
  - pp:in support => 053
  - obj solidarity => 053
  - obj &PROGRAM => 072
  - pp:against sanctions => 1412
  - pp:through protest => 141
  - subj supporters => 141
  - pp:against => 141
  - obj soldiers => 152
  - obj troops => 152

verbs PROVOKE => 140
  verb arouse
  verb enkindle
  verb provoke
  - obj celebration => 051
  - obj retaliation => 190

verbs RIOT => 145
  verb riot

verbs MOBILIZE => 150
  verb call up
  verb drum up | drumming drummed
  verb pull together
  verb garner
  verb marshal | marshalling marshalled
  verb mobilise
  verb mobilize
  verb muster
  verb rally
  verb summon => 040
  - obj supporters => 022
  - obj support => 022
  - pp:to &DEFENSE => 053
  - pp:in support => 053
  - pp:before => 090
  - obj world; pp:against => 113
  - pp:for "free state" => 1414
  - pp:against violence => 141
  - subj demonstrators => 141
  - pp:in capital => 141
  - pp:in protest => 141
  - pp:in front => 141
  - subj activists => 141
  - obj against => 141
  - obj outside => 141
  - pp:outside => 145
  - obj &MILITARY; pp:on border => 154
  - obj &MILITARY => 154
  - pp:to court => 173

verbs OVERFLY => 150
  verb overfly | overflew overflown
  - obj palace => 150
  - subj &AIRCRAFT => 151

verbs PARADE => 150
  verb parade

verbs PATROL => 150
  verb patrol | patrolled patrolling
  - subj &AIRCRAFT => 150

verbs BETRAY => 160
  verb betray => 160

verbs BLACKLIST => 160
  verb blacklist

verbs DISASSOCIATE => 160
  verb disassociate
  - pp:from &TREATY => 160

verbs DISRUPT => 160
  verb disarray
  verb disorder
  verb disrupt
  - obj speech => 140

verbs SPY => 160
  verb spy => 090

verbs UNDERMINE => 160
  verb countermine
  verb sabotage
  verb undermine

verbs SECEDE => 161
  verb secede

verbs CONFINE => 170
  verb cage
  verb confine => 173
  verb contain
  verb detain => 173
  verb enclose
  verb hold | held => ---
  verb imprison => 173
  verb incarcerate
  verb jail => 173
  verb restrict
  verb withhold | withheld
  - obj "illegal immigrants" => ---
  - obj immigrants => ---
  - obj session => ---
  - obj session => ---
  - obj "&INFORMATION conference" => 017:017
  - obj vigil => 017
  - obj talks; pp:on contract => 031:031
  - obj tender => 0331
  - obj elections => 0341
  - obj achievement => 035
  - obj summit => 040:040
  - obj consultations => 040
  - obj "round table" => 040
  - obj conference => 040
  - obj summit; pp:in => 044:044
  - obj &NEGOTIATION => 046:046
  - obj meeting => 046:046
  - obj meeting => 046:046
  - obj talks => 046:046
  - obj talks => 046:046
  - obj talk => 046:046
  - obj "joint manoeuvres" => 061:061
  - obj "joint exercises" => 062:062
  - obj joint exercises => 062:062
  - obj "&FIGHT games" => 062:062
  - obj back "air strike" => 080
  - obj polls => 0831
  - obj fire => 0871
  - obj off advance => 087
  - obj approval => 110
  - obj backing => 110
  - obj responsible => 112
  - obj signature => 127
  - obj up aid => 1311
  - obj demonstration => 141
  - obj rallies => 141
  - obj protest => 141
  - obj rallies => 141
  - obj sit-in => 141
  - obj march => 141
  - obj rally => 141
  - obj strike => 143
  - obj manoeuvers => 151
  - obj cooperation => 160
  - obj "financial assistance" => 1621
  - obj support => 162
  - obj aid => 162
  - obj sales => 163
  - obj up &NEGOTIATION => 164
  - obj up talks => 164
  - obj clothiing => 1721
  - obj movement => 172
  - pp:in connection => 173
  - obj &DETENTION => 173
  - obj &SUSPECT => 173
  - pp:for day => 173
  - obj rioting => 173
  - subj police => 173
  - subj police => 173
  - subj police; obj demonstrator => 175:141
  - obj supporter; pp:of rally => 175
  - obj &HOSTAGE => 181
  - obj entry => 191
  - subj forces; obj position => 192

verbs EXCLUDE => 170
  verb cordon off
  verb vote down
  verb bar | barred barring => 172
  verb blacklist
  verb block
  verb blockade
  verb boycott => 163
  verb embargo
  verb exclude
  verb ostracise
  verb ostracize
  verb segregate
  verb shun | shunning shunned
  - obj extradition => 1213
  - obj "peace process" => 125
  - pp:from summit => 125
  - obj conference => 125
  - obj meeting => 125
  - obj session => 125
  - obj summit => 125
  - obj summit => 125
  - obj event => 125
  - obj "presidential polls" => 140
  - obj "street protest" => 141
  - obj "parliament debate" => 143
  - obj election => 143
  - obj vote => 143
  - pp:in protest => 144
  - pp:with &CAR => 144
  - obj entrance => 144
  - obj arrival => 144
  - obj traffic => 144
  - obj convoy => 144
  - obj road => 144
  - pp:from => 160
  - obj sale => 163
  - obj "peace talks" => 164
  - pp:from petition => 170
  - obj party; pp:from elections => 1721
  - obj transmission => 1721
  - obj movements => 1723
  - pp:in retaliation => 191
  - obj "border post" => 191
  - obj "aid convoy" => 191
  - pp:inside => 191
  - obj traffic => 191
  - obj crowds => 191
  - obj trade => 191

verbs IMPEL => 170
  verb blackmail
  verb compel | compelling compelled
  verb enforce
  verb force
  verb impel | impelled impelling
  verb pressure
  verb reinforce
  - subj drought => ---
  - obj "peacekeeping force" => 074
  - obj &PKO => 074
  - obj compliance => 100
  - obj ultimatum => 100
  - obj decision => 100
  - obj changes => 100
  - obj &CEASEFIRE => 1056
  - obj "countrywide strike" => 1431
  - pp:during election => 154
  - obj &MILITARY => 154
  - obj presence => 154
  - obj &WEAPON => 154
  - obj minister out => 161
  - obj &REFUGEE => 162
  - obj sanctions => 163
  - obj sanction => 163
  - obj ban => 163
  - obj way; pp:into headquarters => 171
  - obj police => 174

verbs IMPOSE => 170
  verb bill
  verb impose
  verb inflict
  verb levy
  verb reimpose
  - obj taxes => ---
  - obj regulation => 100
  - obj condition => 100
  - obj sentence; pp:by court => 116
  - obj blockade; pp:on goods => 143
  - obj "visa requirement" => 160
  - obj ban; pp:on travel => 160
  - obj sanctions => 163
  - obj "press restriction" => 1721
  - obj restrictions => 1721
  - obj curfew => 1723
  - obj state; pp:of emergency => 1724
  - obj "martial law" => 1724
  - obj &SOLUTION => 172
  - obj control => 172
  - obj fine => 172
  - obj blackout; pp:by force => 190

verbs PUNISH => 170
  verb penalize
  verb punish

verbs SUPPRESS => 170
  verb crack down | ,
  verb constrain
  verb crackdown
  verb curb
  verb moderate
  verb quell
  verb repress
  verb restrain
  verb subdue
  verb suppress
  - obj fears => 013
  - obj influence => 160
  - obj links => 160
  - obj disturbance => 175

verbs VANDALISE => 1712
  verb vandalise
  verb vandalize

verbs APPREHEND => 171
  verb arrest and
  verb apprehend => 173
  verb arrest => 173
  verb capture
  verb catch | caught
  verb grab | grabbed grabbing
  verb nab | nabbing nabbed
  verb seize
  verb snatch
  verb take | took taken
  - obj control; pp:of "the house" => ---
  - obj "another shot" => ---
  - obj opportunity => ---
  - obj heroin => ---
  - obj opium => ---
  - obj drug => ---
  - obj hash => ---
  - obj lives => ---
  - subj panic => 012
  - obj part => 030
  - obj part; pp:in "&MILITARY operation" => 0312:0312
  - obj &WEAPON out => 0356
  - obj part; pp:in conference => 046
  - obj part; pp:in conference => 046
  - obj part; pp:in summit => 046
  - obj part; pp:in "naval exercise" => 062:062
  - obj "joint exercises" => 062:062
  - pp:in &REFUGEE => 075
  - subj amnesty; obj effect => 081
  - pp:over &INVESTIGATION => 090
  - obj &INFORMATION => 090
  - obj bitterly => 110
  - obj jab => 111
  - obj right; pp:to franchise => 112
  - subj protesters; obj initiative => 140
  - obj part; pp:in protest => 141
  - pp:to street => 141
  - obj "&SECURITY measures" => 150
  - subj forces; obj up position => 150
  - obj up post => 154
  - obj shipment; pp:of "illegal &WEAPON" => 1711
  - obj "bomb-making materials" => 1711
  - obj quantity; pp:of arms => 1711
  - obj ownership => 1711
  - obj propaganda => 1711
  - obj &WEAPON => 1711
  - pp:in raid => 1711
  - obj stations => 1711
  - obj &WEAPON => 1711
  - obj rockets => 1711
  - obj assets => 1711
  - obj goods => 1711
  - obj boat => 1711
  - pp:into &DETENTION => 173
  - pp:in gunbattle => 173
  - pp:on suspicion => 173
  - obj "armed robber" => 173
  - pp:in scandal => 173
  - obj activist => 173
  - obj members => 173
  - obj consul => 173
  - obj leader => 173
  - subj police => 173
  - obj aide => 173
  - subj police; pp:during demonstration => 175:140
  - pp:during protest => 175:140
  - pp:after protest => 175:140
  - obj protesters => 175:140
  - obj protester => 175:1412
  - obj demonstrators => 175:141
  - pp:during demonstrations => 175
  - obj ringleader; pp:of riot => 175
  - obj journalist => 175
  - obj power => 180
  - obj "munitions expert" => 181
  - subj militants => 181
  - obj &HOSTAGE => 181
  - obj &HOSTAGE => 181
  - obj engineer => 181
  - obj members => 181
  - obj minister => 181
  - obj baby => 181
  - pp:on tanks => 190:190
  - obj warship => 190
  - obj tower => 190
  - obj control; pp:of villages => 192
  - pp:over &TOWN => 192
  - obj headquarters => 192
  - obj &STRONGHOLD => 192
  - subj &MILITARY => 192
  - obj control; next + => 192
  - obj territory => 192
  - obj airfield => 192
  - obj control => 192
  - obj hometown => 192
  - obj airport => 192
  - obj airport => 192
  - obj control => 192
  - obj enclave => 192
  - obj station => 192
  - obj bases => 192
  - obj &TOWN => 192
  - obj land => 192
  - obj area => 192
  - obj land => 192
  - obj land => 192
  - obj &ASYLUM => :075
  - obj over; pp:after resignation => :0831

verbs EXTRACT => 171
  verb extract
  verb pluck
  verb pull
  verb wrest
  - obj &MILITARY => 0874
  - obj &MILITARY => 0874
  - obj back => 0874
  - obj &MILITARY; pp:out; pp:of exercise => 1212
  - pp:out; pp:of tournament => 160
  - pp:out; pp:of coalition => 160
  - pp:out; pp:of government => 161
  - obj embassy out => 161
  - subj commission => 166
  - obj staff out => 166

verbs NATIONALIZE => 171
  verb nationalise
  verb nationalize

verbs STEAL => 171
  verb steal | stole

verbs TAKE_CONTROL => 171
  verb take over | took taken
  verb commandeer
  verb hijack
  verb hijack
  verb overturn
  verb pirate
  verb revolutionise
  verb revolutionize
  verb subvert
  verb usurp
  - obj elections => ---
  - obj conviction => 081
  - obj sentence => 081
  - obj conviction => 1241
  - obj acquittal => 1243
  - obj decision => 124
  - obj ruling => 124
  - obj convoy of => 181
  - subj gunmen => 181
  - obj &CAR => 181

verbs TAKE_PROPERTY => 171
  verb annex
  verb appropriate
  verb confiscate => 1711

verbs FINE => 172
  verb fine
  verb tax

verbs PROHIBIT => 172
  verb ban | banned banning
  verb censor => 1721
  verb criminalise
  verb criminalize
  verb disallow
  verb forbid | forbidding forbade
  verb illegalise
  verb illegalize
  verb interdict
  verb outlaw
  verb prohibit
  verb proscribe
  verb veto
  - subj lift => 080
  - obj "constitutional amendment" => 1234
  - obj &SOLUTION => 129
  - obj &SOLUTION => 129
  - obj exports => 160
  - obj export => 160
  - obj "arms sales" => 1622
  - obj "humanitarian aid" => 1623
  - obj "material aid" => 162
  - obj aid => 162
  - obj aid => 162
  - obj imports => 163
  - obj import => 163
  - pp:from reporting => 1721
  - obj demonstration => 1721
  - obj conference => 1721
  - obj newspaper => 1721
  - obj protest => 1721
  - obj author => 1721
  - obj report => 1721
  - obj terms => 1721
  - obj party => 1722
  - obj travel => 172
  - obj visit => 172

verbs SENTENCE => 172
  verb sentence

verbs PROSECUTE => 173
  verb prosecute

verbs RE_ARREST => 173
  verb re-arrest
  verb rearrest

verbs SUE => 173
  verb sue
  - pp:in court => 173
  - pp:for => 173

verbs DEPORT => 174
  verb boot out
  verb kick out
  verb banish
  verb deport
  verb evict
  verb exile
  verb expel | expelling expelled
  verb oust
  verb remove
  - obj ruler => ---
  - obj restriction => 081
  - obj limit => 081
  - obj &AIRCRAFT => 0873
  - obj fighters => 0873
  - obj &WEAPON => 0873
  - obj police => 0874
  - obj officers; pp:from &MILITARY => 160
  - pp:from office => 160
  - pp:from guard => 160
  - obj diplomat => 161
  - pp:for cooperating => 166
  - obj officers => 166
  - pp:from parliament => 1722
  - obj &MILITARY => 174
  - obj diplomats => 174
  - obj settler => 174
  - obj protester => 175

verbs ABUSE => 180
  verb abuse
  verb mistreat
  - obj &HOSTAGE => 182

verbs HURT => 180
  verb bruise
  verb contaminate
  verb corrupt
  verb crack
  verb damage
  verb harm
  verb hurt
  verb impair
  verb injure => 182
  verb mar | marred marring
  verb rip | ripped ripping
  verb spoil
  verb tarnish
  verb tear
  verb vitiate
  verb wound
  - pp:in accident => ---
  - pp:in &WEATHER => ---
  - pp:in &DEMONSTRATION => 145
  - obj relations => 160
  - obj protestors => 175
  - pp:in bombing/explosion => 183
  - subj bombing/explosion => 183
  - obj &LEADER => 185
  - pp:in attack => 190
  - subj attack => 190
  - pp:in air attack/bombing/raid/strike => 195

verbs RAMPAGE => 180
  verb rampage

verbs RIP => 180
  verb rip | ripping ripped
  verb tear | tore torn

verbs SCUFFLE => 180
  verb scuffle

verbs SLAP => 180
  verb slap | slapped slapping
  - obj sanctions => 163
  - obj fine => 172

verbs TERRORIZE => 180
  verb terrorize

verbs WHIP => 180
  verb lash
  verb whip | whipping whipped
  - obj out => 111

verbs OVERTHREW => 180
  verb overthrow | overthrown overthrew

verbs KIDNAP => 181
  verb abduct => 181
  verb kidnap | kidnapped kidnapping
  - pp:at gunpoint => 181
  - subj "armed men" => 181
  - obj &HOSTAGE => 181
  - obj minister => 181
  - obj citizen => 181
  - subj gunmen => 181

verbs RAPE => 1821
  verb dishonor
  verb dishonour
  verb rape

verbs TORTURE => 1822
  verb torture

verbs STAB => 182
  verb stab | stabbed stabbing
  - pp:in back => ---

verbs ASSASSINATE => 186
  verb assassinate

verbs AMBUSH => 190
  verb ambush
  - obj convoy => 190
  - obj rebels => 190
  - obj &CAR => 190

verbs DESTROY => 190
  verb wipe out
  verb annihilate
  verb beat
  verb beat | beaten => 182
  verb best
  verb break | broken broke
  verb bust
  verb crush
  verb decimate
  verb defeat
  verb demolish => 1712
  verb desolate
  verb destroy
  verb devastate
  verb disarm
  verb dominate
  verb eradicate
  verb master
  verb obliterate
  verb overcome | overcame
  verb overpower
  verb overshadow
  verb overtake | overtook overtaken
  verb overwhelm
  verb ravage
  verb ravish
  verb raze
  verb ruin
  verb shatter
  verb smash
  verb subjugate
  verb surmount
  - pp:in election => ---
  - pp:into second => ---
  - obj contestants => ---
  - obj government => ---
  - pp:by nato => ---
  - obj candidate => ---
  - obj unlikely => 012
  - obj deadlock => 030
  - obj militant => 082
  - subj tension => 110:110
  - obj &PROPOSAL => 121
  - obj challenge => 121
  - obj embargo => 128
  - pp:with => 130
  - obj away => 130
  - obj off => 130
  - obj outside => 141
  - subj protestor => 145
  - obj relations => 161
  - obj "&MILITARY &CAR" => 1712
  - obj buildings => 1712
  - subj explosion => 1712
  - obj monument => 1712
  - obj &WEAPON => 1712
  - obj house => 1712
  - obj houses => 1712
  - obj homes => 1712
  - obj &CAR => 1712
  - obj home => 1712
  - obj wall => 1712
  - obj up demonstrations => 175
  - obj leader => 186
  - obj core; pp:of &MILITARY => 190
  - obj &MILITARY => 190
  - obj bridge => 190
  - obj force => 190
  - obj camp => 190
  - subj &AIRCRAFT => 195

verbs DIE => 190
  verb die
  - pp:of "natural causes" => ---
  - pp:from disease => ---
  - obj "heart attack" => ---
  - pp:from acid => ---
  - pp:in storm => ---
  - pp:in crash => ---
  - pp:in hunger strike => 142
  - obj hunger-strike => 142
  - subj &PEOPLE; pp:in skirmish => 190:190
  - pp:in clashes => 190:190
  - pp:in &FIGHT => 190:190
  - pp:in firefight => 193:193
  - pp:after assault => :1823
  - pp:in "suicide bombing" => :1831
  - pp:in "suicide bombing" => :1831
  - pp:in "suicide attack" => :1831
  - pp:in "carbomb explosion" => :1832
  - pp:in &DETENTION => :184
  - pp:during operation => :190
  - pp:from injuries => :190
  - pp:in skirmishes => :190
  - pp:after clash => :190
  - pp:in battles => :190
  - pp:of wounds => :190
  - pp:in blast => :190
  - pp:in raid => :190
  - pp:in &FIGHT => :190
  - pp:under gunfire => :193
  - obj gunfire => :193
  - pp:in "mortar attack" => :194
  - pp:during shelling => :194
  - pp:in "drone strike" => :1952
  - pp:during "air raid" => :195
  - pp:in airstrike => :195

verbs ENCIRCLE => 190
  verb circle
  verb encircle
  verb ring | rang rung
  verb surround
  - obj house => 080
  - subj troop => 150
  - subj tank => 150
  - subj &AIRCRAFT => 151

verbs ENGAGE => 190
  verb engage
  - pp:in &NEGOTIATION => 046
  - pp:in diplomacy => 050
  - pp:in effort => 060
  - pp:in trade => 061
  - pp:in withdrawal => 0874
  - pp:in "&FIGHT of words" => 111
  - pp:in firefight => 193
  - pp:in gunfight => 193

verbs EXPLOSIVE_DESTRUCTION => 190
  verb blow up | blew blown
  verb blast
  verb blow | blown blew
  verb bomb
  verb bombard
  verb detonate
  verb dynamite => 193
  verb explode => 183
  verb fire
  verb pelt
  verb torch
  - obj plans => 012
  - subj &WEAPON; obj celebrate => 017
  - obj report => 110
  - subj press => 110
  - obj off => 110
  - obj "verbal broadside" => 111
  - subj &INVESTIGATION => 111
  - pp:for hosting => 111
  - pp:for imposing => 111
  - pp:for blaming => 111
  - pp:for denying => 111
  - obj &INFORMATION => 111
  - pp:as farcical => 111
  - pp:for trying => 111
  - obj interference => 111
  - obj nomination => 111
  - obj &SOLUTION => 111
  - pp:in fury => 111
  - obj offensive => 111
  - obj president => 111
  - obj statement => 111
  - obj &PROGRAM => 111
  - obj attitude => 111
  - obj decision => 111
  - obj failure => 111
  - obj powers => 111
  - obj denial => 111
  - pp:for => 111
  - obj proposal => 120
  - obj if => 138
  - obj flag => 141
  - pp:with rocks => 145
  - obj &WEAPON; pp:on exercise => 150
  - subj test => 150
  - obj worker => 160
  - obj pipeline => 1712
  - obj "tear gas" => 175
  - obj "tear gas" => 175
  - obj teargas => 180
  - pp:with stones => 182
  - pp:with rocks => 182
  - obj cars => 182
  - subj guerrilla; obj &WEAPON => 183
  - subj &WEAPON => 183
  - obj landmine => 183
  - subj landmine => 183
  - subj timebomb => 183
  - obj &CAR => 183
  - pp:at convoy => 190
  - obj against => 190
  - obj at => 190
  - subj &WEAPON; pp:from $; pp:toward + => 193
  - obj machine &WEAPON => 193
  - subj machine &WEAPON => 193
  - obj bullets => 193
  - obj grenade => 193
  - subj gunman => 193
  - obj mortar => 193
  - obj shells => 193
  - subj mortar => 193
  - subj &MILITARY; obj "tear gas" => 194
  - pp:at fighter-bombers => 194
  - obj rocket; pp:into + => 194
  - obj &WEAPON; pp:to + => 194
  - pp:with &WEAPON => 194
  - obj rocket; pp:at + => 194
  - pp:in strike => 194
  - subj batteries => 194
  - subj missile => 194
  - obj barrage => 194
  - obj rocked => 194
  - obj rocket => 194
  - subj tanks => 194
  - subj &AIRCRAFT; obj &WEAPON => 195
  - subj "fighter &AIRCRAFT" => 195
  - pp:with &AIRCRAFT => 195
  - subj &AIRCRAFT; next + => 195
  - subj fighters => 195

verbs FLATTEN => 190
  verb flatten
  - obj tires => ---
  - subj bulldozers => 1712
  - subj &WEAPON => 194

verbs GUNFIRE => 190
  verb gun down | gunned => 193
  verb shell
  verb snipe

verbs KILL => 190
  verb kidnapped and killed => 180
  verb killed and
  verb killed or
  verb shoot down | shot
  verb stamp out
  verb string up | strung
  verb wipe out
  verb behead
  verb decapitate
  verb hang | hung
  verb kill
  verb murder => 190
  verb slay | slain
  verb strangle => 180
  - obj when a small &AIRCRAFT crashed => ---
  - pp:in "training accident" => ---
  - pp:on "training mission" => ---
  - pp:in "accidental blast" => ---
  - subj "&AIRCRAFT crash" => ---
  - pp:in accident => ---
  - pp:for murder => ---
  - subj "&CAR crash" => ---
  - subj earthquake => ---
  - pp:from heat => ---
  - subj collision => ---
  - obj herself => ---
  - obj himself => ---
  - subj flood => ---
  - subj nazis => ---
  - subj quake => ---
  - subj virus => ---
  - subj crash => ---
  - pp:during arrest => 175
  - obj demonstrator => 175
  - pp:in riot => 175
  - obj protestor => 175
  - obj envoy => 180
  - subj "suicide &WEAPON" => 1831
  - subj "&CAR &WEAPON" => 1832
  - subj "suicide attack" => 183
  - subj &WEAPON => 183
  - pp:in gunbattle => 193:193
  - pp:in shootout => 193:193
  - subj "&WEAPON &FIGHT" => 193
  - pp:in gunbattle => 193
  - pp:in shootout => 193
  - pp:by shots => 193
  - pp:in clash => 193
  - pp:gunfire => 193
  - subj explosion => 193
  - subj gunmen => 193
  - subj "tank fire" => 194
  - subj shelling => 194
  - subj tank => 194
  - pp:during "air raid" => 195
  - subj "air force" => 195
  - subj "air strike" => 195
  - subj airstrike => 195
  - pp:after &CEASEFIRE => 196
  - obj civilian => 202

verbs PHYSICAL_CONFLICT => 190
  verb attacked and stabbed
  verb fight back | fought
  verb fight down | fought
  verb shot and => 193
  verb square off
  verb wage war
  verb altercate
  verb assail | assailling
  verb assault
  verb attack
  verb battle
  verb blitz
  verb bludgeon => 180
  verb clash
  verb clobber
  verb combat | combatted combatting
  verb conflict
  verb duel | duelling duelled
  verb fight | fought
  verb grapple
  verb hammer
  verb hit
  verb kick => 180
  verb match
  verb pit | pitted pitting
  verb pummel | pummelled
  verb quarrel
  verb retaliate
  verb siege
  verb skirmish
  verb stone
  verb storm
  verb strike | struck
  verb struggle
  verb wrestle => 180
  - pp:with corruption => ---
  - pp:in polls => ---
  - obj extinction => ---
  - obj &AIRCRAFT => ---
  - obj extremism => ---
  - subj publicity => ---
  - obj down law => ---
  - obj congress => ---
  - obj violence => ---
  - obj &CRIME => ---
  - obj racism => ---
  - obj since => ---
  - obj porn => ---
  - pp:at summit => 012
  - pp:with policy => 014
  - pp:with ways => 014
  - obj &TREATY => 030
  - pp:with warning => 037
  - obj off tour => 042:043
  - subj politely => 046:046
  - obj off => 046
  - pp:in support => 053
  - obj deal => 057
  - pp:in "joint manoeuvres" => 062:062
  - obj alongside => 062
  - obj insurgents => 062
  - obj locust => 073
  - pp:for statehood => 1044
  - pp:at meeting => 110:110
  - pp:in meeting => 110:110
  - pp:over imprisonment => 110
  - pp:with officials => 110
  - obj publicly; pp:with => 110
  - pp:over efforts => 110
  - subj relationship => 110
  - obj criticism => 110
  - subj cabinets => 110
  - obj ban => 110
  - pp:against plan => 111
  - pp:in elections => 111
  - obj out; pp:at claim => 111
  - pp:for failing => 111
  - obj government => 111
  - obj conference => 111
  - obj &PROPOSAL => 111
  - obj &SOLUTION => 111
  - obj back; pp:at => 111
  - obj criticism => 111
  - obj criticism => 111
  - subj magazine => 111
  - subj newspaper => 111
  - obj bitterly => 111
  - obj decision => 111
  - obj measures => 111
  - obj out; pp:at => 111
  - obj sanction => 111
  - subj verbally => 111
  - obj &TREATY => 111
  - obj assault => 111
  - obj comment => 111
  - obj critics => 111
  - subj sharply => 111
  - obj demand => 111
  - obj policy => 111
  - obj ruling => 111
  - obj talks => 111
  - pp:for => 111
  - obj court => 111
  - obj envoy => 111
  - obj plans => 111
  - obj visit => 111
  - obj meet => 111
  - obj veto => 111
  - obj law => 111
  - obj &SUSPECT => 112
  - pp:over plan => 127
  - pp:with warnings => 130:130
  - obj if => 138
  - subj protest; pp:with => 145:175
  - subj protest => 145:175
  - subj demonstrator; next + => 145
  - subj protestor => 145
  - obj shops => 145
  - obj "mock target" => 150
  - pp:by/with sanctions => 163
  - subj talks; obj impasse => 164:164
  - subj crowd; obj shop => 171
  - pp:for access => 172
  - subj police; pp:with demonstrator => 175:145
  - pp:with rioters => 175:145
  - obj procession => 175
  - obj demonstrators => 180
  - subj arson => 180
  - obj bus => 180
  - pp:with stones => 182
  - subj "suicide bomber" => 1831
  - pp:between => 190:190
  - obj with => 190:190
  - obj with => 190:190
  - obj on by sympathiser; next +; next $ => 190
  - obj "police station" => 190
  - pp:for control => 190
  - subj &MILITARY => 190
  - obj faction => 190
  - obj mosque => 190
  - obj homes => 190
  - obj base => 190
  - obj camp => 190
  - obj port => 190
  - obj &STRONGHOLD => 192
  - subj &WEAPON => 193:193
  - pp:by/with grenade => 193
  - pp:with mortar => 193
  - pp:by bullet => 193
  - obj positions => 193
  - pp:by/with &WEAPON => 194
  - pp:with &WEAPON => 194
  - pp:with &WEAPON => 194
  - pp:with rockets => 194
  - subj artillary => 194
  - subj gunboat => 194
  - subj &AIRCRAFT firing &WEAPON => 195
  - pp:in "air strike" => 195
  - subj "air strike" => 195
  - pp:from air => 195
  - subj &AIRCRAFT => 195
  - subj air; obj on; next + => 195
  - obj &WEAPON => 195
  - obj target => 195
  - obj position; pp:after &TREATY => 196

verbs POUND => 190
  verb pound
  verb ram | ramming rammed
  verb thump
  - obj "power grid" => 1712
  - subj &MILITARY => 190
  - subj explosives; obj "&MILITARY convoy" => 193
  - obj "explosive &CAR" => 193
  - obj tanks => 194
  - subj "&AIRCRAFT gunships" => 195
  - subj &AIRCRAFT => 195

verbs RAID => 190
  verb foray into
  verb intrude on
  verb raid
  - obj homes => 175
  - subj &AIRCRAFT => 195

verbs RANSACK => 190
  verb despoil
  verb foray
  verb loot => 145
  verb pillage
  verb plunder
  verb ransack
  verb reave
  - pp:in protest => 145
  - obj office => 1712
  - obj home => 1712
  - obj home => 1712
  - obj aid => 171

verbs REPULSE => 190
  verb repel | repelling repelled
  verb repulse

verbs SHOOT => 190
  verb shoot | shot
  - obj distance => ---
  - subj plans => 1384
  - obj between => 193:193
  - obj attack => 193

verbs TARGET => 190
  verb aim => 030
  verb target
  - pp:with "&CAR &WEAPON" => 1832
  - pp:in strike => 190
  - obj &MILITARY => 190
  - obj &WEAPON => 190
  - pp:of &WEAPON => 194
  - subj barrage => 194

verbs BESIEGE => 191
  verb besiege
  - obj &STRONGHOLD => 191
  - subj forces => 191

verbs INVADE => 192
  verb infest
  verb inhabit
  verb invade
  verb occupy
  verb overrun | overrunning overran
  verb reside
  - subj protestor => 144
  - obj embassy => 145
  - obj positions => 192
  - obj consulate => 192
  - obj bridge => 192
  - obj &TOWN => 192
  - obj base => 192
  - obj post => 192

verbs RECAPTURE => 192
  verb recapture
  - obj convict => 173
  - obj man => 173

verbs MASSACRE => 202
  verb butcher
  verb massacre
  verb slaughter

verbs OFFEND => :110
  verb appall
  verb breach
  verb disgust
  verb infract
  verb offend
  verb outrage
  verb pique
  verb scandalise
  verb scandalize
  verb shock
  verb stun
  verb stun | stunning stunned
  verb stupefy
  verb transgress
  verb ~
  verb ~
  verb ~
  verb ~
  verb ~
  verb ~
  verb ~
  verb ~
  - pp:to core => 012
