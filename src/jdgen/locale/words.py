"""Spelling and vocabulary of US, British, Canadian and Australian English, as data.

Built-in text is written once, in US English; these tables say how each other
variety writes the same word. Irish English follows British spelling and
words. Each row gives the US form first, then the British (GB), Canadian (CA)
and Australian (AU) forms; ``=`` means "as in the US".

The choices follow each country's own references: the Oxford English
Dictionary's British usage without Oxford -ize (British recruiters write
-ise), the Canadian Oxford Dictionary and *The Canadian Style* (-ize and -yze
with -our, -re, -ll and -ogue; enrolment, fulfilment, licence, defence,
cheque; program, aging, judgment), and the Macquarie Dictionary with the
Australian Government Style Manual (-ise, -our, -re; program in every sense,
judgement, ageing).
"""

from __future__ import annotations

VARIETIES = ("US", "GB", "CA", "AU")
VARIETY_OF_REGION = {"US": "US", "GB": "GB", "IE": "GB", "CA": "CA", "AU": "AU"}

# -ize verbs and their family: -ise in GB and AU, -ize in the US and Canada.
IZE_STEMS = """
    amortiz apologiz authoriz capitaliz categoriz centraliz characteriz commercializ
    criticiz customiz decentraliz digitiz emphasiz energiz familiariz finaliz formaliz
    globaliz harmoniz hospitaliz incentiviz industrializ institutionaliz itemiz
    jeopardiz legitimiz localiz maximiz memoriz minimiz mobiliz moderniz monetiz
    neutraliz normaliz operationaliz optimiz organiz penaliz personaliz prioritiz
    publiciz rationaliz realiz recogniz reorganiz revolutioniz sanitiz scrutiniz
    socializ specializ stabiliz standardiz steriliz strategiz subsidiz summariz
    symboliz synchroniz systematiz theoriz unrecogniz utiliz visualiz
""".split()
IZE_ENDINGS = ("e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational",
               "ationally", "able")

# -yze: -yse in GB and AU; Canada keeps -yze.
YZE_STEMS = ("analyz", "paralyz", "catalyz")
YZE_ENDINGS = ("e", "es", "ed", "ing", "er", "ers")

# Rows: US, GB, CA, AU.
ROWS = """
    color colour colour colour
    colors colours colours colours
    colored coloured coloured coloured
    colorful colourful colourful colourful
    labor labour labour labour
    labors labours labours labours
    labored laboured laboured laboured
    behavior behaviour behaviour behaviour
    behaviors behaviours behaviours behaviours
    behavioral behavioural behavioural behavioural
    favor favour favour favour
    favors favours favours favours
    favored favoured favoured favoured
    favorable favourable favourable favourable
    favorite favourite favourite favourite
    favorites favourites favourites favourites
    honor honour honour honour
    honors honours honours honours
    honored honoured honoured honoured
    honorable honourable honourable honourable
    neighbor neighbour neighbour neighbour
    neighbors neighbours neighbours neighbours
    neighborhood neighbourhood neighbourhood neighbourhood
    neighborhoods neighbourhoods neighbourhoods neighbourhoods
    harbor harbour harbour harbour
    rumor rumour rumour rumour
    humor humour humour humour
    candor candour candour candour
    vigor vigour vigour vigour
    rigor rigour rigour rigour
    endeavor endeavour endeavour endeavour
    endeavors endeavours endeavours endeavours
    flavor flavour flavour flavour
    flavors flavours flavours flavours
    odor odour odour odour
    armor armour armour armour
    center centre centre centre
    centers centres centres centres
    centered centred centred centred
    centering centring centring centring
    theater theatre theatre theatre
    theaters theatres theatres theatres
    fiber fibre fibre fibre
    fibers fibres fibres fibres
    liter litre litre litre
    liters litres litres litres
    kilometer kilometre kilometre kilometre
    kilometers kilometres kilometres kilometres
    caliber calibre calibre calibre
    maneuver manoeuvre manoeuvre manoeuvre
    maneuvers manoeuvres manoeuvres manoeuvres
    traveled travelled travelled travelled
    traveling travelling travelling travelling
    traveler traveller traveller traveller
    travelers travellers travellers travellers
    canceled cancelled cancelled cancelled
    canceling cancelling cancelling cancelling
    labeled labelled labelled labelled
    labeling labelling labelling labelling
    modeled modelled modelled modelled
    modeling modelling modelling modelling
    fueled fuelled fuelled fuelled
    fueling fuelling fuelling fuelling
    counseled counselled counselled counselled
    counseling counselling counselling counselling
    counselor counsellor counsellor counsellor
    counselors counsellors counsellors counsellors
    signaled signalled signalled signalled
    signaling signalling signalling signalling
    leveled levelled levelled levelled
    leveling levelling levelling levelling
    channeled channelled channelled channelled
    channeling channelling channelling channelling
    totaled totalled totalled totalled
    totaling totalling totalling totalling
    jewelry jewellery jewellery jewellery
    enroll enrol enrol enrol
    enrolls enrols enrols enrols
    enrollment enrolment enrolment enrolment
    enrollments enrolments enrolments enrolments
    fulfill fulfil fulfil fulfil
    fulfills fulfils fulfils fulfils
    fulfillment fulfilment fulfilment fulfilment
    installment instalment instalment instalment
    installments instalments instalments instalments
    skillful skilful skilful skilful
    skillfully skilfully skilfully skilfully
    willful wilful wilful wilful
    instill instil instil instil
    catalog catalogue catalogue catalogue
    catalogs catalogues catalogues catalogues
    dialog dialogue dialogue dialogue
    dialogs dialogues dialogues dialogues
    analog analogue analogue analogue
    defense defence defence defence
    offense offence offence offence
    offenses offences offences offences
    license licence licence licence
    licenses licences licences licences
    pretense pretence pretence pretence
    practiced practised practised practised
    practicing practising practising practising
    gray grey grey grey
    mold mould mould mould
    molds moulds moulds moulds
    molding moulding moulding moulding
    acknowledgment acknowledgement acknowledgement acknowledgement
    acknowledgments acknowledgements acknowledgements acknowledgements
    percent per_cent per_cent per_cent
    aluminum aluminium = aluminium
    tire tyre = tyre
    tires tyres = tyres
    plow plough = plough
    skeptical sceptical = sceptical
    skeptic sceptic = sceptic
    skepticism scepticism = scepticism
    judgment judgement = judgement
    judgments judgements = judgements
    aging ageing = ageing
    artifact artefact = artefact
    artifacts artefacts = artefacts
    pediatric paediatric = paediatric
    pediatrics paediatrics = paediatrics
    anesthesia anaesthesia = anaesthesia
    anesthetic anaesthetic = anaesthetic
    orthopedic orthopaedic = orthopaedic
    orthopedics orthopaedics = orthopaedics
    hemorrhage haemorrhage = haemorrhage
    leukemia leukaemia = leukaemia
    toward towards = towards
    math maths = maths
    program programme = =
    programs programmes = =
"""

# Words and phrases a recruiter in each country would choose differently.
VOCABULARY = """
    paid_time_off annual_leave = annual_leave
    vacation holiday = holiday
    vacations holidays = holidays
    résumé CV = =
    résumés CVs = =
    bachelor's_degree degree = degree
    bachelor's_degrees degrees = degrees
    vice_president_of_operations head_of_operations = head_of_operations
    real_estate property = =
    nonprofit not-for-profit non-profit not-for-profit
    nonprofits not-for-profits non-profits not-for-profits
    fiscal_year financial_year = financial_year
    zip_code postcode postal_code postcode
    cell_phone mobile_phone = mobile_phone
    high_school secondary_school = =
    attorney lawyer lawyer lawyer
    attorneys lawyers lawyers lawyers
    truck lorry = =
    trucks lorries = =
    online_store online_shop = =
    job_site site = site
    job_sites sites = sites
    superintendent site_manager = site_manager
    superintendents site_managers = site_managers
    building_codes building_regulations = =
    and_to_code and_to_standard = =
    punch_list snagging_list = defects_list
    punch_lists snagging_lists = defects_lists
    from_APICS/ASCM from_CIPS_or_APICS/ASCM = from_CIPS_or_APICS/ASCM
    computer_program = = =
    computer_programs = = =
    software_program = = =
    software_programs = = =
"""

# Forms the lint rule never flags, because the same letters are right in the other
# sense (a GB verb 'license', a computer 'program', a legal 'judgment') or both forms
# are in good use (toward/towards, tire as a verb).
NOT_LINTED = frozenset({
    "license", "licenses", "program", "programs", "judgment", "judgments", "toward",
    "towards", "tire", "tires", "dialog", "dialogs", "analog", "aging", "plow",
})
