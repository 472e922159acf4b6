"""Casualty figures: the number beside each cue, and the report's totals over its incidents."""

import pytest

from flashpoint.extract import extract


def toll(text: str, lang: str, published: str = "2024-05-31") -> tuple[int | None, int | None]:
    facts = extract("c", text, lang, published)
    assert facts.error is None
    return facts.casualties.killed, facts.casualties.injured


def test_arabic_nouns_counted_by_the_number_before_them():
    assert toll("قالت وزارة الصحة إن الغارات الأمريكية على ميناء الحديدة أمس أسفرت عن 16 قتيلاً و41 جريحاً.", "ar") \
        == (16, 41)
    assert toll("أعلنت وزارة الصحة ارتفاع حصيلة القصف الإيراني على كويه أمس إلى ثلاثة عشر قتيلاً وثمانية وخمسين "
                "جريحاً.", "ar") == (13, 58)


def test_a_cue_does_not_read_past_the_next_one():
    # one dead (a person, no number) and eight injured, not eight dead
    assert toll("انفجرت طائرة مسيّرة في تل أبيب فجر الجمعة وأدت إلى مقتل مواطن وإصابة ثمانية آخرين.", "ar",
                "2024-07-20") == (1, 8)
    assert toll("استشهد عامل مدني وأصيب آخر بجروح جراء غارة إسرائيلية استهدفت مطار دمشق فجر اليوم.", "ar",
                "2023-10-22") == (1, 1)


def test_groups_joined_before_an_english_passive_add_up():
    assert toll("A U.S. civilian contractor was killed and four U.S. service members and two Iraqi security "
                "personnel were wounded when rockets struck the K-1 base near Kirkuk on Friday.", "en",
                "2019-12-28") == (1, 6)
    assert toll("Two U.S. troops and a British soldier were killed and about 14 other personnel wounded when "
                "rockets hit Camp Taji on Wednesday.", "en", "2020-03-12") == (3, 14)
    assert toll("Three civilians, among them a child, were injured on Tuesday when artillery shelled the outskirts "
                "of al-Mayadin.", "en", "2023-12-19") == (None, 3)


def test_subject_first_arabic_and_counts_that_rose():
    assert toll("قال المرصد السوري إن سبعة عناصر على الأقل من المجموعات الموالية لإيران قُتلوا فجر الجمعة في غارات "
                "أمريكية على البوكمال.", "ar", "2023-10-27") == (7, None)
    assert toll("قال المرصد إن عدد قتلى الغارات التي استهدفت البوكمال مساء أمس ارتفع إلى 18.", "ar",
                "2019-09-10")[0] == 18
    assert toll("المرصد السوري: ارتفع إلى ١٨ عدد قتلى الغارات الجوية التي استهدفت مساء أمس مواقع قرب البوكمال.", "ar",
                "2019-09-10")[0] == 18
    assert toll("أوضح مسؤول أمريكي أن اثنين من العسكريين الأمريكيين أصيبا بجروح طفيفة جرّاء القصف الصاروخي على "
                "قاعدة عين الأسد أمس.", "ar", "2021-07-08") == (None, 2)


def test_a_breakdown_is_not_added_to_its_total():
    assert toll("هاجم مسلحون جامعي الكمأة قرب السخنة في 17 شباط، ما أدى إلى مقتل 53 شخصاً، بينهم 46 مدنياً "
                "وسبعة عسكريين، وإصابة عدد آخر بجروح.", "ar", "2023-02-18") == (53, None)
    idlib = ("Air strikes killed 22 civilians in and around the city of Idlib on Wednesday, a war monitor said. "
             "The monitor said government aircraft struck a market in Idlib city, killing 19 civilians, while "
             "Russian jets pounded the outskirts of Maarat al-Numan, killing three more. More than 60 people were "
             "wounded, the monitor said.")
    assert toll(idlib, "en", "2020-01-16") == (22, 60)


def test_tolls_of_separate_incidents_add_up():
    text = ("Rockets hit Camp Taji north of Baghdad on Wednesday evening, killing three coalition soldiers. "
            "Late on Wednesday, aircraft struck positions near the Syrian town of Albu Kamal, killing 26 fighters, "
            "the Syrian Observatory said.")
    assert toll(text, "en", "2020-03-12")[0] == 29


def test_ages_are_not_tolls():
    assert toll("A video journalist was killed on Friday when Israeli shells hit a group of journalists near Alma "
                "al-Shaab. Issam Abdallah, 37, was killed instantly.", "en", "2023-10-14")[0] == 1
    assert toll("A missile hit the Negev on Saturday night. A 7-year-old Bedouin girl was seriously wounded by "
                "shrapnel.", "en", "2024-04-14")[1] == 1


def test_what_a_later_sentence_tells_is_a_toll_only_of_the_attack_just_told():
    # a campaign's toll "since" a day, and a death no attack caused, are not the attack's
    since = ("Israeli air strikes on Tyre on Tuesday killed 10 people. More than 2,700 people have been killed in "
             "Lebanon since the conflict escalated in September.")
    assert toll(since, "en", "2024-10-30")[0] == 10
    alarm = ("A drone struck Ain al-Asad air base on Wednesday, causing minor injuries to two U.S. service members. "
             "A U.S. civilian contractor died of a cardiac episode while sheltering during a false alarm.")
    assert toll(alarm, "en", "2023-10-19") == (None, 2)


def test_one_toll_told_of_the_province_and_then_of_the_town_is_counted_once():
    text = ("The Islamic State claimed a roadside bombing that killed four SDF fighters in the Deir al-Zor "
            "countryside on Monday. The group said it detonated a device on an SDF patrol near al-Busayrah on "
            "Monday. The Syrian Observatory put the toll at four SDF members killed and two wounded.")
    assert toll(text, "en", "2022-11-08") == (4, 2)


def test_denied_losses_are_zero_and_unknown_losses_are_unknown():
    denied = "سقطت ثلاثة صواريخ على قاعدة بلد الجوية فجر اليوم، ولم يسفر ذلك عن أي خسائر بشرية أو أضرار في الطائرات."
    assert toll(denied, "ar", "2023-11-02") == (0, 0)
    victims = "استهدفت طائرة مسيّرة تركية مركبة قرب مطار السليمانية أمس، وقالت الأسايش إن الضربة لم تسفر عن ضحايا."
    assert toll(victims, "ar", "2023-11-02") == (0, 0)
    unknown = "تعرّض مطار بغداد الدولي لقصف صاروخي مساء أمس، من دون ورود معلومات عن خسائر بشرية."
    assert toll(unknown, "ar", "2023-11-02") == (None, None)
    no_dead = ("أعلن البنتاغون أن الهجمات على عين الأسد أمس أسفرت عن إصابة 59 عسكرياً أمريكياً بجروح طفيفة، مضيفاً أنه "
               "لم يُقتل أي جندي.")
    assert toll(no_dead, "ar", "2023-11-02") == (0, 59)


def test_arabic_duals_count_two_and_a_toll_told_after_attacks_is_the_last_ones():
    assert toll("استهدفت المقاتلات الإسرائيلية أمس ميناء الحديدة، ما أدى إلى مقتل شخصين وإصابة 35 آخرين.", "ar",
                "2025-05-06") == (2, 35)
    unifil = "أصيب جنديان من قوة اليونيفيل اليوم إثر انفجارين قرب برج مراقبة في الناقورة."
    assert toll(unifil, "ar", "2024-10-11") == (None, 2)
    subject_first = "وكان جنديان إندونيسيان قد أصيبا أمس عندما أطلقت دبابة إسرائيلية قذيفة على برج مراقبة في الناقورة."
    assert toll(subject_first, "ar", "2024-10-11") == (None, 2)
    raids = ("شنّ الطيران الإسرائيلي اليوم غارات على مطار صنعاء. وقالت وزارة الصحة إن الغارات أسفرت عن سقوط ثلاثة قتلى "
             "و38 جريحاً. وكانت المقاتلات الإسرائيلية قد استهدفت أمس ميناء الحديدة، ما أدى إلى مقتل شخصين وإصابة 35 "
             "آخرين.")
    assert toll(raids, "ar", "2025-05-06") == (5, 73)


def test_the_wounded_are_no_figure_a_person_after_an_age_is_one_and_another_makes_two():
    ship = ("Three crew members of the True Confidence were killed and at least four injured when a Houthi missile "
            "struck the vessel in the Gulf of Aden on Wednesday. An Indian warship later picked up 21 sailors, including "
            "the wounded, from a lifeboat.")
    assert toll(ship, "en", "2024-03-07") == (3, 4)
    assert toll("A drone slammed into an apartment building in Tel Aviv early Friday, killing a 50-year-old man and "
                "wounding at least eight people.", "en", "2024-07-19") == (1, 8)
    assert toll("On Aug. 25, two drones attacked vehicles of the PMF near al-Qaim, killing a Kataib Hezbollah commander "
                "known as Abu Ali al-Dabi and another fighter.", "en", "2019-09-05")[0] == 2


def test_figures_of_each_incident_add_up_under_a_total_for_both():
    text = ("Bombings in Baghdad and in the town of Qara Tappa killed 52 people on Sunday. In Baghdad, two car bombs went "
            "off near a market in the district of Kadhimiya, killing 24 people and wounding 61. Hours earlier in Qara "
            "Tappa, three suicide car bombs hit a checkpoint, killing 28 people and wounding 50.")
    assert toll(text, "en", "2014-10-13") == (52, 111)
    assert toll("On March 11 some 18 Katyusha rockets struck Camp Taji, killing two American soldiers and a British army "
                "medic.", "en", "2020-03-12")[0] == 3
    assert toll("أصابت مسيّرة مبنى في قاعدة بحرية في إيلات فجر اليوم، وقال الجيش الإسرائيلي إن الحادث لم يسفر عن قتلى أو "
                "جرحى.", "ar", "2024-04-01") == (0, 0)


def test_a_cumulative_toll_over_counted_attacks_holds_the_described_ones():
    badia = ("Islamic State gunmen killed 18 truffle hunters in the Syrian desert near Palmyra on Saturday, the Syrian "
             "Observatory said. It said the attack brought the number of people killed by the group in the Badia since "
             "Jan. 1 to 231, in 38 attacks.")
    assert toll(badia, "en", "2024-03-10")[0] == 231
    month = ("وثّق المرصد السوري لحقوق الإنسان خلال شهر آذار/مارس 2024 مقتل 41 شخصاً جراء 19 هجوماً نفذتها خلايا تنظيم "
             "الدولة الإسلامية في البادية السورية. وكان أعنف هذه الهجمات في 12 آذار، حين كمن عناصر التنظيم لرتل عسكري "
             "قرب مدينة تدمر، ما أدى إلى مقتل تسعة عناصر.")
    assert toll(month, "ar", "2024-04-01")[0] == 41


def test_a_toll_told_after_the_statements_about_the_strikes_is_theirs():
    text = ("U.S. forces struck more than 85 targets at seven facilities in Iraq and Syria on Friday, U.S. Central Command "
            "said. Long-range bombers dropped more than 125 precision munitions on command centres, CENTCOM said. President "
            "Joe Biden said in a statement that the response began today. The Pentagon counts more than 160 attacks on U.S. "
            "forces since Oct. 17. A spokesman for the Iraqi commander-in-chief said 16 people were killed and 25 wounded on "
            "the Iraqi side.")
    assert toll(text, "en", "2024-02-03") == (16, 25)


def test_a_death_toll_that_rose_to_a_figure_and_an_acronym_aside_before_the_cue():
    rose = ("Islamic State gunmen attacked a village on the outskirts of Muqdadiyah on Tuesday night. The death toll from "
            "the attack on the village near Muqdadiyah in Diyala province has risen to 11, Iraqi security sources said.")
    assert toll(rose, "en", "2024-05-23")[0] == 11
    aside = ("Turkish jets struck shelters in the Metina region of northern Iraq on Sunday. Defence Minister Hulusi Akar "
             "said that 19 militants of the Kurdistan Workers' Party (PKK) had been killed so far.")
    assert toll(aside, "en", "2022-04-18")[0] == 19
    dateline = ("BAGHDAD, Feb 14 (Reuters) - Two members of Iraq's Popular Mobilization Forces were killed when explosions "
                "struck a weapons depot at Jurf al-Sakhar late on Tuesday.")
    assert toll(dateline, "en", "2024-02-14")[0] == 2


def test_a_modal_after_the_toll_does_not_unsay_it():
    text = ("The United States launched a wave of airstrikes against the Houthis on Saturday, hitting targets in Sanaa. "
            "The Houthi-run health ministry said at least 31 people were killed and 101 wounded, a figure that could not "
            "be independently verified.")
    assert toll(text, "en", "2025-03-16") == (31, 101)


def test_a_figure_with_a_part_named_in_an_aside_is_the_whole():
    whole = extract("c50", "Israeli jets struck a house in Nabatieh late Sunday. At least 11 people, including four "
                           "children, were killed, Lebanon's health ministry said.", "en", "2024-01-29")
    assert whole.casualties.killed == 11
    part = extract("c51", "Israeli jets struck a house in Nabatieh late Sunday. Hezbollah fighters, including two "
                          "commanders, were killed.", "en", "2024-01-29")
    assert part.casualties.killed == 2


def test_no_one_hurt_means_nobody_dead_or_injured_and_arabic_plural_martyrs():
    unhurt = extract("c52", "A drone hit a base in Erbil on Sunday. No one was hurt in the attack.", "en", "2024-01-29")
    assert (unhurt.casualties.killed, unhurt.casualties.injured) == (0, 0)
    martyrs = extract("c53", "استهدفت غارة إسرائيلية سيارة في بنت جبيل أمس، وثلاثة شبان استشهدوا فيها.", "ar", "2024-01-29")
    assert martyrs.casualties.killed == 3


def test_the_toll_of_a_background_war_is_none_of_the_attacks():
    assert toll("The group said the attack on Ain al-Asad on Sunday was revenge for the Israeli offensive in Gaza, "
                "which has killed more than 27,000 Palestinians.", "en", "2024-02-05") == (None, None)
    assert toll("وقالت المقاومة إن الهجوم على قاعدة عين الأسد أمس جاء رداً على العدوان الإسرائيلي على غزة الذي أسفر عن "
                "استشهاد أكثر من 27 ألف فلسطيني.", "ar", "2024-02-05") == (None, None)


def test_a_suicide_vest_tells_an_attack_of_no_listed_weapon():
    facts = extract("c54", "The Islamic State claimed the bombing via its Amaq news agency, saying one of its fighters had "
                           "detonated an explosive vest among pilgrims in Karbala on Sunday.", "en", "2024-02-05")
    assert facts.weapons == [] and facts.incidents  # (read as an attack's arms; no weapon of the vocabulary)


def test_arabic_no_deaths_recorded_and_one_more_wounded():
    assert toll("وأسفر الهجوم على قاعدة حرير أمس عن إصابة عدد من الجنود بجروح طفيفة، دون تسجيل وفيات.", "ar",
                "2024-01-22") == (0, None)
    assert toll("استهدفت غارة إسرائيلية بلدة الخيام أمس، وأسفرت عن مقتل عنصرين من حزب الله وإصابة ثالث.", "ar",
                "2024-01-22") == (2, 1)
    assert toll("A drone strike on a car near Qamishli on Sunday killed its three occupants.", "en",
                "2024-01-22") == (3, None)


def test_a_group_mourning_its_dead_tells_the_toll_again():
    assert toll("ونعى حزب الله ثلاثة من مقاتليه سقطوا خلال غارات إسرائيلية على بلدتي عيتا الشعب ورامية أمس.", "ar",
                "2024-02-05") == (3, None)
    assert toll("أسفرت ضربة بطائرة مسيّرة أميركية أمس قرب كركوك عن مقتل خمسة من عناصر «كتائب حزب الله»، فيما نعت الكتائب "
                "«خمسة من مجاهديها».", "ar", "2023-12-04") == (5, None)
    facts = extract("c55", "وأعلن الجيش الإسرائيلي مقتل جنديين إثر سقوط صاروخ مضاد للدروع أطلق من لبنان على موقعهما قرب "
                           "بلدة شلومي.", "ar", "2024-02-05")
    assert facts.weapons == ["missile"]


def test_people_joined_to_the_first_a_third_a_family_and_a_toll_raised():
    assert toll("The strike killed a senior Kataib Hezbollah commander and two of his guards in Baghdad on Wednesday.",
                "en") == (3, None)
    assert toll("A drone strike on a car near Qamishli on Tuesday killed its driver and a passenger.", "en")[0] == 2
    assert toll("Two soldiers were lightly wounded and a third was seriously injured when a rocket hit the base in Anbar "
                "on Tuesday.", "en") == (None, 3)
    assert toll("The attack on the Conoco field on Tuesday left one SDF fighter dead and four wounded.", "en") == (1, 4)
    assert toll("Four members of one family, including two children, died when a shell hit their home in Tal Rifaat on "
                "Tuesday.", "en")[0] == 4
    assert toll("A man died of his wounds on Wednesday, a day after the drone strike in Sinjar, raising the toll to three.",
                "en")[0] == 3


def test_arabic_a_person_and_his_companion_a_third_joined_and_none_of_them_seriously():
    assert toll("قتل قيادي في حزب الله وسائقه بغارة إسرائيلية على سيارة في النبطية يوم الثلاثاء.", "ar")[0] == 2
    assert toll("أصيب جنديان بجروح طفيفة وثالث بجروح خطيرة جراء سقوط صاروخ على القاعدة في الأنبار يوم الثلاثاء.",
                "ar") == (None, 3)
    assert toll("أصيب ستة أشخاص بجروح، لم تكن إصابة أي منهم خطيرة، إثر سقوط صاروخين قرب السفارة الأمريكية في بغداد يوم "
                "الثلاثاء.", "ar") == (None, 6)


def test_since_in_another_clause_leaves_a_toll_of_the_attack():
    assert toll("CENTCOM said its forces had carried out air strikes on the Ras Isa fuel port on Thursday night. The "
                "Houthi-run health ministry said on Friday that 74 people had been killed and 171 wounded at the port, "
                "which would make it the deadliest single U.S. strike since Washington began its campaign on March 15.",
                "en", "2025-04-18") == (74, 171)


def test_one_named_before_a_joined_number_and_a_singular_joined_to_a_dual_are_counted():
    officer = extract("c1", "قُتل ضابط وعشرة جنود من الجيش العراقي في هجوم لمسلحي داعش على موقع عسكري في ديالى فجر الجمعة.",
                      "ar", "2022-01-28")
    assert officer.casualties.killed == 11
    taji = extract("c2", "سقطت ثلاثة صواريخ كاتيوشا على معسكر التاجي مساء الأربعاء، ما أدى إلى مقتل جنديين أمريكيين "
                         "وجندية بريطانية، وإصابة أربعة عشر آخرين.", "ar", "2020-03-12")
    assert (taji.casualties.killed, taji.casualties.injured) == (3, 14)
    one = extract("c3", "أسفر التفجير عن مقتل منتسب واحد وإصابة اثنين آخرين قرب التاجي مساء الثلاثاء.", "ar", "2020-05-08")
    assert (one.casualties.killed, one.casualties.injured) == (1, 2)


def test_english_a_later_ordinal_a_named_person_with_others_and_kin_joined_to_a_possessive():
    sixth = extract("c1", "The strike killed five members of Kataib Hezbollah, the group said, and a sixth later died of "
                          "his wounds.", "en", "2023-11-23")
    assert sixth.casualties.killed == 6
    named = extract("c2", "A U.S. drone strike in Baghdad on Wednesday killed Abu Baqir al-Saadi, a senior Kataib Hezbollah "
                          "commander, and two other people.", "en", "2024-02-08")
    assert named.casualties.killed == 3
    commander = extract("c3", "An Israeli strike near Tyre on Monday killed a Hezbollah commander and two others.",
                        "en", "2024-03-12")
    assert commander.casualties.killed == 3
    kin = extract("c4", "The shelling killed a child and wounded his mother and two siblings in Zakho on Saturday, local "
                        "officials said.", "en", "2022-06-26")
    assert (kin.casualties.killed, kin.casualties.injured) == (1, 3)


def test_arabic_people_joined_by_kin_and_companions_and_a_toll_beside_a_named_dead():
    kin = extract("c1", "استشهد طفلان ووالدتهما وأصيب والدهما بجروح خطيرة جراء غارة إسرائيلية على منزل في بلدة ميس "
                        "الجبل جنوبي لبنان أمس.", "ar", "2024-02-11")
    assert (kin.casualties.killed, kin.casualties.injured) == (3, 1)
    companion = extract("c2", "أسفرت الضربة الأمريكية في بغداد أمس عن مقتل القيادي في حركة النجباء مشتاق طالب السعيدي ومرافق "
                              "له، وإصابة ستة أشخاص بجروح.", "ar", "2024-01-05")
    assert (companion.casualties.killed, companion.casualties.injured) == (2, 6)
    toll = extract("c3", "قال الجيش الإسرائيلي إن الغارة على الضاحية الجنوبية لبيروت أمس قتلت القيادي في الحزب إبراهيم عقيل، "
                         "إذ أعلنت وزارة الصحة ارتفاع حصيلتها إلى 45 قتيلاً و68 جريحاً.", "ar", "2024-09-21")
    assert (toll.casualties.killed, toll.casualties.injured) == (45, 68)
    bombing = extract("c4", "قتل أربعة أمريكيين في تفجير انتحاري تبناه داعش في منبج أمس.", "ar", "2019-01-17")
    assert bombing.weapons == [] and bombing.incidents and bombing.casualties.killed == 4


def test_arabic_tolls_that_rose_an_earlier_count_superseded_and_two_hundred_in_construct_form():
    rose = extract("c1", "ارتفعت حصيلة القتلى جراء الغارات الجوية التي استهدفت ظهر أمس الأحد سوقاً شعبية وسط مدينة أريحا "
                         "بريف إدلب إلى أربعة وأربعين شخصاً، بعد أن كانت الحصيلة الأولية ثمانية عشر قتيلاً.", "ar", "2015-11-30")
    assert rose.casualties.killed == 44
    initial = extract("c2", "أعلنت وزارة الصحة حصيلة أولية للغارات على الحديدة أمس بلغت 16 قتيلاً و41 جريحاً.", "ar", "2024-05-31")
    assert (initial.casualties.killed, initial.casualties.injured) == (16, 41)
    hundreds = extract("c3", "انفجرت سيارة مفخخة في جبلة صباح أمس، وأصيب أكثر من مئتي شخص بجروح.", "ar", "2016-05-24")
    assert hundreds.casualties.injured == 200
    running = extract("c4", "قُتل سبعة مسعفين في غارة على الهبارية فجر أمس. وفي وقت لاحق قُتل ثلاثة عناصر في غارة على الناقورة، "
                            "لترتفع حصيلة قتلى يوم الأربعاء إلى عشرة.", "ar", "2024-03-28")
    assert running.casualties.killed == 10
    english = extract("c5", "The death toll from the strike on the market in Ariha on Sunday rose to 44, up from an initial "
                            "18, the Observatory said.", "en", "2015-11-30")
    assert english.casualties.killed == 44


def test_arabic_one_named_with_a_number_of_his_own_and_a_dual_joined_to_one():
    named = extract("c1", "أسفرت الغارة التي استهدفت مساء الثلاثاء منزلاً في بلدة جويا عن مقتل عبد الله، أحد أبرز قادة الحزب "
                          "الميدانيين، وثلاثة من مرافقيه، وإصابة اثنين من سكان الحي.", "ar", "2024-06-14")
    assert (named.casualties.killed, named.casualties.injured) == (4, 2)
    dual = extract("c2", "انفجرت عبوة ناسفة على عجلة للجيش في جزيرة الشرقاط ليل الجمعة، ما أدى إلى استشهاد ضابط برتبة ملازم أول "
                         "وجنديين اثنين وإصابة ثلاثة آخرين بجروح.", "ar", "2022-11-13")
    assert (dual.casualties.killed, dual.casualties.injured) == (3, 3)
    police = extract("c3", "قصف مسلحو التنظيم مركز مدينة حديثة بقذائف الهاون السبت، ما أدى إلى مقتل شرطيَّين وإصابة خمسة مدنيين.",
                     "ar", "2014-09-08")
    assert (police.casualties.killed, police.casualties.injured) == (2, 5)


def test_tolls_at_two_named_sites_of_one_province_on_one_day_add_up():
    facts = extract("c1", "Ten people were killed when a U.S. drone strike hit a convoy leaving Baghdad International Airport "
                          "early on Friday, Iraqi officials said.\n\nShortly before midnight on Friday, an air strike hit a "
                          "convoy of PMF vehicles on a road near Camp Taji, north of the capital, killing six people and "
                          "wounding three, Iraqi security sources said.", "en", "2020-01-04")
    assert (facts.casualties.killed, facts.casualties.injured) == (16, 3)


def test_the_wounded_who_later_died_move_to_the_dead_unless_a_toll_holds_them():
    ship = extract("c1", "Three crew were killed and two were wounded when Houthi drones struck a bulk carrier off Hodeidah "
                         "late on Monday; one of the wounded later died, the EU naval mission said.", "en", "2025-07-10")
    assert (ship.casualties.killed, ship.casualties.injured) == (4, 1)
    second = extract("c2", "U.S. strikes near Hillah on Tuesday killed one member of the security forces and wounded 18 "
                           "people. A second man died of his wounds on Wednesday, Iraqi security sources said.",
                     "en", "2023-12-27")
    assert (second.casualties.killed, second.casualties.injured) == (2, 17)
    arabic = extract("c3", "قُتل ثلاثة عناصر من قسد وجُرح خمسة آخرون في هجوم بطائرة مسيرة تركية على حاجز قرب القامشلي أمس. "
                           "وتوفي اثنان منهم لاحقاً في المستشفى.", "ar", "2023-12-20")
    assert (arabic.casualties.killed, arabic.casualties.injured) == (5, 3)
    toll = extract("c4", "The death toll from an Islamic State attack on a village near Muqdadiyah has risen to 11, Iraqi "
                         "security sources said on Thursday, after two of the wounded died in hospital. Thirteen other "
                         "people were wounded.", "en", "2023-11-30")
    assert (toll.casualties.killed, toll.casualties.injured) == (11, 13)


def test_a_death_toll_that_rose_told_far_after_its_noun():
    facts = extract("c1", "The death toll from a suicide truck bomb that tore through a crowded market in the Iraqi town of "
                          "Khan Bani Saad on the eve of the Eid al-Fitr holiday rose to 115 on Sunday, officials said.",
                    "en", "2015-07-19")
    assert facts.casualties.killed == 115


@pytest.mark.parametrize("text, published, killed", [
    # a toll put at a figure
    ("An air strike hit a building in Damascus on Monday, the Syrian Observatory said, putting the overall death toll "
     "at 13.", "2024-04-02", 13),
    # a toll that rose to a figure, past what was told before
    ("Islamic State militants ambushed a bus carrying Syrian soldiers near Deir ez-Zor on Wednesday, killing 25 of them, "
     "state media said. The toll rose to 28 on Thursday after three of the wounded died in hospital, a military source "
     "said.", "2020-12-31", 28),
])
def test_a_toll_put_at_or_risen_to_a_figure_counts_the_dead(text, published, killed):
    assert extract("t1", text, "en", published).casualties.killed == killed
