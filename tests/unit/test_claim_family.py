"""Claims and blame as a family: every wording below, with every actor, target and teller it is generated with, must
give the claimants (or the alleged) it names, and look-alikes none. Each template is one way outlets carry a claim; the products make sure a
rule holds for the family and not for one sentence. Pure logic: no broker, no database."""
import itertools

import pytest

from flashpoint.extract import extract

STATE_STRIKERS = [("U.S. aircraft", "United States", "the Pentagon"), ("Israeli jets", "Israel", "the Israeli military"),
                  ("Turkish warplanes", "Turkey", "Turkey's defence ministry"),
                  ("Russian jets", "Russia", "Russia's defence ministry"),
                  ("Iraqi F-16s", "Iraqi government", "the Security Media Cell")]
STRUCK_GROUPS = ["Islamic State", "Kataib Hezbollah", "Hezbollah", "the Houthis", "the PKK"]
STATE_TEMPLATES = [
    "{a} struck {g} positions near al-Qaim on Monday, {v} said.",
    "{a} struck {g} positions near al-Qaim on Monday, {v} said in a statement.",
    "{V} said {a} had struck {g} targets near al-Qaim on Monday.",
    "In a statement, {v} said {a} struck {g} sites near al-Qaim on Monday.",
    "{a} hit {g} weapons depots near al-Qaim on Monday, according to {v}.",
]

GROUPS = [("Kataib Hezbollah", "Kataib Hezbollah"), ("The Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
          ("Hezbollah", "Hezbollah"), ("The Houthis", "Houthis"), ("Islamic State", "Islamic State"), ("Hamas", "Hamas")]
ATTACKS = ["a drone attack on Ain al-Asad air base", "a rocket attack on the Harir base", "a missile attack on Eilat",
           "a bombing in Kirkuk"]
GROUP_CLAIMS = [
    "{G} claimed responsibility for {x} on Monday.",
    "{G} said it carried out {x} on Monday.",
    "{G} said on Telegram that it was behind {x} on Monday.",
    "{G} took responsibility for {x} on Monday, according to a statement.",
    "In a statement on Monday, {g} claimed {x}.",
    "{X} on Monday was claimed by {g}.",
    "{G} said its fighters carried out {x} on Monday.",
    "A statement from {g} said its fighters were behind {x} on Monday.",
    "{G} said in a statement that it had carried out {x} on Monday, the SITE Intelligence Group reported.",
    "The SITE Intelligence Group said {g} had claimed {x} on Monday.",
    "{X} on Monday, claimed by {g}, caused no casualties.",
    "{X} on Monday caused no casualties. {G} later claimed the attack.",
    "{X} on Monday caused no casualties. {G} said it was responsible.",
    "{X} on Monday caused no casualties. In a statement, {g} said it had carried out the attack.",
    "{X} on Monday caused no casualties. The group behind it, {g}, said the attack was in response to U.S. support "
    "for Israel.",
    # the group's own spokesman with the group as "the group", and its men named as the doers in the passive
    "A spokesman for {g} said on Monday that the group was behind {x}.",
    "{G} said on Monday that {x} was carried out by its fighters.",
]
GROUP_LOOK_ALIKES = [
    "{G} denied any role in {x} on Monday.",
    "A spokesman for {g} said on Monday that the group was not behind {x}.",
    "U.S. officials said on Monday that {x} was carried out by fighters of {g}.",
    "{G} praised {x} on Monday but did not claim it.",
    "{X} on Monday went unclaimed, though U.S. officials blamed {g}.",
    "U.S. officials said {g} carried out {x} on Monday.",
]

# A claim told after the attack, in a sentence of its own
TOLD_ATTACKS = ["A drone struck Ain al-Asad air base on Monday, causing minor injuries.",
                "Rockets hit the Harir base in Erbil province on Monday night.",
                "A roadside bomb hit a supply convoy near Diwaniyah on Monday."]
LATER_CLAIMS = [
    "{A} {G} later said it had carried out the attack.",
    "{A} Hours later, {g} issued a statement saying its fighters had launched the attack.",
    "{A} In a Telegram post, {g} said it had targeted the site.",
    "{A} A spokesman for {g} said the group had carried out the operation.",
    "{A} {G}, in a statement, said it had attacked the site.",
    "{A} Responsibility was claimed by {g} in a statement.",
    "{A} The attack was the latest claimed by {g}.",
    "{A} It was claimed by {g}, which said it was retaliating for Israel's war in Gaza.",
    "{A} {G} said on Tuesday that it had struck the site, calling it a response to U.S. support for Israel.",
    "{A} A statement attributed to {g} claimed the attack.",
    "{A} {G} has claimed the attack, according to the SITE Intelligence Group.",
    "{A} The attack was claimed by {g}, the SITE Intelligence Group said.",
    "{A} {G} published a video it said showed the attack.",
    "{A} {G} said in a statement it had \"targeted the occupation base\" with a drone.",
    "{A} {G} issued a statement taking responsibility.",
    "{A} In a statement, {g} said the operation was a response to U.S. support for Israel.",
    # "owned" as "owned up to": the claimer, or its spokesman named after it
    "{A} {G} had owned the strike within hours.",
    "{A} By evening a spokesman for {g} had owned the attack in a televised statement.",
]
LATER_LOOK_ALIKES = [
    "{A} {G} has not owned the attack.",
    "{A} {G} said it was taking responsibility for the security of the area.",
    "{A} The company that owned the site said {g} had threatened it before.",
    "{A} {G} threatened to escalate its attacks.",
    "{A} {G} praised the attack but stopped short of claiming it.",
    "{A} Officials blamed {g}, which did not comment.",
    "{A} A U.S. official said {g} was likely behind the attack.",
    "{A} {G} has denied involvement.",
    '{A} {G}, asked about the attack, said in a statement it had no comment on what it called "resistance operations."',
]
# What a group's or a state's voice says of its own side's deeds
OWN_DEEDS = [
    ("Hezbollah said its fighters destroyed an Israeli Merkava tank near the Shebaa Farms on Monday.", {"Hezbollah"}),
    ("Houthi spokesman Yahya Saree said a ballistic missile was fired at Eilat on Monday.", {"Houthis"}),
    ("The Islamic Resistance in Iraq said two drones were launched at Ain al-Asad on Monday.",
     {"Islamic Resistance in Iraq"}),
    ("Israel struck Iranian targets near Damascus on Monday, the army said.", {"Israel"}),
    ("Hezbollah said a missile was fired at its positions near Tyre on Monday.", set()),
    ("Iran did not say whether it had fired the rockets at the Golan on Monday.", set()),
]

GROUPS_AR = [("كتائب حزب الله", "Kataib Hezbollah"), ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq"),
             ("حزب الله", "Hezbollah"), ("جماعة الحوثي", "Houthis"), ("تنظيم داعش", "Islamic State"), ("حركة حماس", "Hamas")]
ATTACKS_AR = ["هجوم بطائرة مسيرة على قاعدة عين الأسد", "هجوم صاروخي على قاعدة حرير", "تفجير عبوة ناسفة في كركوك"]
GROUP_CLAIMS_AR = [
    "تبنت {g} {x} أمس.",
    "أعلنت {g} مسؤوليتها عن {x} أمس.",
    "أعلنت {g} في بيان على تلغرام مسؤوليتها عن {x} أمس.",
    "قالت {g} في بيان إنها نفذت {x} أمس.",
    "{x} أمس تبنته {g} في بيان.",
    "وقع {x} أمس، وأعلنت {g} لاحقاً مسؤوليتها عنه.",
    "وقع {x} أمس. وتبنت {g} الهجوم في بيان نشرته على قناتها في تلغرام.",
]
GROUP_LOOK_ALIKES_AR = [
    "نفت {g} أي علاقة لها بـ{x} أمس.",
    "وقع {x} أمس، ولم تعلن أي جهة مسؤوليتها عنه، فيما اتهمت واشنطن {g} بالوقوف وراءه.",
    "أشادت {g} بـ{x} أمس من دون أن تتبناه.",
    # a statement of blame, and of what struck the group's own site
    "قال المتحدث باسم {g} في بيان إن الجماعة «تحمّل القوات الأمريكية المسؤولية الأولى والأخيرة» عن {x} أمس.",
    "قالت {g} في بيان إن الانفجار الذي وقع أمس في مخزن للعتاد تابع لها «نتج عن استهداف بطائرة مسيّرة».",
]
STATES_AR = [("United States", "وزارة الدفاع الأمريكية (البنتاغون)", "الأمريكية"), ("Israel", "الجيش الإسرائيلي", "الإسرائيلية"),
             ("Turkey", "وزارة الدفاع التركية", "التركية"), ("Russia", "وزارة الدفاع الروسية", "الروسية")]
STATE_CLAIMS_AR = [
    "أعلنت {v} أن طائراتها قصفت مواقع لتنظيم داعش قرب الرقة أمس.",
    "قالت {v} في بيان إنها نفذت غارات على مواقع لتنظيم داعش قرب الرقة أمس.",
    "شنت الطائرات {adj} أمس غارات على مواقع لتنظيم داعش قرب الرقة، بحسب بيان {v}.",
    "قصفت مقاتلات {adj} مواقع لتنظيم داعش قرب الرقة أمس، وفق ما أعلنت {v}.",
    "أكدت {v} تنفيذ ضربات جوية على مواقع لتنظيم داعش قرب الرقة أمس.",
    # the spokesman's rank and name between the voice and what its jets did
    "أعلن المتحدث باسم {v} العميد مايكل براون أن طائرتين حربيتين قصفتا أمس مواقع لتنظيم داعش قرب الرقة.",
]
STATE_LOOK_ALIKES_AR = [
    "قصفت طائرات {adj} مواقع قرب الرقة أمس، بحسب المرصد السوري لحقوق الإنسان.",
    "نفت {v} تنفيذ أي غارات قرب الرقة أمس.",
]


def named_as(role: str, text: str, lang: str) -> set[str]:
    return {a.name for a in extract("family", text, lang, "2023-11-01").actors if a.role == role}


def claimants(text: str, lang: str) -> set[str]:
    return named_as("claimant", text, lang)


def misread(cases, role: str = "claimant") -> list[str]:
    """The generated sentences whose actors in the role are not the ones wanted, with what was read."""
    return [f"{sorted(got)} (want {sorted(want)}): {text}" for text, lang, want in cases
            if (got := named_as(role, text, lang)) != want]


@pytest.mark.parametrize("template", STATE_TEMPLATES)
def test_a_states_strikes_told_by_its_own_voice_are_its_claim(template):
    cases = [(template.format(a=a, g=g, v=v, V=v[0].upper() + v[1:]), "en", {state})
             for (a, state, v), g in itertools.product(STATE_STRIKERS, STRUCK_GROUPS)]
    assert misread(cases) == []


@pytest.mark.parametrize("template", GROUP_CLAIMS + GROUP_LOOK_ALIKES)
def test_english_group_claims_and_their_look_alikes(template):
    want = (lambda name: {name}) if template in GROUP_CLAIMS else (lambda name: set())
    cases = [(template.format(G=G, g=G[0].lower() + G[1:] if G.startswith("The ") else G, x=x, X=x[0].upper() + x[1:]),
              "en", want(name)) for (G, name), x in itertools.product(GROUPS, ATTACKS)]
    assert misread(cases) == []


@pytest.mark.parametrize("template", GROUP_CLAIMS_AR + GROUP_LOOK_ALIKES_AR)
def test_arabic_group_claims_and_their_look_alikes(template):
    want = (lambda name: {name}) if template in GROUP_CLAIMS_AR else (lambda name: set())
    cases = [(template.format(g=g, x=x), "ar", want(name)) for (g, name), x in itertools.product(GROUPS_AR, ATTACKS_AR)]
    assert misread(cases) == []


@pytest.mark.parametrize("template", STATE_CLAIMS_AR + STATE_LOOK_ALIKES_AR)
def test_arabic_state_claims_and_their_look_alikes(template):
    cases = [(template.format(v=v, adj=adj), "ar", {state} if template in STATE_CLAIMS_AR else set())
             for state, v, adj in STATES_AR]
    assert misread(cases) == []


@pytest.mark.parametrize("template", LATER_CLAIMS + LATER_LOOK_ALIKES)
def test_claims_told_after_the_attack_and_their_look_alikes(template):
    want = (lambda name: {name}) if template in LATER_CLAIMS else (lambda name: set())
    cases = [(template.format(A=A, G=G, g=G[0].lower() + G[1:] if G.startswith("The ") else G), "en", want(name))
             for (G, name), A in itertools.product(GROUPS, TOLD_ATTACKS)]
    assert misread(cases) == []


@pytest.mark.parametrize("text, want", OWN_DEEDS)
def test_a_voice_telling_of_its_own_sides_deeds(text, want):
    assert claimants(text, "en") == want


BLAMED = [("Kataib Hezbollah", "Kataib Hezbollah"), ("the Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
          ("Hezbollah", "Hezbollah"), ("the Houthis", "Houthis"), ("Islamic State", "Islamic State"), ("Iran", "Iran")]
BLAMED_FOR = ["the drone attack on Ain al-Asad air base on Monday", "Monday's rocket attack on the Harir base"]
BLAME = [
    "U.S. officials blamed {g} for {x}.",
    "The Pentagon said {g} was behind {x}.",
    "The Pentagon accused {g} of carrying out {x}.",
    "Washington held {g} responsible for {x}.",
    "{X} bore the hallmarks of {g}, officials said.",
    "U.S. officials suspect {g} carried out {x}.",
    "A U.S. official said {x} was carried out by {g}.",
    "{X} was carried out by {g}, a U.S. official said.",
    "According to U.S. officials, {g} launched {x}.",
    "Iraqi security sources said {g} fired the rockets in {x}.",
    "The Pentagon pointed the finger at {g} over {x}.",
    "Defense Secretary Lloyd Austin said {g} was responsible for {x}.",
    "{X} hit a base used by U.S. forces. Kirby said the site was used by {g}, which he said was \"engaged in drone "
    "attacks against U.S. personnel.\"",
    "{X} was blamed on {g}.",
    "U.S. officials attributed {x} to {g}.",
]
BLAME_LOOK_ALIKES = [
    "U.S. officials did not say who was behind {x}.",
    "The Pentagon declined to say whether {g} was behind {x}.",
]
BLAMED_AR = [("كتائب حزب الله", "Kataib Hezbollah"), ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq"),
             ("حزب الله", "Hezbollah"), ("جماعة الحوثي", "Houthis"), ("تنظيم داعش", "Islamic State"), ("إيران", "Iran")]
BLAMED_FOR_AR = ["الهجوم بطائرة مسيرة على قاعدة عين الأسد أمس", "الهجوم الصاروخي على قاعدة حرير أمس"]
BLAME_AR = [
    "حمّلت واشنطن {g} مسؤولية {x}.",
    "اتهمت وزارة الدفاع الأمريكية {g} بتنفيذ {x}.",
    "قال مسؤول أمريكي إن {g} تقف وراء {x}.",
    "أشارت واشنطن بأصابع الاتهام إلى {g} في {x}.",
    "رجّحت مصادر أمنية أن تكون {g} وراء {x}.",
    "نسبت السلطات العراقية {x} إلى {g}.",
    "قالت مصادر أمنية عراقية إن {g} نفذت {x}.",
    # the accused deep in a quoted phrase the responsibility follows
    "حمّل وزير الداخلية قاسم الأعرجي «عناصر {g} الفارة من الصحراء الغربية» مسؤولية {x}.",
    # blame promised, as the writers count it
    "وقع {x}. وقالت السفارة الأمريكية في بيان إن واشنطن «ستحمّل {g} المسؤولية».",
]
BLAME_LOOK_ALIKES_AR = ["لم تحدد واشنطن الجهة التي تقف وراء {x}."]


@pytest.mark.parametrize("template", BLAME + BLAME_LOOK_ALIKES)
def test_english_blame_and_its_look_alikes(template):
    cases = [(template.format(g=g, x=x, X=x[0].upper() + x[1:]), "en", {name} if template in BLAME else set())
             for (g, name), x in itertools.product(BLAMED, BLAMED_FOR)]
    assert misread(cases, "alleged") == []


@pytest.mark.parametrize("template", BLAME_AR + BLAME_LOOK_ALIKES_AR)
def test_arabic_blame_and_its_look_alikes(template):
    cases = [(template.format(g=g, x=x), "ar", {name} if template in BLAME_AR else set())
             for (g, name), x in itertools.product(BLAMED_AR, BLAMED_FOR_AR)]
    assert misread(cases, "alleged") == []


# A state's voice telling, after the deed, of forces it names by no land: its own
VOICES = [("U.S. Central Command", "United States"), ("the Pentagon", "United States"),
          ("the Israeli military", "Israel"), ("Turkey's defence ministry", "Turkey"), ("Russia's defence ministry", "Russia")]
UNNAMED_FORCES = [
    ("Aircraft struck {g} positions near Deir ez-Zor on Monday, {v} said.", True),
    ("Responding Apache helicopters destroyed three vehicles used by {g} near Deir ez-Zor on Monday and killed two "
     "militants, {v} said.", True),
    ("Warplanes struck {g} positions near Deir ez-Zor on Monday, the Syrian Observatory said.", False),
    ("Iraqi troops killed 25 {g} militants near Deir ez-Zor on Monday, {v} said.", False),
]


@pytest.mark.parametrize("template, claimed", UNNAMED_FORCES)
def test_a_states_voice_telling_of_forces_it_names_by_no_land(template, claimed):
    cases = [(template.format(g=g, v=v), "en", {state} if claimed and "{v}" in template else set())
             for (v, state), g in itertools.product(VOICES, STRUCK_GROUPS)]
    assert misread(cases) == []


# A state's leader telling of the strike he ordered
LEADERS = [("President Joe Biden", "United States"), ("Prime Minister Benjamin Netanyahu", "Israel"),
           ("President Recep Tayyip Erdogan", "Turkey"), ("President Vladimir Putin", "Russia")]
LEADER_ORDERS = [
    "{L} said he had ordered strikes on {g} targets near al-Qaim on Monday.",
    "{L} said on Monday he had ordered retaliatory strikes on {g} sites near al-Qaim.",
    "{L} said he had ordered 'decisive and powerful' military action against {g} near al-Qaim on Monday.",
    # (the strikes in quotes of their own)
    "{L} said he had ordered \"precision airstrikes\" that night on {g} facilities near al-Qaim.",
    "{L} said he had ordered \"strikes\" on {g} facilities near al-Qaim on Monday.",
    # the strike named before the one who ordered it
    "{g} fired rockets in retaliation for the drone strike that killed its commander near al-Qaim on Monday, a strike "
    "{L} has said he ordered.",
]


@pytest.mark.parametrize("template", LEADER_ORDERS)
def test_a_leader_telling_of_the_strikes_he_ordered(template):
    cases = [(template.format(L=L, g=g), "en", {state}) for (L, state), g in itertools.product(LEADERS, STRUCK_GROUPS)]
    assert misread(cases) == []


# The subject before a long aside that lists member factions speaks, not the last name inside the aside
ASIDES = [", a group of factions that include Harakat al-Nujaba,",
          ", a banner adopted by Iran-backed factions that include Harakat al-Nujaba, Kataib Sayyid al-Shuhada and the "
          "Badr organisation,"]
ASIDE_DEEDS = ["shelled", "fired rockets at", "attacked", "sent two drones against"]


@pytest.mark.parametrize("aside", ASIDES)
def test_the_subject_before_an_aside_listing_factions_claims(aside):
    cases = [(f"Kataib Hezbollah{aside} said it had {deed} the Tabqa air base on Monday.", "en", {"Kataib Hezbollah"})
             for deed in ASIDE_DEEDS]
    cases += [(f"The Islamic Resistance in Iraq{aside} said it had {deed} the Tabqa air base on Monday.", "en",
               {"Islamic Resistance in Iraq"}) for deed in ASIDE_DEEDS]
    assert misread(cases) == []
    assert {a.name: a.role for a in extract("f", cases[0][0], "en", "2023-11-01").actors}["Harakat al-Nujaba"] \
        == "mentioned"


# A group saying its fighters took the place attacked claims the attack (the deed's word in quotes or not)
TAKEN = ["seized", "captured", "liberated", '"liberated"', "stormed"]


@pytest.mark.parametrize("deed", TAKEN)
def test_a_group_saying_its_fighters_took_the_place_claims_it(deed):
    cases = [(f"Dozens of soldiers were killed in the battle for Tabqa air base, which fell on Sunday. In a statement, "
              f"{g} said its fighters had {deed} the base.", "en", {name})
             for g, name in [("Islamic State", "Islamic State"), ("Hezbollah", "Hezbollah"),
                             ("Kataib Hezbollah", "Kataib Hezbollah"), ("the Houthis", "Houthis")]]
    assert misread(cases) == []


# A state's voice telling of a strike no land is named for, that killed or destroyed: its own strike
UNOWNED_STRIKES = [
    ("{V} said in a statement on Monday that a precision air strike near al-Qaim killed two {g} operatives.", True),
    ("{V} said a drone strike on Monday near al-Qaim killed a {g} commander.", True),
    ("{V} said that an air strike on Monday destroyed a {g} weapons depot near al-Qaim.", True),
    ("{V} said that a Russian air strike near al-Qaim on Monday killed two {g} operatives.", False),
    ("{V} said a drone strike on its base near al-Qaim on Monday killed three of its soldiers.", False),
]


@pytest.mark.parametrize("template, claimed", UNOWNED_STRIKES)
def test_a_states_voice_telling_of_a_strike_no_land_is_named_for(template, claimed):
    cases = [(template.format(V=v[0].upper() + v[1:], g=g), "en", {state} if claimed else set())
             for (v, state), g in itertools.product(VOICES[:3], STRUCK_GROUPS)]
    assert misread(cases) == []


TIME_CLAUSES = ["after it had announced nine deaths on Friday", "as it had done after earlier attacks",
                "when it had counted the wounded"]


@pytest.mark.parametrize("clause", TIME_CLAUSES)
def test_a_voice_counting_its_dead_in_a_time_clause_claims_nothing(clause):
    cases = [(f"The number of {adj} soldiers killed in an ambush near al-Sukhnah rose to 17 on Saturday, the defence "
              f"ministry said, {clause}.", "en", set()) for adj in ("Syrian", "Iraqi", "Turkish", "Russian")]
    assert misread(cases) == []


@pytest.mark.parametrize("officials", ["U.S. officials", "Israeli officials", "Turkish officials", "Russian officials"])
def test_a_state_in_the_clause_after_an_unclaimed_attack_claims_nothing(officials):
    cases = [(f"{A} No group immediately claimed responsibility, and {officials} declined to say whom they suspected.",
              "en", set()) for A in TOLD_ATTACKS]
    assert misread(cases) == []


# A state's strike named in another speaker's words is not that state's claim, even when the state was heard before
@pytest.mark.parametrize("speaker, name", [("Hezbollah", "Hezbollah"), ("The Revolutionary Guards", "IRGC"),
                                           ("The Houthis", "Houthis"), ("Hamas", "Hamas")])
def test_a_strike_named_in_another_speakers_words_is_not_its_claim(speaker, name):
    text = (f"The Israeli military said sirens sounded across the north overnight. {speaker} said it had fired rockets at "
            "Kiryat Shmona on Monday, calling it a response to Israeli air strikes on Saturday that killed two people.")
    assert claimants(text, "en") == {name}


# A body's spokesman named between commas before "said" speaks for the body
SPOKESMEN = [("The Israeli military's chief spokesman, Brigadier General Hidai Zilberman,", "Israel", "its jets"),
             ("Hezbollah's spokesman, Mohammad Afif,", "Hezbollah", "its fighters"),
             ("The Pentagon's spokesman, Maj. Gen. Pat Ryder,", "United States", "U.S. aircraft"),
             ("The Houthis' military spokesman, Yahya Saree,", "Houthis", "its forces")]


@pytest.mark.parametrize("voice, name, striker", SPOKESMEN)
def test_a_spokesman_named_between_commas_speaks_for_his_body(voice, name, striker):
    assert claimants(f"{voice} said {striker} had struck the compound in Gaza City on Tuesday.", "en") == {name}
    assert claimants(f"{voice} said {striker} had struck the tower.", "en") == {name}


# A state's voice announcing or confirming "the strike" told before owns it
OWNED_ALOUD = ["{V} confirmed the strike on Tuesday.", "{V} announced the strike in a post on X.",
               "{V} acknowledged the raid on Tuesday."]
UNOWNED_STRIKES_TOLD = ["Jets struck a weapons depot near Deir ez-Zor on Monday, killing four militants.",
                        "An air strike hit a car near al-Qaim on Monday, killing two men."]


@pytest.mark.parametrize("template", OWNED_ALOUD)
def test_a_states_voice_confirming_the_strike_told_before_owns_it(template):
    cases = [(f"{told} {template.format(V=v[0].upper() + v[1:])}", "en", {state})
             for (v, state), told in itertools.product(VOICES, UNOWNED_STRIKES_TOLD)]
    assert misread(cases) == []


# A habit, then after a colon one instance of it on a named day, told by the same voice: a claim
@pytest.mark.parametrize("voice, state", [(v[0].upper() + v[1:], s) for v, s in VOICES])
def test_one_dated_instance_after_a_habit_and_a_colon_is_claimed(voice, state):
    cases = [(f"{voice} announces strikes almost weekly: on Saturday it said its drones had killed three {g} militants "
              "near Sinjar.", "en", {state}) for g in STRUCK_GROUPS]
    cases += [(f"{voice} announces drone and air strikes almost weekly: on Saturday it said its drones had \"neutralised\" "
               f"three {g} militants near Sinjar.", "en", {state}) for g in STRUCK_GROUPS]
    assert misread(cases) == []


# "Its military said": the state named in the sentence before speaks again
@pytest.mark.parametrize("state, name", [("Israel", "Israel"), ("Turkey", "Turkey"), ("Russia", "Russia"),
                                         ("The United States", "United States")])
def test_its_military_is_the_state_named_before(state, name):
    text = (f"Three days later {state} answered. Its military said a strike on the Haret Hreik neighbourhood of Beirut's "
            "southern suburbs had killed a senior commander.")
    assert claimants(text, "en") == {name}


# Officials of the striking state confirming the strike unnamed: a claim, past "speaking on condition of anonymity"
ANONYMOUS = ["speaking on condition of anonymity", "who asked not to be named", "speaking anonymously"]


@pytest.mark.parametrize("anonymity", ANONYMOUS)
def test_officials_confirming_their_states_strike_unnamed(anonymity):
    cases = [(f"An air strike destroyed a building in Damascus on Monday. Four {adj} officials {anonymity} confirmed that "
              f"{state} had carried out the attack.", "en", {state})
             for adj, state in [("Israeli", "Israel"), ("Turkish", "Turkey"), ("Russian", "Russia")]]
    cases += [(f"An air strike destroyed a building in Damascus on Monday. Israel's military declined to comment, but four "
               f"Israeli officials {anonymity} confirmed that Israel had carried out the attack.", "en", {"Israel"})]
    assert misread(cases) == []


@pytest.mark.parametrize("adj, helper, state", [("U.S.", "Washington", "United States"), ("Turkish", "Ankara", "Turkey"),
                                               ("Russian", "Moscow", "Russia")])
def test_a_state_that_provided_help_did_not_strike(adj, helper, state):
    text = (f"Air strikes pounded positions in Deir ez-Zor on Wednesday. A senior {adj} intelligence official said the "
            f"strikes were carried out by Israel with intelligence provided by {helper} and targeted warehouses used to "
            "store weapons.")
    assert state not in claimants(text, "en")


# An aircraft's model letter after its number ("«إف-15 إي»") is no «أي» ("any"): the strike is told
@pytest.mark.parametrize("model", ["«إف-15 إي»", "إف-15 إي", "«إف-16»"])
def test_an_aircraft_model_letter_is_not_any(model):
    cases = [(f"أعلنت {v} أن مقاتلات من طراز {model} شنت أمس غارات على مواقع لتنظيم داعش قرب الرقة.", "ar", {state})
             for state, v, _adj in STATES_AR]
    assert misread(cases) == []


# "وكان المتحدث باسم ... جيف ديفيس قد أعلن أن": a state's spokesman named, then "had announced"
@pytest.mark.parametrize("voice", ["المتحدث باسم وزارة الدفاع الأمريكية جيف ديفيس", "المتحدث باسم البنتاغون جوناثان هوفمان",
                                   "المتحدث باسم القيادة المركزية الأمريكية بيل أوربان"])
def test_a_named_spokesman_who_had_announced_the_strike(voice):
    told = "قُتل ستة عسكريين فجر اليوم الجمعة حين ضربت صواريخ مطار الشعيرات العسكري في ريف حمص."
    cases = [(f"{told} وكان {voice} قد أعلن أن مدمّرتين أطلقتا 59 صاروخاً على المطار.", "ar", {"United States"}),
             (f"{told} وكان {voice} قد أعلن أن مدمّرتين أطلقتا صواريخ توماهوك على المطار فجراً.", "ar", {"United States"})]
    assert misread(cases) == []


# A group's voice telling of the weapons that carried out the attack, also after going somewhere "to say" it
WEAPONS_DID = ["said ten drones had carried out the attack.", "said drones carried out the attack.",
               "went on al-Masirah television to say ten drones had carried out the attack.",
               "took to Telegram to say two drones had carried out the attack."]


@pytest.mark.parametrize("told", WEAPONS_DID)
def test_a_groups_voice_telling_of_the_weapons_that_did_it(told):
    cases = [(f"{A} {voice} {told}", "en", {name}) for A in TOLD_ATTACKS
             for voice, name in [("Houthi military spokesman Yahya Saree", "Houthis"), ("Kataib Hezbollah", "Kataib Hezbollah"),
                                 ("The Islamic Resistance in Iraq", "Islamic Resistance in Iraq")]]
    cases += [(f"{A} Hezbollah {told.replace('drones', 'Israeli drones')}", "en", set()) for A in TOLD_ATTACKS]
    assert misread(cases) == []


# A state's army spokesman, then "he said" in the next sentence, telling of jets striking: the state's claim
ARMIES = [("Israeli", "Israel", "Hezbollah", "Nabatieh"), ("Turkish", "Turkey", "PKK", "Duhok"),
          ("Russian", "Russia", "Islamic State", "Palmyra")]


@pytest.mark.parametrize("adj, state, group, town", ARMIES)
def test_an_army_spokesman_telling_of_jets_striking(adj, state, group, town):
    assert claimants(f"The {adj} army's Arabic-language spokesman said on Monday that jets had struck a {group} weapons "
                     f"depot near {town}.", "en") == {state}
    assert claimants(f"The {adj} army's spokesman said the army was on high alert. On Monday he said jets had struck a "
                     f"{group} weapons depot near {town}.", "en") == {state}


# Who names the struck targets ("what Ankara called terror nests") speaks: its own strike
WHAT_IT_CALLED = [("Turkish warplanes", "Ankara", "Turkey"), ("Jets", "the defence ministry", None),
                  ("Israeli jets", "the military", "Israel"), ("Russian bombers", "Moscow", "Russia")]


@pytest.mark.parametrize("strikers, namer, state", WHAT_IT_CALLED)
def test_who_names_the_targets_struck_speaks_for_the_strike(strikers, namer, state):
    text = f"{strikers} struck what {namer} called terror nests near Duhok on Monday."
    assert claimants(text, "en") == ({state} if state else set())
    if state:
        assert claimants(text.replace("called", "described as"), "en") == {state}


# «وقالت X إن الهجوم جاء رداً على ...»: a group justifying the attack as an answer owns it (a state justifying does not)
TOLD_ATTACKS_AR = ["استهدف هجوم بطائرة مسيرة قاعدة عين الأسد غرب العراق أمس.", "سقطت صواريخ على قاعدة حرير في أربيل مساء أمس."]


@pytest.mark.parametrize("answer", ["إن الهجوم جاء رداً على الدعم الأمريكي لإسرائيل", "إن العملية جاءت رداً على قصف مواقعها"])
def test_an_arabic_group_justifying_the_attack_owns_it(answer):
    cases = [(f"{x} وقالت {g} {answer}.", "ar", {name}) for (g, name), x in itertools.product(GROUPS_AR, TOLD_ATTACKS_AR)]
    cases += [(f"{x} وقالت إيران {answer}.", "ar", set()) for x in TOLD_ATTACKS_AR if "الهجوم" in answer]
    assert misread(cases) == []


# "said the attack was carried out by its fighters": its own, not another's named after "by"
@pytest.mark.parametrize("voice", ["{G}", "{G}'s media office", "A statement from {g}"])
def test_a_group_saying_the_attack_was_carried_out_by_its_fighters(voice):
    cases = [(f"{A} {voice.format(G=G, g=G[0].lower() + G[1:] if G.startswith('The ') else G)} said the attack was carried "
              "out by its fighters.", "en", {name}) for (G, name), A in itertools.product(GROUPS, TOLD_ATTACKS)
             if not G.startswith("The ") or voice != "{G}'s media office"]
    assert misread(cases) == []


# The struck side's words for the strike with its doer after "by": blame
STRUCK_SIDE_WORDS = ["Iran's foreign minister called the killing by {s} an act of international terrorism.",
                     "Iraq's foreign ministry condemned what it called a violation of Iraqi airspace by {adj} aircraft.",
                     "Baghdad condemned the strike as a violation of Iraqi sovereignty by {s}.",
                     "Syria's army command called the raid a flagrant aggression by {s}.",
                     "Syria's army command called the raid a \"flagrant aggression\" by {s}."]


@pytest.mark.parametrize("template", STRUCK_SIDE_WORDS)
def test_the_struck_sides_words_for_the_strike_blame_its_doer(template):
    cases = [("Jets struck a military position near Palmyra on Monday. " + template.format(s=s, adj=adj), st)
             for s, adj, st in [("Israel", "Israeli", "Israel"), ("the United States", "American", "United States"),
                                ("Turkey", "Turkish", "Turkey")]]
    assert [text for text, st in cases if st not in named_as("alleged", text, "en")] == []


# A state's voice telling of its own forces' strike told before, with no place or day again
@pytest.mark.parametrize("text, lang", [
    ("Missiles hit the Shayrat air base on Friday. The Pentagon said U.S. forces struck the airfield.", "en"),
    ("Missiles hit the Shayrat air base on Friday. U.S. Central Command said American forces bombed the airfield.", "en"),
    ("قُتل ستة عسكريين فجر اليوم الجمعة حين ضربت صواريخ مطار الشعيرات العسكري في ريف حمص. وكانت وزارة الدفاع الأمريكية "
     "قد قالت إن القوات الأمريكية قصفت المطار.", "ar"),
])
def test_a_states_voice_telling_of_its_forces_strike_told_before(text, lang):
    assert claimants(text, lang) == {"United States"}


# Look-alikes of a state's voice owning a strike: a strike on its own forces confirmed, one it blames on others, and
# reports it is looking into
@pytest.mark.parametrize("told", ["CENTCOM confirmed the strike on Tower 22.",
                                  "The Pentagon confirmed the strike, which it blamed on Iran-backed militias.",
                                  "The Pentagon said it was investigating reports that a strike killed civilians.",
                                  "CENTCOM said it was reviewing claims that an air strike killed civilians.",
                                  "Syria's defence ministry confirmed the strike.", "Iran confirmed the strike.",
                                  "Warplanes struck a hospital in Idlib on Monday, the Pentagon said, blaming Russia.",
                                  "Jets struck a hospital in Idlib on Monday, the Pentagon said, adding that the jets "
                                  "were Russian.",
                                  "The Pentagon said an air strike on Monday killed 12 civilians in Idlib, in what it "
                                  "called a Russian war crime."])
def test_look_alikes_of_a_states_voice_owning_a_strike(told):
    text = f"A drone hit Tower 22 in Jordan on Sunday, killing three U.S. soldiers. {told}"
    assert claimants(text, "en") == set()


# A group's record of a single claim since some time is not a claim of the attack told
@pytest.mark.parametrize("record", ["has claimed only one attack on Israel since the ceasefire",
                                    "has claimed just one attack since the truce, a symbolic mortar volley",
                                    "has claimed a single attack since January"])
def test_a_groups_record_of_one_claim_since_is_not_a_claim(record):
    cases = [(f"{A} {G} {record}.", "en", set()) for (G, _name), A in itertools.product(GROUPS, TOLD_ATTACKS)]
    assert misread(cases) == []


# A group's own man told past his title in quotes or an aside on him
OWN_MAN = ['said one of its "soldiers of the caliphate" had driven the car into a crowd.',
           "said one of its fighters, whom it identified as a Syrian, had driven the car into a crowd.",
           'said one of its "martyrdom seekers", a young man from Deir ez-Zor, had driven the car into a crowd.']


@pytest.mark.parametrize("told", OWN_MAN)
def test_a_groups_own_man_told_past_his_title_or_an_aside(told):
    cases = [(f"A car bomb tore through a checkpoint in Baghdad on Monday, killing 22 people. In a statement, {g} {told}",
              "en", {name}) for g, name in [("Islamic State", "Islamic State"), ("Hezbollah", "Hezbollah"),
                                            ("Kataib Hezbollah", "Kataib Hezbollah")]]
    assert misread(cases) == []


# A state that resumed its strikes, past an aside on it, in its own voice
@pytest.mark.parametrize("aside", ["", ", whose talks with its foes have stalled,", ", which had paused for a week,"])
def test_a_state_resuming_its_strikes_in_its_own_voice(aside):
    cases = [(f"Meanwhile {state}{aside} resumed {arms} strikes near {place} on Feb. 3, {voice} said.", "en", {name})
             for (state, name, voice, place), arms in itertools.product(
                 [("Turkey", "Turkey", "the Turkish Defence Ministry", "Zakho"),
                  ("Israel", "Israel", "the Israeli military", "Nabatieh"),
                  ("the United States", "United States", "the Pentagon", "al-Qaim")], ["drone", "air"])]
    assert misread(cases) == []


# A state's forces defending, in its own voice: an interception claims no attack
@pytest.mark.parametrize("defence", ["shot down", "intercepted", "downed"])
def test_a_states_forces_downing_missiles_in_its_own_voice_claim_nothing(defence):
    cases = [(f"A {force} in the northern Red Sea {defence} three cruise missiles and several drones launched by the "
              f"Houthis on Thursday, {voice} said.", "en", set())
             for force, voice in [("U.S. Navy destroyer", "the Pentagon"), ("U.S. warship", "CENTCOM"),
                                  ("French frigate", "the Pentagon")]]
    assert misread(cases) == []


# A state's voice telling of its own aircraft's strike, named by its land's adjective, made with a partner land's
# government
@pytest.mark.parametrize("partner", ["بالتنسيق مع الحكومة العراقية", "بالتنسيق مع الحكومة السورية",
                                     "بالتعاون مع القوات العراقية"])
def test_a_states_voice_telling_of_its_aircraft_striking_with_a_partner(partner):
    told = "شنّت طائرات حربية ليل السبت سلسلة غارات على مواقع لمسلحي تنظيم «الدولة الإسلامية» قرب بلدة آمرلي."
    cases = [(f"{told} وأعلن المتحدث باسم {voice} أن {jets} نفّذت الغارات {partner}.", "ar", {name})
             for voice, jets, name in [("وزارة الدفاع الأمريكية", "طائرات أمريكية", "United States"),
                                       ("وزارة الدفاع الأمريكية الأميرال جون كيربي", "طائرات أمريكية", "United States"),
                                       ("وزارة الدفاع التركية", "مقاتلات تركية", "Turkey"),
                                       ("الجيش الإسرائيلي", "مقاتلات إسرائيلية", "Israel")]]
    assert misread(cases) == []


# A state's ministry saying its forces "neutralised" the enemy, the verb in quotes or not
@pytest.mark.parametrize("verb", ["«حيّدت»", "حيّدت"])
def test_a_ministry_saying_its_forces_neutralised(verb):
    told = "قُتل ثمانية أشخاص ظهر الثلاثاء في قصف بطائرة مسيّرة استهدف مستشفى ميدانياً في قضاء سنجار."
    cases = [(f"{told} {says} إن قواتها {verb} قياديين في حزب العمال الكردستاني بمنطقة سنجار.", "ar", {"Turkey"})
             for says in ["وقالت وزارة الدفاع التركية", "وأصدرت وزارة الدفاع التركية بياناً قالت فيه"]]
    assert misread(cases) == []


# A state's voice that goes on, in a sentence of its own, to tell of its own forces' strike
@pytest.mark.parametrize("went_on", ["كما أعلن أن", "وأضاف أن", "وأوضح أن", "كما أكد أن"])
def test_a_states_voice_going_on_to_tell_of_its_own_strike(went_on):
    cases = [(f"وقال {voice} إن حزب الله أطلق نحو 160 مقذوفاً اعتُرض معظمها. {went_on} {forces} قصفت في وقت لاحق من "
              f"يوم الأربعاء منصات إطلاق للحزب في بلدة الخيام.", "ar", {name})
             for voice, name in [("الجيش الإسرائيلي", "Israel"), ("المتحدث باسم الجيش الإسرائيلي", "Israel")]
             for forces in ["طائراته", "قواته"]]
    assert misread(cases) == []


# A state's command telling of its own air force's strike, with the verb "pounded"
@pytest.mark.parametrize("verb", ["دكّت", "قصفت"])
def test_a_command_telling_its_air_force_pounded(verb):
    cases = [(f"وفجر اليوم الجمعة، أعلنت {voice} أن طائرات القوة الجوية {verb} أوكاراً للتنظيم في منطقة الطارمية "
              "شمالي العاصمة، ما أسفر عن مقتل ثلاثة من عناصره.", "ar", {"Iraqi government"})
             for voice in ["قيادة العمليات المشتركة", "خلية الإعلام الأمني"]]
    assert misread(cases) == []


# Forces that destroyed drones and missiles in the air, told in their state's voice: a defence, no claim
@pytest.mark.parametrize("told", ["{v} said American jets and warships destroyed more than 70 drones and at least three "
                                  "ballistic missiles.",
                                  "American jets and warships destroyed more than 70 drones and at least three ballistic "
                                  "missiles, {v} said."])
def test_forces_destroying_drones_in_the_air_claim_nothing(told):
    attack = ("On Saturday night the Revolutionary Guards announced that they had launched drones and missiles at "
              "Israel. A few ballistic missiles struck Nevatim air base in the Negev, causing light damage.")
    cases = [(f"{attack} {(said := told.format(v=v))[0].upper()}{said[1:]}", "en", {"IRGC"})
             for v in ["US officials", "the Pentagon", "CENTCOM"]]
    assert misread(cases) == []


# A state's voice that does not know or say who carried out the strike claims nothing
@pytest.mark.parametrize("unknown", ["said it did not know who had carried out the strike",
                                     "confirmed that a car had been hit, but it did not say who had carried out the "
                                     "strike",
                                     "said it was investigating who carried out the strike"])
def test_a_state_not_knowing_who_carried_out_the_strike_claims_nothing(unknown):
    told = ("On Tuesday, US Central Command said an American drone strike near Atmeh, in Idlib province, had killed a "
            "senior Islamic State official.")
    cases = [(f"{told} {voice} {unknown}.", "en", {"United States"})
             for voice in ["Syria's interior ministry", "Turkey's defence ministry", "Iraq's Joint Operations Command"]]
    assert misread(cases) == []


# The struck side's voice telling that the strikes hit its own army or police claims nothing
@pytest.mark.parametrize("hit", ["the strikes had hit army, police and commando positions",
                                 "the strikes hit army positions", "the air strikes had hit police posts"])
def test_the_struck_sides_voice_telling_the_strikes_hit_its_own_forces(hit):
    cases = [(f"U.S. aircraft struck five weapons storage facilities of Kataib Hezbollah in Iraq on Thursday, the "
              f"Pentagon said. {voice} said on Friday that {hit} in Jurf al-Sakhar, killing three soldiers.", "en",
              {"United States"})
             for voice in ["The Iraqi military", "Iraq's Joint Operations Command", "The Security Media Cell"]]
    assert misread(cases) == []


# A state's forces and their partners, in the state's own voice, own the strikes; attacked, they own nothing
@pytest.mark.parametrize("forces", ["U.S. and partner nation forces", "U.S. and coalition forces",
                                    "U.S. and coalition aircraft"])
def test_a_states_forces_and_partners_in_its_own_voice(forces):
    cases = [(f"{voice} said {forces} attacked ISIL terrorists in Syria and Iraq on Monday.", "en", {"United States"})
             for voice in ["CENTCOM", "The Pentagon"]]
    cases += [(f"{voice} said {forces} in Iraq and Syria had been attacked at least 61 times since Oct. 17.", "en", set())
              for voice in ["CENTCOM", "The Pentagon"]]
    assert misread(cases) == []


# A command's release opening the report tells of its own strikes; of rockets fired at its bases, of none
@pytest.mark.parametrize("opening", ["TAMPA, Fla., Jan. 13 — U.S. Central Command issued the following release on "
                                     "Tuesday.", "The Pentagon issued the following statement on Tuesday.",
                                     "U.S. Central Command statement:"])
def test_a_commands_release_tells_of_its_own_strikes(opening):
    cases = [(f"{opening} Aircraft conducted three airstrikes near Raqqa on Monday, destroying an ISIL fighting "
              "position.", "en", {"United States"}),
             (f"{opening} Militants fired rockets at Ain al-Asad air base on Monday, causing minor injuries.", "en",
              set())]
    assert misread(cases) == []


# The land a strike verb names as its object is the land struck, even when it speaks of the attack after
@pytest.mark.parametrize("verb", ["attacked", "struck", "targeted"])
def test_the_land_struck_speaking_after_claims_nothing(verb):
    cases = [(f"{attacker} {verb} {struck} with more than 300 drones and missiles in the early hours of Sunday, and "
              f"{struck} said almost all of them were shot down.", "en", set())
             for attacker, struck in [("Iran", "Israel"), ("Israel", "Iran"), ("Russia", "Turkey")]]
    assert misread(cases) == []


# A voice saying its operation, past an aside naming it, was the answer to another's deed
@pytest.mark.parametrize("answer", ["punishment for", "a response to", "retaliation for"])
def test_a_voice_saying_its_named_operation_answered_another(answer):
    told = "Iran attacked Israel with more than 300 drones and missiles in the early hours of Sunday."
    cases = [(f'{told} {voice} said in a statement carried by state media that the operation, which {it} called "True '
              f'Promise", was {answer} the April 1 strike on Iran\'s consulate in Damascus.', "en", {name})
             for voice, it, name in [("Iran's Revolutionary Guards", "they", "IRGC"),
                                     ("The Islamic Revolutionary Guard Corps", "it", "IRGC")]]
    assert misread(cases) == []


# A group named as the owner of what is struck, before a statement cue, claims nothing
@pytest.mark.parametrize("held", ["strongholds", "hideouts", "camps", "outposts"])
def test_a_groups_strongholds_struck_before_a_statement_cue(held):
    cases = [(f'"These strikes are designed to destroy {group} {held} with precision," Lieutenant General James Terry '
              "said in a statement, adding that coalition aircraft had also flown surveillance missions over Tikrit.",
              "en", set()) for group in ["ISIL", "Islamic State", "Kataib Hezbollah", "Houthi"]]
    assert misread(cases) == []


# A state's voice telling of its own jets' strike, with another land's strike told beside it
@pytest.mark.parametrize("beside", ["a day after an Iranian ballistic missile hit Soroka Medical Center in Beersheba",
                                    "hours after Hezbollah fired rockets at Kiryat Shmona",
                                    "in response to a Houthi missile attack on Eilat"])
def test_a_states_voice_telling_of_its_own_jets_beside_anothers_strike(beside):
    cases = [(f"{voice} said on Friday that dozens of its fighter jets had struck missile launch sites in {where} "
              f"overnight, {beside}.", "en", {name})
             for voice, name, where in [("Israel's military", "Israel", "western Iran"),
                                        ("The Israeli army", "Israel", "southern Lebanon")]]
    assert misread(cases) == []


# A state refusing to comment with its name between the verb and "the comment", or speaking without admitting it
@pytest.mark.parametrize("silent", ["ورفض {v} التعليق، فيما قال وزير الخارجية الإيراني إن تصعيد الضربات «لن يغيّر الواقع».",
                                    "وامتنع {v} عن التعليق، فيما قال وزير الخارجية الإيراني إن الضربات «لن تغيّر الواقع».",
                                    "وقال {v} إنه «يراجع» الحادث من دون أن يقرّ بالمسؤولية."])
def test_a_state_refusing_comment_or_admitting_nothing_in_arabic(silent):
    told = ("قال المرصد السوري لحقوق الإنسان إن حصيلة الغارات التي استهدفت فجر أمس مواقع للقوات الحكومية في ريف دير "
            "الزور ارتفعت إلى 57 قتيلاً. ونقلت وكالة «أسوشيتد برس» عن مسؤول استخباراتي أمريكي أن إسرائيل نفّذت الضربات "
            "بمعلومات استخبارية قدمتها الولايات المتحدة. وقال مصدر عسكري سوري لوكالة «سانا» إن «العدوان الإسرائيلي» "
            "أسفر عن «خسائر تجري معالجتها».")
    cases = [(f"{told} {silent.format(v='الجيش الإسرائيلي')}", "ar", set())]
    assert misread(cases) == []


# The struck side's statement on state television naming "the enemy" that struck it claims nothing for the enemy
@pytest.mark.parametrize("enemy", ["«العدو الإسرائيلي»", "العدو الإسرائيلي", "«الكيان الصهيوني»"])
def test_the_enemy_named_in_a_statement_on_state_television(enemy):
    cases = [(f"دمشق - هزّت انفجارات عنيفة محيط مطار دمشق الدولي فجر اليوم الخميس، وقالت {voice} في بيان بثّه "
              f"التلفزيون الرسمي إن {enemy} استهدف موقعاً عسكرياً جنوب غربي المطار بعدة صواريخ.", "ar", set())
             for voice in ["القيادة العامة للجيش السوري", "وزارة الدفاع السورية"]]
    assert misread(cases) == []


# A group named before another teller's statement cue is not the one that states it
@pytest.mark.parametrize("teller", ["the coalition", "the Pentagon's spokesman", "the military"])
def test_a_group_named_before_another_tellers_statement(teller):
    cases = [(f"A U.S. jet shot down a Syrian Su-22 near Ja'Din on Sunday after it dropped bombs near fighters of {g}, "
              f"{teller} said in a statement.", "en", set())
             for g in ["the Syrian Democratic Forces", "Hezbollah", "Kataib Hezbollah"]]
    cases += [(f"{g} fired rockets at the base on Monday, {again} said in a statement.", "en", {name})
              for g, name in [("Kataib Hezbollah", "Kataib Hezbollah"), ("Hezbollah", "Hezbollah")]
              for again in ["the group", "the Iran-backed party", "the militants"]]
    assert misread(cases) == []


# A land named before "whose" ministry speaks, though another spoke first in the sentence
@pytest.mark.parametrize("voice", ["interior ministry", "defence ministry", "army"])
def test_the_land_whose_ministry_speaks(voice):
    cases = [(f"A U.S. official said the strikes had been coordinated with {land}, whose {voice} said separately that "
              f"its forces had killed an Islamic State cell leader in a raid near {town} on Tuesday.", "en", {name})
             for land, name, town in [("the Syrian government", "Syrian government", "Palmyra"),
                                      ("the Iraqi government", "Iraqi government", "Rawa")]]
    assert misread(cases) == []


# An Arabic strike verb, then a striking land's forces: an attack told, its land blamed, with no weapon named
@pytest.mark.parametrize("told", ["قصفت القوات التركية قرية قرب زاخو أمس.", "قصفت قوات النظام مدينة إدلب أمس.",
                                  "قصفت القوات الروسية بلدة سرمين أمس."])
def test_an_arabic_strike_verb_then_a_lands_forces(told):
    facts = extract("family", told, "ar", "2023-11-01")
    blamed = {a.name for a in facts.actors if a.role == "alleged"}
    assert len(facts.incidents) == 1 and blamed & {"Turkey", "Syrian government", "Russia"}


# A group told again by its backer, then blamed after ("the Iran-backed militia was responsible")
@pytest.mark.parametrize("blamed", ["was responsible for", "was behind", "had carried out"])
def test_a_group_told_again_by_its_backer_then_blamed(blamed):
    cases = [(f"U.S. air strikes hit {g} bases in western Iraq on Sunday. Defense Secretary Mark Esper said the "
              f"Iran-backed {noun} {blamed} the K-1 attack.", "en", {name})
             for g, name, noun in [("Kataib Hezbollah", "Kataib Hezbollah", "militia"),
                                   ("Harakat al-Nujaba", "Harakat al-Nujaba", "group"),
                                   ("Kataib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada", "faction")]]
    assert misread(cases, "alleged") == []


# "the ministry" told again: the ministry with forces named last speaks (not a health ministry)
@pytest.mark.parametrize("ministry", ["{L} defence ministry", "{L} interior ministry", "{L} Ministry of Defence"])
def test_the_ministry_with_forces_told_again(ministry):
    cases = [(f"Islamic State gunmen ambushed a patrol near {town} on Saturday, killing four soldiers, "
              f"{ministry.format(L=land)} said. On Sunday, the ministry said, its forces struck Islamic State hideouts "
              f"in the desert.", "en", {name})
             for land, name, town in [("the Syrian", "Syrian government", "al-Sukhnah"), ("Russia's", "Russia", "Palmyra"),
                                      ("the Turkish", "Turkey", "al-Bab")]]
    assert misread(cases) == []


def test_a_health_ministry_told_again_claims_nothing():
    cases = [("The death toll from a U.S. airstrike on a prison in Saada rose to 68, the Houthi-run health ministry said. "
              "Late on Sunday, a strike on a block in Sanaa killed eight people, the ministry said.", "en", set())]
    assert misread(cases) == []


# A group's (or the Guards') voice telling what the weapons told before had targeted: its own launch
@pytest.mark.parametrize("weapons", ["the missiles", "the drones", "the rockets"])
def test_what_the_weapons_had_targeted_told_by_the_launcher(weapons):
    cases = [(f"{weapons[4:].capitalize()} hit {site} on Thursday. {voice} said {weapons} had targeted {what}.", "en",
              {name})
             for voice, name, site, what in [
                 ("Iran's Revolutionary Guards", "IRGC", "Soroka hospital in Beersheba", "an Israeli army command"),
                 ("Kataib Hezbollah", "Kataib Hezbollah", "Ain al-Asad air base", "the American occupation forces"),
                 ("The Houthis", "Houthis", "Eilat", "military sites")]]
    assert misread(cases) == []
    struck = [(f"{weapons[4:].capitalize()} hit Jurf al-Sakhar on Thursday. Kataib Hezbollah said {weapons} had "
               f"targeted its headquarters.", "en", set())]
    assert misread(struck) == []


# Forces told again that acknowledge or admit their own strike
@pytest.mark.parametrize("verb", ["acknowledged", "admitted"])
def test_forces_that_acknowledge_their_strike(verb):
    cases = [(f"Rescuers pulled 112 bodies from the rubble in western Mosul after what residents described as {told} "
              f"on March 17. {forces} {verb} that its aircraft had struck Islamic State fighters at the location.", "en",
              {"United States"})
             for told, forces in [("a U.S.-led coalition airstrike", "The coalition"),
                                  ("a U.S. airstrike", "The military")]]
    assert misread(cases) == []


# A state's voice telling of warships of its fleet, uncounted and with the fleet attached to «ل»
@pytest.mark.parametrize("ships", ["سفناً حربية تابعة لأسطول بحر قزوين", "سفناً حربية من أسطول البحر الأسود",
                                   "أربع سفن حربية من أسطول بحر قزوين"])
def test_an_arabic_voice_telling_of_its_fleets_warships(ships):
    cases = [(f"أعلن {voice} أن {ships} أطلقت أمس 26 صاروخاً مجنّحاً على أحد عشر هدفاً في سوريا.", "ar", {"Russia"})
             for voice in ("وزير الدفاع الروسي سيرغي شويغو", "المتحدث باسم وزارة الدفاع الروسية")]
    assert misread(cases) == []


# A state's commander who "revealed" his own aircraft's strikes claims them
@pytest.mark.parametrize("verb", ["كشف", "فقد كشف", "وكشف"])
def test_an_arabic_commander_revealing_his_strikes(verb):
    cases = [(f"{verb} {voice} أن طائراته نفّذت نحو مئة ضربة داخل الأراضي السورية خلال السنوات الخمس الماضية.", "ar",
              {name}) for voice, name in [("قائد سلاح الجو الإسرائيلي اللواء أمير إيشل", "Israel"),
                                          ("قائد القوات الجوية التركية", "Turkey")]]
    assert misread(cases) == []


# A group named as the user or holder of what a state's voice says it struck, before the statement cue: no claim
@pytest.mark.parametrize("held", ["a cave used by the remnants of {g}", "a hideout used by {g}",
                                  "a depot run by {g}", "a village held by {g}"])
def test_a_group_holding_what_was_struck_claims_nothing(held):
    cases = [(f"\"Our heroic air force carried out a strike on {held.format(g=g)},\" {voice} said in a statement.", "en",
              {state})
             for g in ("Daesh", "Kataib Hezbollah", "the Houthis")
             for voice, state in [("the Joint Operations Command", "Iraqi government"),
                                  ("the Israeli military", "Israel")]]
    assert misread(cases) == []


# A group told again by its backer and its kind speaks of its own strike
@pytest.mark.parametrize("again", ["the Iran-backed umbrella group", "the Iran-backed militant group",
                                   "the Iran-backed group"])
def test_a_group_told_again_by_its_backer_and_kind_claims(again):
    cases = [(f"{g} has launched drones at Israel for months. A drone struck the navy's base in Eilat early on Monday. "
              f"Hours later {again} said on Telegram that its fighters had targeted a vital objective in Eilat.", "en",
              {name}) for g, name in [("The Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
                                      ("The Houthi movement", "Houthis")]]
    assert misread(cases) == []


# A state's forces raiding, told by its voice with "said in a statement", past the group they killed and its holdings
@pytest.mark.parametrize("voice", ["the Pentagon", "Defense Secretary Ash Carter", "a Pentagon spokesman"])
@pytest.mark.parametrize("killed", ["killing a senior Islamic State official",
                                    "killing a senior Islamic State official who helped run the group's oil operations"])
def test_a_states_raid_told_in_a_statement(voice, killed):
    cases = [(f"U.S. special operations forces raided a compound in the al-Omar oil field in eastern Syria overnight, "
              f"{killed}, {voice} said in a statement on Saturday.", "en", {"United States"})]
    assert misread(cases) == []


# An Arabic voice saying what struck it was "launched from" somewhere (أُطلقت, its vowel folded away) claims nothing
@pytest.mark.parametrize("launched", ["إن الطائرة أُطلقت من العراق", "إن الطائرة المسيّرة أطلقت من جهة الشرق",
                                      "إن الصواريخ أُطلقت من جنوب لبنان"])
def test_an_arabic_voice_telling_what_was_launched_at_it(launched):
    cases = [(f"انفجرت طائرة مسيّرة داخل قاعدة في شمال الجولان، ما أسفر عن مقتل جنديين، بحسب ما أعلن {voice}، الذي قال "
              f"{launched}.", "ar", set()) for voice in ("الجيش الإسرائيلي", "المتحدث باسم الجيش الإسرائيلي")]
    assert misread(cases) == []
    own = [("قال الجيش الإسرائيلي إن الطائرات أطلقت صواريخ من الجو على مواقع لحزب الله في جنوب لبنان.", "ar",
            {"Israel"})]
    assert misread(own) == []


# One of the group's own («مصدر عسكري في ...», «مسؤول في ...») announcing its launch claims for it
@pytest.mark.parametrize("insider", ["مصدر عسكري في", "مصدر في", "مسؤول في", "مصدر عسكري في القوات التابعة لـ«"])
def test_an_insider_of_the_group_announcing_its_launch(insider):
    cases = [(f"أعلن {insider}{'' if insider.endswith('«') else ' '}{g}{'»' if insider.endswith('«') else ''} أن {arm} "
              f"أطلقت مساء أمس صاروخاً باليستياً على قاعدة الملك خالد الجوية في خميس مشيط.", "ar", {name})
             for g, name, arm in [("جماعة أنصار الله (الحوثيين)", "Houthis", "القوة الصاروخية"),
                                  ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", "وحدة الطيران المسير")]]
    assert misread(cases) == []


# A group announcing that it was struck («تعرّض لغارة») claims nothing
@pytest.mark.parametrize("voice", ["الحشد الشعبي", "مسؤول في الحشد الشعبي", "كتائب حزب الله"])
def test_a_group_announcing_it_was_struck(voice):
    cases = [(f"أعلن {voice} أن مقراً له في جرف الصخر تعرّض لغارة جوية مجهولة فجر اليوم.", "ar", set()),
             (f"أعلن {voice} أن موقعاً في جرف الصخر تعرّض للقصف فجر اليوم.", "ar", set())]
    assert misread(cases) == []


# A statement in which a group announces its dead («أعلنت فيه استشهاد») claims nothing; one announcing an operation does
@pytest.mark.parametrize("toll", ["استشهاد ٢٢ من مقاتليها", "مقتل خمسة من مقاتليها", "إصابة ١٢ من مقاتليها"])
def test_a_statement_announcing_its_dead(toll):
    cases = [(f"أصدرت {g} بياناً أعلنت فيه {toll} بضربة جوية استهدفت مقراً لها قرب منطقة الهري.", "ar", set())
             for g in ("هيئة الحشد الشعبي", "كتائب حزب الله")]
    assert misread(cases) == []
    claim = [("أصدرت كتائب حزب الله بياناً أعلنت فيه استهداف قاعدة عين الأسد بطائرة مسيّرة فجر اليوم.", "ar",
              {"Kataib Hezbollah"})]
    assert misread(claim) == []


# A group named after «ضد» (against) is whom the deed was against, even after a strong cue («أثناء تنفيذها مهمة ضد»)
@pytest.mark.parametrize("g", ["تنظيم \"داعش\" الإرهابي", "تنظيم داعش", "فلول «داعش»"])
def test_a_group_after_against_claims_nothing(g):
    cases = [(f"أعلنت القيادة العامة للجيش أن طيران التحالف أسقط إحدى طائراتنا المقاتلة في منطقة الرصافة أثناء "
              f"تنفيذها مهمة قتالية ضد تجمّعات {g}.", "ar", set())]
    assert misread(cases) == []


# Baghdad's military telling what "the raids" did, with no striker named: others' strikes on Iraq, no claim
@pytest.mark.parametrize("voice", ["Iraq's military", "Iraq's Joint Operations Command", "The Iraqi military"])
def test_baghdads_military_telling_of_the_raids(voice):
    cases = [(f"U.S. aircraft struck Kataib Hezbollah weapons depots near Karbala early on Friday, the Pentagon said. "
              f"{voice} said the raids killed three soldiers, two police officers and a civilian at sites including "
              f"Jurf al-Sakhar.", "en", {"United States"})]
    assert misread(cases) == []


# The Revolutionary Guards told again, short («الحرس»), in a report that names them
@pytest.mark.parametrize("told", ["وأكد الحرس في بيان أن قواته البرية استهدفت مقار الجماعات الإرهابية.",
                                  "وقال الحرس في بيان بثّه التلفزيون الرسمي إنه استهدف مقار الجماعات الإرهابية."])
def test_the_guards_told_again_short(told):
    cases = [(f"قُتل ١٣ شخصاً في هجمات بصواريخ بالستية شنّها الحرس الثوري الإيراني أمس على مقار أحزاب كردية قرب "
              f"كويسنجق. {told}", "ar", {"IRGC"})]
    assert misread(cases) == []


@pytest.mark.parametrize("guard", ["الحرس الجمهوري", "الحرس الوطني"])
def test_another_guard_is_not_the_revolutionary_guards(guard):
    text = (f"أعلن الحرس الثوري الإيراني أمس أنه أطلق صواريخ على مقار جماعات كردية قرب كويسنجق. وفي دمشق، قال {guard} "
            f"إنه استهدف مواقع للمسلحين في ريف المدينة.")
    facts = extract("family", text, "ar", "2022-09-29")
    assert {a.name for a in facts.actors if a.role == "claimant"} == {"IRGC"}


# An Arabic state's forces named before the verb ("الحرس الثوري أعلن في بيان أنه أطلق"), as after it
@pytest.mark.parametrize("state, name", [("الحرس الثوري الإيراني", "IRGC"), ("الجيش الإسرائيلي", "Israel"),
                                         ("الجيش التركي", "Turkey")])
def test_an_arabic_state_named_before_its_announcement(state, name):
    cases = [(f"{state} أعلن في بيان أنه أطلق صواريخ على مقار الإرهابيين قرب الحدود فجر اليوم.", "ar", {name}),
             (f"وكان {state} قد أعلن في بيان أنه أطلق صواريخ على مقار الإرهابيين قرب الحدود فجر اليوم.", "ar", {name})]
    assert misread(cases) == []


# The one actor named before goes on, "and announced" or "when it announced", to tell of its own strike
@pytest.mark.parametrize("went_on", ["، حين أعلن في بيان أنه أطلق", "، وأعلن في بيان أنه أطلق",
                                     "، عندما أعلن أن طائراته أطلقت"])
def test_the_one_actor_named_before_goes_on_to_announce(went_on):
    cases = [(f"أعاد {subject} فجر الاثنين استخدام صواريخه الباليستية خارج الحدود{went_on} ستة صواريخ على مقار "
              f"الإرهابيين في هجين.", "ar", {name})
             for subject, name in [("الحرس الثوري الإيراني", "IRGC"), ("الجيش الإسرائيلي", "Israel")]]
    assert misread(cases) == []


# An Arabic voice of a state that strikes abroad telling what "the strikes" did: its own strikes (not another land's)
@pytest.mark.parametrize("voice, name", [("البنتاغون", "United States"), ("وزير الدفاع الأمريكي", "United States"),
                                         ("الجيش الإسرائيلي", "Israel"), ("وزارة الدفاع التركية", "Turkey")])
def test_an_arabic_voice_telling_what_its_strikes_did(voice, name):
    cases = [(f"أعلن {voice} أن الضربات دمرت خمسة مخازن أسلحة تستخدمها كتائب حزب الله في العراق.", "ar", {name}),
             (f"قال {voice} إن الغارات استهدفت مواقع لكتائب حزب الله قرب القائم فجر اليوم.", "ar", {name}),
             (f"قال {voice} إن الغارات الروسية استهدفت مواقع لهيئة تحرير الشام قرب إدلب فجر اليوم.", "ar", set())]
    assert misread(cases) == []


# A state's voice telling of the commander it killed, and what he was responsible for: its strike
@pytest.mark.parametrize("told", ["'responsible for directly planning and participating in attacks on U.S. forces'",
                                  '"responsible for attacks on U.S. forces"', "responsible for attacks on U.S. troops"])
def test_a_state_killing_a_commander_responsible_for_attacks(told):
    cases = [(f"U.S. Central Command said it had killed a {g} commander {told} in a drone strike in eastern Baghdad on "
              f"Wednesday night.", "en", {"United States"}) for g in ("Kataib Hezbollah", "Harakat al-Nujaba")]
    assert misread(cases) == []


# A group named by its attack ("an Islamic State assault on Kobani"), told by a monitor or an official: blamed
@pytest.mark.parametrize("deed", ["assault", "attack", "ambush", "bombing"])
def test_a_group_named_by_its_attack_is_blamed(deed):
    cases = [(f"The death toll from {'an' if g[0] in 'AEIOU' else 'a'} {g} {deed} on the town of Kobani has risen to at "
              f"least 164 civilians, {teller} said on Saturday.", "en", {name})
             for g, name in [("Islamic State", "Islamic State"), ("Kataib Hezbollah", "Kataib Hezbollah")]
             for teller in ("the Syrian Observatory for Human Rights", "U.S. officials")]
    assert misread(cases, "alleged") == []


# An Arabic voice announcing the toll of strikes its own aircraft carried out («في غارات نفذتها طائراتها»): its strikes
@pytest.mark.parametrize("voice, name", [("وزارة الدفاع الأمريكية", "United States"), ("الجيش الإسرائيلي", "Israel"),
                                         ("وزارة الدفاع التركية", "Turkey"), ("الحرس الثوري الإيراني", "IRGC")])
def test_an_arabic_voice_announcing_the_toll_of_its_own_strikes(voice, name):
    own = "طائراته" if voice.split()[0] in ("الجيش", "الحرس") else "طائراتها"
    cases = [(f"أعلن {voice} مقتل 12 مسلحاً من تنظيم داعش في غارات نفذتها {own} قرب الرطبة فجر اليوم.", "ar", {name}),
             (f"أعلن {voice} مقتل خمسة من جنوده في غارات شنتها طائرات مجهولة قرب الرطبة فجر اليوم.", "ar", set())]
    assert misread(cases) == []
    # (the dead, named before the verb whose subject follows it, are not blamed)
    assert misread([(cases[0][0], "ar", set())], "alleged") == []


# Responsibility for security is a duty, no claim
@pytest.mark.parametrize("took", ["took responsibility for the security of", "was taking responsibility for protecting"])
def test_responsibility_for_security_is_no_claim(took):
    cases = [(f"A drone struck Ain al-Asad air base on Monday. {voice} said it {took} foreign bases.", "en", set())
             for voice in ("The Iraqi government", "The Iraqi military")]
    assert misread(cases) == []


# A state named as the doer after "attack by", told by a source: blamed
@pytest.mark.parametrize("teller", ["State Department spokesman Ned Price", "A U.S. official", "The Pentagon"])
def test_a_state_named_after_attack_by_is_blamed(teller):
    cases = [(f"Missiles struck near the U.S. consulate in Erbil on Sunday. {teller} condemned what he called an "
              f"outrageous attack by {land} on Iraqi sovereignty.", "en", {name})
             for land, name in [("Iran", "Iran"), ("Turkey", "Turkey")]]
    assert [c for c in cases if c[2] - named_as("alleged", c[0], "en")] == []


# An army or ministry named by no land, telling of a land's own forces first thing: it speaks for that land
@pytest.mark.parametrize("forces, name", [("القوة الجوية العراقية", "Iraqi government"),
                                          ("سلاح الجو الإسرائيلي", "Israel"), ("القوات الجوية الروسية", "Russia")])
def test_an_unnamed_ministry_telling_of_its_lands_forces(forces, name):
    english = {"Iraqi government": "the Iraqi air force", "Israel": "the Israeli air force", "Russia": "the Russian air force"}
    cases = [(f"أعلنت وزارة الدفاع، اليوم السبت، أن {forces} نفّذ يوم أمس الجمعة ضربات استهدفت مواقع لتنظيم داعش قرب "
              f"الرطبة.", "ar", {name}),
             (f"أعلنت وزارة الدفاع، اليوم السبت، أن طائرات {forces} نفّذت يوم أمس الجمعة ضربات استهدفت مواقع لتنظيم داعش "
              f"قرب الرطبة.", "ar", {name})]
    cases += [(f"{voice} said on Saturday that {english[name]} carried out strikes on Islamic State positions near "
               f"Rutba on Friday.", "en", {name}) for voice in ("The Defence Ministry", "The military")]
    assert misread(cases) == []
    assert misread([(text, lang, set()) for text, lang, _ in cases], "alleged") == []


# A state's voice telling what "the strike" did, when another land struck or is blamed for it, reports that land's
# strike; its own strike told before stays its own
@pytest.mark.parametrize("voice", ["State Department spokesman John Kirby", "The Pentagon"])
def test_a_voice_telling_what_another_lands_strike_did(voice):
    cases = [("An airstrike destroyed a hospital in Aleppo on Wednesday, killing 50 people. "
              f"{voice} said the strike had hit a known medical facility and that all indications pointed to the "
              "Assad government.", "en", set()),
             ("Russian jets struck a hospital in Aleppo on Wednesday, killing 50 people. "
              f"{voice} said the strike had hit a known medical facility.", "en", set()),
             ("U.S. jets struck an Islamic State depot near Mosul on Wednesday. "
              f"{voice} said the strike had hit a weapons store.", "en", {"United States"})]
    assert misread(cases) == []


# A state's voice telling what "the jets" did, after another land's jets were told as striking: that land's jets
@pytest.mark.parametrize("voice", ["U.S. officials", "The Pentagon", "Turkey's defence ministry"])
def test_a_voice_telling_what_another_lands_jets_did(voice):
    name = "Turkey" if voice.startswith("Turkey") else "United States"
    cases = [("Russian Su-34s bombed a desert outpost near the al-Tanf crossing on June 16. "
              f"{voice} said the jets hit a gathering of about 200 fighters, killing at least two.", "en", set()),
             ("A desert outpost near the al-Tanf crossing was bombed on June 16. "
              f"{voice} said the jets hit a gathering of about 200 fighters, killing at least two.", "en", {name})]
    assert misread(cases) == []


# A group's statement named before its verb, past the channel and the hour: «نشرت ... على قناتها في تلغرام، فجر اليوم
# الجمعة، بياناً قالت فيه إن مجاهديها ...»
@pytest.mark.parametrize("group, name", [("«المقاومة الإسلامية في العراق»", "Islamic Resistance in Iraq"),
                                         ("كتائب حزب الله", "Kataib Hezbollah"), ("حركة النجباء", "Harakat al-Nujaba")])
def test_an_arabic_statement_issued_past_its_channel_and_hour(group, name):
    opening = f"نشرت {group} على قناتها في تلغرام، فجر اليوم الجمعة، بياناً قالت فيه إن"
    cases = [(f"{opening} مجاهديها «هاجموا بواسطة الطيران المسيّر هدفاً عسكرياً في الجولان المحتل».", "ar", {name}),
             (f"{opening} مجاهديها استهدفوا بطائرة مسيّرة قاعدة عين الأسد.", "ar", {name}),
             (f"{opening} طائرة أمريكية قصفت مقراً لها قرب القائم.", "ar", set())]
    assert misread(cases) == []


# A state's army admitting its dead («أقرّ الجيش ... بمقتل جنديين») from a drone «قال إنها أُطلقت»: no claim
@pytest.mark.parametrize("army", ["الجيش الإسرائيلي", "الجيش الأمريكي"])
@pytest.mark.parametrize("admitted", ["أقرّ", "وأقرّ", "اعترف"])
def test_an_army_admitting_its_dead_claims_nothing(army, admitted):
    cases = [(f"{admitted} {army} بمقتل جنديين وإصابة 24 آخرين جراء طائرة مسيّرة قال إنها أُطلقت «من جهة الشرق» "
              "وأصابت فجر اليوم قاعدة عسكرية في شمال هضبة الجولان.", "ar", set())]
    assert misread(cases) == []


# A group named as only its own statements name its fighters («جنود الخلافة»), doing the deed: it tells of its attack
@pytest.mark.parametrize("opening", ["تداولت حسابات على تطبيق تلغرام بياناً جاء فيه:", "وجاء في البيان:", ""])
def test_the_soldiers_of_the_caliphate_doing_the_deed_claim_it(opening):
    cases = [(f"{opening} «بفضل الله وحده تمكن جنود الخلافة من تفجير عبوة ناسفة على عربة همر لميليشيا الحشد على الطريق "
              "الرابط بين تكريت وبيجي».", "ar", {"Islamic State"}),
             ("Soldiers of the caliphate detonated a bomb on a Popular Mobilization Forces Humvee on the road between "
              "Tikrit and Baiji on Monday, the statement said.", "en", {"Islamic State"}),
             # (praise of "the strikes of the soldiers of the caliphate" claims nothing)
             ("ولم يتبنَّ التنظيم الهجوم على حاجز السخنة، واكتفت صحيفة «النبأ» التابعة له بالإشادة بـ«ضربات جنود الخلافة في "
              "الصحراء».", "ar", set())]
    assert misread(cases) == []


# After «كان» the subject comes before the verb it announces with: «وكانت «المقاومة الإسلامية في العراق» قد أعلنت أنها
# استهدفت»
@pytest.mark.parametrize("group, name", [("كتائب حزب الله", "Kataib Hezbollah"),
                                         ("«المقاومة الإسلامية في العراق»", "Islamic Resistance in Iraq"),
                                         ("الحوثيون", "Houthis")])
@pytest.mark.parametrize("had", ["وكانت {g} قد أعلنت", "وكان {g} قد أعلن", "كانت {g} أعلنت"])
def test_an_arabic_group_named_after_was_announces_its_attack(group, name, had):
    opening = had.format(g=group)
    cases = [(f"{opening} أنها استهدفت قاعدة عين الأسد الجوية بطائرة مسيرة.", "ar", {name}),
             (f"{opening} أن طائرة أمريكية استهدفت مقراً لها قرب القائم.", "ar", set()),
             (f"{opening} مقتل اثنين من عناصرها في غارة قرب القائم.", "ar", set()),
             (f"{opening} أنها ستستهدف القواعد الأمريكية إذا استمر العدوان.", "ar", set())]
    assert misread(cases) == []


# A spokesman named after a title "of" the forces («المتحدث الرسمي للقوات المسلحة العميد يحيى سريع»): the group speaks
@pytest.mark.parametrize("title", ["المتحدث الرسمي للقوات المسلحة", "الناطق الرسمي للقوات المسلحة",
                                   "المتحدث باسم القوات المسلحة"])
def test_an_arabic_spokesman_named_after_his_title_of_the_forces(title):
    cases = [(f"أعلن {title} العميد يحيى سريع أن القوة الصاروخية استهدفت أمس الاثنين محطة توزيع تابعة لشركة أرامكو "
              "في مدينة جدة.", "ar", {"Houthis"})]
    assert misread(cases) == []


# A drone told of by a land that sends none abroad struck that land; a land that strikes abroad tells of its own
@pytest.mark.parametrize("voice, name", [("الحكومة العراقية", None), ("وزارة الدفاع السورية", None),
                                         ("الجيش الإسرائيلي", "Israel"), ("وزارة الدفاع التركية", "Turkey")])
def test_a_drone_told_of_by_a_land_that_sends_none_abroad(voice, name):
    cases = [(f"أعلنت {voice} أن طائرة مسيرة استهدفت موقعاً قرب القائم فجر اليوم.", "ar", {name} - {None})]
    assert misread(cases) == []


# A count of attacks claimed since a time is a group's record, not a claim of the attack told
@pytest.mark.parametrize("group, name", [("النجباء", "Harakat al-Nujaba"), ("كتائب حزب الله", "Kataib Hezbollah"),
                                         ("«المقاومة الإسلامية في العراق»", "Islamic Resistance in Iraq")])
def test_an_arabic_record_of_claims_since_a_time(group, name):
    told = "قتل قيادي في ضربة بطائرة مسيرة في بغداد اليوم الخميس."
    cases = [(f"{told} وتُعد {group} من أبرز الفصائل التي أعلنت مسؤوليتها عن عشرات الهجمات على القوات الأمريكية منذ "
              "منتصف تشرين الأول الماضي.", "ar", set()),
             (f"{told} وتبنت {group} أكثر من 40 هجوماً على القوات الأمريكية منذ تشرين الأول.", "ar", set()),
             (f"{told} وتبنت {group} الهجوم الذي وقع منذ ساعات.", "ar", {name})]
    assert misread(cases) == []


# "The group's cells attacked", told by its enemy: «إن خلايا التنظيم هاجمت» is no speaker's own deed
@pytest.mark.parametrize("teller, name", [("قوات سوريا الديمقراطية", "Syrian Democratic Forces"),
                                          ("هيئة الحشد الشعبي", "Popular Mobilization Forces")])
def test_the_cells_of_the_group_told_by_its_enemy(teller, name):
    cases = [("شنّ مسلحو تنظيم «داعش» هجوماً على سجن غويران في مدينة الحسكة مساء الخميس. "
              f"وقال{'ت' if teller.startswith(('قوات', 'هيئة')) else ''} {teller} في بيان إن خلايا التنظيم هاجمت السجن "
              "بالأسلحة الرشاشة، وإن قواتها تطوق المنطقة.", "ar", set())]
    assert misread(cases) == []


# "said on Sunday its artillery had shelled": the day between the verb and "its" (not "said on Thursday it was checking
# reports")
@pytest.mark.parametrize("voice, name", [("Turkey's military", "Turkey"), ("Kataib Hezbollah", "Kataib Hezbollah"),
                                         ("The Israeli military", "Israel"), ("The Houthis", "Houthis")])
def test_said_on_a_day_its_forces_struck(voice, name):
    cases = [(f"{voice} said on Sunday its {arms} had {verb} positions around the town of Azaz.", "en", {name})
             for arms, verb in (("artillery", "shelled"), ("fighters", "attacked"), ("drones", "struck"))]
    cases.append((f"{voice} said on Thursday it was checking reports that its citizens were among the dead in the "
                  "strike on Azaz.", "en", set()))
    assert misread(cases) == []


# "X has not commented, but Y and Z both held it responsible": "it" is X, and Y, who holds it with Z, is not blamed
@pytest.mark.parametrize("holders", ["Hezbollah and Tehran both", "Hezbollah and Iran", "Hamas, Hezbollah and Iran"])
def test_those_who_hold_it_responsible_together(holders):
    text = ("An Israeli helicopter struck a convoy near Quneitra on Sunday, killing six fighters. Israel has not "
            f"officially commented, but {holders} held it responsible.")
    assert [c for c in [(text, "en", {"Israel"})] if named_as("alleged", c[0], "en") != c[2]] == []


# "It said its fighters had fired ...": "It" is the group named or heard before, when no one else spoke before
@pytest.mark.parametrize("group, name", GROUPS)
@pytest.mark.parametrize("before", ["{G} posted a video on Telegram on Monday.", "{G}'s answer came on Monday.",
                                    "{G} said on Monday it had warned the Americans."])
def test_it_said_its_fighters_after_the_group_was_named(group, name, before):
    opening = before.format(G=group)
    cases = [(f"{opening} It said its fighters had fired rockets at Ain al-Asad air base.", "en", {name}),
             (f'{opening} In a statement signed by the "martyrs brigade," it said its fighters had fired rockets at Ain '
              "al-Asad air base.", "en", {name}),
             (f"{opening} It said two of its fighters had been killed in a U.S. strike near al-Qaim.", "en", set()),
             # (another spoke before: "It" is that speaker)
             (f"{opening} The Israeli military said about 40 rockets had been fired from Lebanon. It said fighter jets "
              "later struck the launch site near Kfarkela.", "en", {"Israel"})]
    assert misread(cases) == []


# An Arabic verb whose subject, the group named before, is not named again: «وقالت في بيان إنها استهدفت»
@pytest.mark.parametrize("group, name", [("كتائب حزب الله", "Kataib Hezbollah"),
                                         ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq"),
                                         ("حركة النجباء", "Harakat al-Nujaba")])
@pytest.mark.parametrize("before", ["نشرت {g} مقطعاً مصوراً على تلغرام أمس.", "نعت {g} اثنين من عناصرها أمس."])
def test_an_arabic_group_goes_on_to_announce_its_attack(group, name, before):
    opening = before.format(g=group)
    cases = [(f"{opening} وقالت إن مقاتليها أطلقوا صواريخ على قاعدة عين الأسد.", "ar", {name}),
             (f"{opening} وأعلنت في بيان آخر أنها استهدفت قاعدة عين الأسد بطائرة مسيرة.", "ar", {name}),
             (f"{opening} وقالت إنهما قتلا في غارة أمريكية قرب القائم.", "ar", set()),
             (f"قصفت طائرات أمريكية مقراً لـ{group} قرب القائم أمس. وقالت في بيان إنها استهدفت مخزن أسلحة.", "ar", set())]
    assert misread(cases) == []


# One who once served a land ("a former head of Israeli military intelligence") does not speak for it
@pytest.mark.parametrize("former", ["Amos Yadlin, a former head of Israeli military intelligence, wrote",
                                    "A former Israeli military chief said"])
def test_a_former_official_is_no_voice_of_the_land(former):
    told = "Israeli warplanes struck a Syrian military site near the town of Masyaf on Thursday, killing two soldiers, the " \
           "Syrian army said."
    cases = [(f"{told} {former} that the strike was not routine.", "en", set()),
             (f"{told} The Israeli military said that the strike was not routine.", "en", {"Israel"})]
    assert misread(cases) == []


# A land's state media named by its adjective ("Syrian state media") tells as that land: of another's strike, blame;
# of its own forces, a claim; of its own man killed, nothing claimed
@pytest.mark.parametrize("media, land", [("Syrian state media", "Syrian government"), ("Iranian state media", "Iran"),
                                         ("وسائل الإعلام الرسمية السورية", "Syrian government")])
def test_a_lands_state_media_named_by_its_adjective(media, land):
    if media.isascii():
        cases = [(f"{media} said Israeli aircraft hit positions near the town of Quneitra on Monday.", "en", set()),
                 (f"A senior adviser of Iran's Revolutionary Guards was killed in an Israeli strike on his home south of "
                  f"Damascus on Monday, {media} said.", "en", set())]
    else:
        cases = [(f"قالت {media} إن طائرات إسرائيلية قصفت مواقع في ريف القنيطرة أمس.", "ar", set())]
    assert misread(cases) == []
    assert [c for c in cases[:1] if named_as("alleged", c[0], c[1]) != {"Israel"}] == []


# A land's state media telling of another land's strike, in a report whose heading is the striker's own statement: the
# striker claims it, and is blamed by the struck land's media
@pytest.mark.parametrize("media", ["Syrian state media", "SANA", "Syrian state television"])
def test_the_struck_lands_media_blames_a_striker_that_claims(media):
    text = ("IDF Spokesperson's Unit statement, August 3: Overnight, IDF fighter jets struck military targets belonging "
            f"to the Syrian Armed Forces in southern Syria. {media} said Israeli aircraft hit positions in the Quneitra "
            "countryside, causing material damage only.")
    assert named_as("claimant", text, "en") == {"Israel"}
    assert named_as("alleged", text, "en") == {"Israel"}
    # (IRNA telling of the Guards tells of its own land's)
    assert named_as("alleged", "Iran's Revolutionary Guards said they had struck bases of Kurdish opposition groups in "
                               "northern Iraq on Wednesday. A statement carried by the state news agency IRNA said the "
                               "Guards' ground forces had hit the headquarters of the Kurdistan Democratic Party of Iran "
                               "near Koya.", "en") == set()


# An Arabic strike verb, then the land's army as its subject («قصف الجيش التركي مواقع»), told by a monitor: blamed;
# after a comma the verb's subject is what was told before («19 هجوماً للتنظيم ...، استهدفت قوات النظام»)
@pytest.mark.parametrize("army, name", [("الجيش التركي", "Turkey"), ("قوات النظام السوري", "Syrian government"),
                                        ("الجيش الإسرائيلي", "Israel"), ("الجيش الروسي", "Russia")])
def test_an_arabic_strike_verb_then_the_army_as_its_subject(army, name):
    cases = [(f"{verb} {army} مواقع قرب مدينة حلب أمس، بحسب المرصد السوري لحقوق الإنسان.", "ar", {name})
             for verb in ("قصف", "استهدف", "وقصف")]
    assert [c for c in cases if named_as("alleged", c[0], "ar") != c[2]] == []
    looks_alike = ("وثّق المرصد السوري لحقوق الإنسان 19 هجوماً لتنظيم داعش قرب مدينة حلب خلال الشهر، استهدفت "
                   f"{army} والميليشيات الموالية لإيران.")
    assert named_as("alleged", looks_alike, "ar") == set()


# Who was supplying the attackers' weapons is blamed, in the progressive as in the past ("Iran supplied the missiles")
@pytest.mark.parametrize("supplying", ["was supplying", "is supplying", "had been supplying", "has been supplying"])
def test_a_land_supplying_the_attackers_weapons_is_blamed(supplying):
    told = "A cruise missile struck Abha airport on Wednesday, wounding 26 civilians."
    cases = [(f"{told} The coalition said its use of a cruise missile showed Tehran {supplying} the group with new "
              "weapons.", "en", {"Iran"}),
             (f"{told} The coalition said Iran {supplying} the Houthis with weapons.", "en", {"Iran"})]
    assert [c for c in cases if not c[2] <= named_as("alleged", c[0], "en")] == []


# "pointed at" blames as "pointed to" does (not a finger at a map)
@pytest.mark.parametrize("group, name", GROUPS)
def test_officials_pointed_at_the_group(group, name):
    told = "A drone struck the Khor Mor gas field on Friday."
    g = group[0].lower() + group[1:] if group.startswith("The ") else group
    cases = [(f"{told} Kurdish officials have pointed at {g}; it denies any role.", "en", {name}),
             (f"{told} Officials are pointing at {g}.", "en", {name}),
             (f"{told} The manager pointed at a map of the field.", "en", set())]
    assert [c for c in cases if named_as("alleged", c[0], "en") != c[2]] == []


# No grounds for blame ("had no information that Moscow had directed it", "no evidence that") blame no one; "no doubt
# that" still does
@pytest.mark.parametrize("grounds", ["he had no information that", "there was no evidence that",
                                     "there were no signs that", "it had no intelligence that"])
def test_no_grounds_for_blame(grounds):
    told = "Pro-government fighters attacked an SDF headquarters near Khusham on Feb. 7."
    cases = [(f"{told} The Pentagon said {grounds} {land} had directed the attack.", "en", set())
             for land in ("Moscow", "Iran", "Kataib Hezbollah")]
    cases.append((f"{told} The Pentagon said there was no doubt that Iran was behind the attack.", "en", {"Iran"}))
    assert [c for c in cases if named_as("alleged", c[0], "en") != c[2]] == []


# ... and in Arabic: «لا يملك معلومات تشير إلى أن إيران تقف وراء الهجوم», «لا يوجد دليل على أن»
@pytest.mark.parametrize("grounds", ["إنه لا يملك معلومات تشير إلى أن", "إنه لا يوجد دليل على أن", "إنه لم يجد أدلة على أن"])
def test_no_grounds_for_blame_in_arabic(grounds):
    told = "هاجمت قوات موالية للحكومة مقراً لقسد قرب خشام أمس."
    cases = [(f"{told} وقال البنتاغون {grounds} {land} تقف وراء الهجوم.", "ar", set())
             for land in ("إيران", "كتائب حزب الله")]
    cases.append((f"{told} وقال البنتاغون إن لديه معلومات تؤكد أن إيران تقف وراء الهجوم.", "ar", {"Iran"}))
    assert [c for c in cases if named_as("alleged", c[0], "ar") != c[2]] == []


# Forces loyal to another, told by a state's voice, are not the voice's own forces
@pytest.mark.parametrize("voice", ["قالت القيادة المركزية الأمريكية", "قال البنتاغون", "قالت وزارة الدفاع التركية"])
def test_forces_loyal_to_another_are_not_the_voices_own(voice):
    cases = [(f"{voice} إن قوات موالية لإيران هاجمت قاعدة التنف أمس.", "ar", set()),
             (f"{voice} إن قوات موالية للحكومة السورية هاجمت بلدة جعدين جنوب مدينة الطبقة أمس.", "ar", set())]
    assert misread(cases) == []


# A headline's present tense announces as the past does: "كتائب حزب الله تعلن استهداف قاعدة عين الأسد"
@pytest.mark.parametrize("group, name", [("كتائب حزب الله", "Kataib Hezbollah"), ("حركة حماس", "Hamas"),
                                         ("«المقاومة الإسلامية في العراق»", "Islamic Resistance in Iraq")])
def test_an_arabic_headline_announcing_in_the_present(group, name):
    cases = [(f"{group} تعلن استهداف قاعدة عين الأسد الجوية بطائرة مسيرة فجر اليوم.", "ar", {name})]
    # (mourning, in the present or the past, claims nothing)
    cases += [(f"{group} {verb} الحداد على قادتها الذين قتلوا في غارة أمريكية قرب القائم.", "ar", set())
              for verb in ("تعلن", "أعلنت")]
    cases.append((f"أعلنت {group} الحداد على قادتها الذين قتلوا في غارة أمريكية قرب القائم.", "ar", set()))
    assert misread(cases) == []


# A group telling of another land's drone that struck its own site claims nothing
@pytest.mark.parametrize("group", ["كتائب حزب الله", "«المقاومة الإسلامية في العراق»", "جماعة أنصار الله الحوثية",
                                   "حركة حماس"])
def test_a_group_telling_of_a_lands_drone_that_struck_it(group):
    cases = [(f"قالت {group} إن طائرة مسيرة {land} استهدفت مقراً لها قرب القائم فجر اليوم.", "ar", set())
             for land in ("أمريكية", "إسرائيلية", "تركية")]
    assert misread(cases) == []


# A relative clause between a group and its speech verb: the group speaks, and a land named inside the clause neither
# speaks nor strikes
@pytest.mark.parametrize("group, name", GROUPS)
@pytest.mark.parametrize("aside", ["which opposes the U.S. presence", "which has waged a campaign against U.S. forces",
                                   "which is backed by Iran"])
def test_a_relative_clause_between_the_group_and_its_verb(group, name, aside):
    text = f"{group}, {aside}, said it struck Ain al-Asad air base with a drone on Monday."
    assert named_as("claimant", text, "en") == {name}


# "said Monday it had targeted": the day, with or without "on", between the verb and "it"
@pytest.mark.parametrize("voice, name", [("Israel's military", "Israel"), ("Turkey's defence ministry", "Turkey"),
                                         ("Russia's defence ministry", "Russia"), ("Kataib Hezbollah", "Kataib Hezbollah")])
def test_said_monday_it_had_targeted(voice, name):
    cases = [(f"{voice} said {day} it had targeted a weapons depot near al-Qaim.", "en", {name})
             for day in ("Monday", "on Monday")]
    assert misread(cases) == []


# A state's voice (a ministry or a security cell) speaking of itself striking: «قالت وزارة الدفاع الأمريكية في بيان إنها
# استهدفت» (not «إنه «غاضب» من الهجوم»)
@pytest.mark.parametrize("voice, name", [("وزارة الدفاع الأمريكية", "United States"),
                                         ("خلية الإعلام الأمني", "Iraqi government")])
def test_an_arabic_states_voice_speaking_of_its_own_strike(voice, name):
    cases = [(f"قالت {voice} في بيان إنها استهدفت مخزناً للأسلحة قرب القائم فجر اليوم.", "ar", {name}),
             (f"وكانت {voice} قد أعلنت أنها استهدفت مخزناً للأسلحة قرب القائم فجر اليوم.", "ar", {name}),
             (f"استهدفت طائرة مسيرة مخزناً للأسلحة قرب القائم فجر اليوم. وقالت {voice} إنها «غاضبة» من الهجوم.", "ar",
              set())]
    assert misread(cases) == []


# "carried it out": the deed told before, as the object pronoun
@pytest.mark.parametrize("actor, name", [("Iran", "Iran"), ("Kataib Hezbollah", "Kataib Hezbollah"), ("Turkey", "Turkey")])
def test_a_doer_said_to_have_carried_it_out(actor, name):
    told = "A drone struck a base near Erbil on Monday"
    blamed = [(f"{told}, and the Pentagon said {actor} had carried it out.", "en", {name}),
              (f"{told}, and a U.S. official said {actor} had carried it out.", "en", {name})]
    assert [c for c in blamed if not c[2] <= named_as("alleged", c[0], "en")] == []
    assert misread([(f"{told}. Kataib Hezbollah said it had carried it out.", "en", {"Kataib Hezbollah"}),
                    (f"{told}. Kataib Hezbollah denied it had carried it out.", "en", set())]) == []


def test_an_arabic_backer_that_funds_and_arms_the_attackers():
    # ("فصائل تمولها وتسلحها طهران": the backer after the verbs that fund and arm)
    for verbs in ("تمولها وتسلحها", "تسلحها", "تمولها"):
        text = f"أطلقت فصائل {verbs} طهران صواريخ على قاعدة عين الأسد الجوية أمس."
        assert named_as("sponsor", text, "ar") == {"Iran"}, text


# Armed men who "killed" people at a place are the doers, blamed by whoever tells it; not men "killed in" a strike
@pytest.mark.parametrize("group, name", [("Islamic State", "Islamic State"), ("Kataib Hezbollah", "Kataib Hezbollah"),
                                         ("Hamas", "Hamas")])
@pytest.mark.parametrize("men", ["militants", "gunmen", "fighters"])
def test_armed_men_who_killed_people_at_a_place(group, name, men):
    killed = [f"{group} {men} killed at least 12 villagers near Sinjar on Friday, Kurdish officials said.",
              f"Kurdish officials said {group} {men} killed 12 villagers near Sinjar on Friday.",
              f"{group} {men} have killed some 70 villagers near Sinjar, Kurdish officials said on Friday."]
    assert misread([(text, "en", {name}) for text in killed], role="alleged") == []
    assert [text for text in killed if not extract("family", text, "en", "2023-11-01").incidents] == []
    victims = [f"{group} {men} killed in a strike near Sinjar on Friday were buried on Saturday, officials said.",
               f"Twelve {group} {men} killed and wounded near Sinjar on Friday were buried, officials said."]
    assert misread([(text, "en", set()) for text in victims], role="alleged") == []


# The group's men by the pronoun («مسلحوه», «عناصره»): the group named before, blamed by whoever tells it; the group's own
# men when it speaks of them («زعم التنظيم أن مقاتليه نفّذوا»), a claim and no blame
@pytest.mark.parametrize("group, name", [("تنظيم «داعش»", "Islamic State"), ("كتائب حزب الله", "Kataib Hezbollah"),
                                         ("جماعة الحوثي", "Houthis")])
@pytest.mark.parametrize("men", ["مسلحوه", "عناصره", "مقاتلوه"])
def test_an_arabic_groups_men_by_the_pronoun(group, name, men):
    named = f"يواصل {group} هجماته على المدينة منذ أشهر."
    blamed = [f"{named} وقال مسؤولون محليون إن قذائف هاون أطلقها {men} سقطت صباح الثلاثاء على حي الزهور في الموصل.",
              f"{named} وقالت الشرطة إن {men} أطلقوا قذائف هاون على حي الزهور في الموصل صباح الثلاثاء."]
    assert misread([(text, "ar", {name}) for text in blamed], role="alleged") == []
    own = f"قال {group} في بيان إن {men} أطلقوا قذائف هاون على حي الزهور في الموصل صباح الثلاثاء."
    assert misread([(own, "ar", set())], role="alleged") == []


# «فجّر» with what it set off, beside its subject: "أن التنظيم فجّر سيارة مفخخة" (not «فجر» alone, which is dawn)
@pytest.mark.parametrize("group, name", [("تنظيم داعش", "Islamic State"), ("حركة حماس", "Hamas")])
@pytest.mark.parametrize("bomb", ["سيارة مفخخة", "عبوة ناسفة", "حزاماً ناسفاً"])
def test_an_arabic_subject_that_set_off_a_bomb(group, name, bomb):
    text = f"قال المرصد السوري إن {group} فجّر {bomb} قرب مدينة عين العرب صباح السبت."
    assert misread([(text, "ar", {name})], role="alleged") == []


# The weapon made in a land lays the attack at its door, as "Iranian-made" does: "judged that the drone had been made in
# Iran", «إن الصواريخ صُنعت في إيران» (not a land the weapon merely struck in)
@pytest.mark.parametrize("made", ["had been made in", "was manufactured in", "was built in"])
def test_a_weapon_made_in_a_land(made):
    told = "A drone struck the coalition base near Rmelan on Monday, killing a contractor."
    assert named_as("alleged", f"{told} U.S. intelligence agencies judged that the drone {made} Iran.", "en") == {"Iran"}
    assert "Iran" not in named_as("alleged", f"{told} The drone struck near the border with Iran.", "en")


@pytest.mark.parametrize("made", ["مصنوعة في", "صنعت في", "مصنعة في"])
def test_an_arabic_weapon_made_in_a_land(made):
    text = f"استهدفت طائرة مسيرة القاعدة الأمريكية قرب رميلان أمس. وقال مسؤولون أمريكيون إن الصواريخ {made} إيران."
    assert named_as("alleged", text, "ar") == {"Iran"}


# A state's voice saying its forces struck nothing is no claim: "the Pentagon said American forces had carried out no
# strikes in Syria overnight" (but "had carried out strikes" is)
@pytest.mark.parametrize("voice, forces, name", [("A Pentagon spokesman", "American forces", "United States"),
                                                 ("The Pentagon", "U.S. troops", "United States"),
                                                 ("Turkey's defence ministry", "Turkish forces", "Turkey")])
def test_a_states_forces_that_struck_nothing(voice, forces, name):
    told = "Missiles struck the T4 air base in Homs province on Monday."
    cases = [(f"{told} {voice} said {forces} had carried out no strikes in Syria overnight.", "en", set()),
             (f"{voice} said {forces} had carried out strikes on militia depots in Syria overnight.", "en", {name})]
    assert misread(cases) == []


@pytest.mark.parametrize("group, name", GROUPS)
@pytest.mark.parametrize("denial", ["said it had carried out no attacks on Monday",
                                    "said its fighters had carried out no attacks on Monday"])
def test_a_group_that_says_it_struck_nothing(group, name, denial):
    assert claimants(f"Rockets hit the Harir base on Monday. {group} {denial}.", "en") == set()


# A group telling of its own dead after a long list of names claims nothing: "said that their prime minister, Ahmed
# Ghaleb al-Rahawi, and several ministers had been killed in an Israeli air strike" (but a strike of its own told first
# is a claim)
@pytest.mark.parametrize("group, name", GROUPS)
def test_a_group_telling_of_its_dead_after_a_list_of_names(group, name):
    told = "An air strike hit Sanaa on Thursday."
    dead = (f"{told} {group} said on Saturday that their commander, Ahmed Ghaleb al-Rahawi, and several of his aides had "
            "been killed in an Israeli air strike on Thursday.")
    own = (f"{told} {group} said on Saturday that its fighters had fired rockets at Eilat on Thursday, and that their "
           "commander, Ahmed Ghaleb al-Rahawi, had been killed.")
    assert misread([(dead, "en", set()), (own, "en", {name})]) == []


# A state that "has not commented" (or "has yet to comment") on the strike is not heard owning it, whatever else it says
@pytest.mark.parametrize("drone, voice, name", [("A Turkish drone", "Ankara", "Turkey"),
                                                ("An Israeli drone", "Israel", "Israel"),
                                                ("A Russian jet", "Moscow", "Russia")])
@pytest.mark.parametrize("silent", ["has not commented on the convoy strike", "has yet to comment on the convoy strike"])
def test_a_state_that_has_not_commented(drone, voice, name, silent):
    text = (f"{drone} struck a convoy near Manbij on Sunday, killing five people, a war monitor said. The Kurdish "
            f"administration condemned the strike, while {voice}, which {silent}, says the convoy carried fighters.")
    assert claimants(text, "en") == set()


# A land inside the quoted words of another's statement does not speak: «وأدانت وزارة الخارجية السورية في بيان «العدوان
# الإسرائيلي الغاشم»» leaves Israel blamed, not heard owning the strike (but «وأعلن الجيش الإسرائيلي في بيان أنه استهدف» is)
@pytest.mark.parametrize("adjective, drones, name", [("الإسرائيلي", "إسرائيلية", "Israel"), ("التركي", "تركية", "Turkey"),
                                                     ("الأمريكي", "أمريكية", "United States")])
def test_an_arabic_land_quoted_in_anothers_statement(adjective, drones, name):
    told = f"قُتل ستة جنود بضربات نفّذتها طائرات مسيّرة {drones} مساء أمس على موقع عسكري في محيط مدينة الكسوة جنوبي دمشق."
    quoted = f"{told} وأدانت وزارة الخارجية السورية في بيان «العدوان {adjective} الغاشم»، معتبرة أنه «انتهاك صارخ»."
    assert name not in claimants(quoted, "ar")


# What an Arabic claim cue claims is the killing of another's man: «تبنّت الوكالة مقتل عنصر من «قسد»» — the group whose
# man was killed claims nothing (the agency's group does)
@pytest.mark.parametrize("victim", ["«قسد»", "قوات سوريا الديمقراطية", "الحشد الشعبي"])
@pytest.mark.parametrize("man", ["عنصر من", "عنصرين من", "جنديين من", "عناصر"])
def test_an_arabic_claim_of_killing_anothers_man(victim, man):
    text = ("أعلنت وكالة أعماق التابعة لتنظيم «الدولة الإسلامية» أن مقاتلي التنظيم فجروا عبوة ناسفة بعربة قرب المنصورة. "
            f"كما تبنّت الوكالة في خبر ثانٍ مقتل {man} {victim} برصاص قنّاص في حي البدو وسط مدينة الرقة صباح اليوم.")
    assert claimants(text, "ar") == {"Islamic State"}


# An Arabic government that describes or condemns the strike, its name then the strike («ووصفت الحكومة العراقية الضربة
# بأنها «عدوان أمريكي»»), is the verb's subject, not the strike's doer; the land it names is blamed
@pytest.mark.parametrize("government, name", [("الحكومة العراقية", "Iraqi government"),
                                              ("الحكومة السورية", "Syrian government"), ("الحكومة التركية", "Turkey")])
@pytest.mark.parametrize("verb", ["ووصفت", "وأدانت", "واستنكرت"])
def test_an_arabic_government_reacting_to_the_strike(government, name, verb):
    text = ("أصابت صواريخ موكباً على طريق مطار بغداد الدولي فجر الجمعة. "
            f"{verb} {government} الضربة الأولى بأنها «عدوان أمريكي» واستدعت السفير الأمريكي، كما احتجّت على الصواريخ "
            "الإيرانية بوصفها خرقاً للسيادة.")
    facts = extract("family", text, "ar", "2020-01-05")
    assert name not in {a.name for a in facts.actors if a.role in ("claimant", "alleged")}
    assert "United States" in {a.name for a in facts.actors if a.role == "alleged"}


# "a likely candidate" for the strike is a suspect, as "the likely culprit" is (not a land's candidate in an election)
@pytest.mark.parametrize("actor, name", [("Kataib Hezbollah", "Kataib Hezbollah"), ("Iran", "Iran"),
                                         ("the Houthis", "Houthis")])
@pytest.mark.parametrize("suspect", ["was \"a likely candidate\" for the strike", "was the prime candidate",
                                     "remained the most likely candidate"])
def test_a_likely_candidate_for_the_strike(actor, name, suspect):
    told = "A drone struck Ain al-Asad air base on Monday, wounding two soldiers."
    assert name in named_as("alleged", f"{told} A U.S. official said {actor} {suspect}.", "en")
    assert "Iran" not in named_as("alleged", f"{told} Iran's leading candidate in the election condemned the strike.", "en")


# A land's forces named after the deed a government reacts to: 'denounced "an unprovoked attack" by the international
# coalition' blames the land, even when it owns the strike in its own voice elsewhere
@pytest.mark.parametrize("forces, name", [("the international coalition", "United States"),
                                          ("the U.S.-led coalition", "United States"), ("U.S. forces", "United States")])
@pytest.mark.parametrize("reaction", ['denounced "an unprovoked attack" by', "condemned the strike by",
                                      "condemned the raids by"])
def test_a_reaction_to_a_deed_by_a_lands_forces(forces, name, reaction):
    text = (f"A drone struck a vehicle in Baghdad on Thursday, the Pentagon said. The Iraqi government {reaction} {forces}, "
            "calling it a violation of sovereignty.")
    assert name in named_as("alleged", text, "en")


# The doer as the subject of a relative clause that tells the attack: "strikes against Syrian government forces and
# allied militias who launched an attack", "Kataib Hezbollah, which fired the rockets" (not "sites that had been used")
@pytest.mark.parametrize("doer, name", [("Syrian government forces and allied militias", "Syrian government"),
                                        ("Kataib Hezbollah fighters", "Kataib Hezbollah"), ("the Houthis", "Houthis")])
@pytest.mark.parametrize("relative", ["who launched an attack on an SDF headquarters near Khasham on Wednesday",
                                      "who had fired rockets at the Conoco gas field on Wednesday"])
def test_a_doer_told_in_a_relative_clause(doer, name, relative):
    text = f"The coalition said on Thursday it had carried out strikes against {doer} {relative}."
    assert name in named_as("alleged", text, "en")
    used = f"The Pentagon said it struck {doer} sites that had been used in attacks on U.S. forces."
    assert name not in named_as("alleged", used, "en")


# A state's own strike told with the habit it answers and no comma between: «أعلنت وزارة الدفاع الأمريكية أنها قصفت مواقع
# قرب القائم فجر اليوم رداً على هجمات سابقة», "struck sites near al-Qaim in response to previous attacks"
@pytest.mark.parametrize("voice, name", [("وزارة الدفاع الأمريكية", "United States"), ("وزارة الدفاع التركية", "Turkey"),
                                         ("خلية الإعلام الأمني", "Iraqi government")])
def test_a_states_strike_answering_a_habit(voice, name):
    text = f"أعلنت {voice} أنها قصفت مواقع قرب القائم فجر اليوم رداً على هجمات سابقة."
    assert claimants(text, "ar") == {name}
    assert extract("family", text, "ar", "2023-11-01").incidents


@pytest.mark.parametrize("voice, name", [("Israel's military", "Israel"), ("The Pentagon", "United States"),
                                         ("Turkey's defence ministry", "Turkey")])
@pytest.mark.parametrize("habit", ["after repeated rocket fire", "in response to previous attacks"])
def test_a_states_strike_after_a_habit(voice, name, habit):
    text = f"{voice} said it struck militant sites near Khiam on Monday {habit}."
    assert claimants(text, "en") == {name}


# "carried out what it called precision strikes": the strike named in the state's own terms is still its strike
@pytest.mark.parametrize("voice, name", [("The Pentagon", "United States"), ("Iraq's Security Media Cell", "Iraqi government"),
                                         ("Turkey's defence ministry", "Turkey")])
@pytest.mark.parametrize("naming", ["what it called precision strikes", "what it described as \"defensive strikes\""])
def test_a_strike_named_in_the_states_own_terms(voice, name, naming):
    assert claimants(f"{voice} said on Monday it carried out {naming} near al-Qaim.", "en") == {name}


# Backing in other Arabic words, support enjoyed or received («فصائل تحظى بدعم إيران», «تتلقى الدعم من طهران»), and
# the backer alone: not the side whose positions the backed factions shelled («مدعومة من تركيا مواقع قسد»)
@pytest.mark.parametrize("backed", ["تحظى بدعم إيران", "تتلقى الدعم من طهران", "تتلقى دعماً من إيران", "مدعومة من إيران"])
def test_an_arabic_backer_in_other_words(backed):
    assert named_as("sponsor", f"أطلقت فصائل مسلحة {backed} صواريخ على قاعدة حرير يوم الاثنين.", "ar") == {"Iran"}


@pytest.mark.parametrize("struck", ["مواقع قسد", "مواقع قوات سوريا الديمقراطية", "مقرات «قسد»"])
def test_an_arabic_backer_then_the_struck_side(struck):
    assert named_as("sponsor", f"قصفت فصائل مدعومة من تركيا {struck} قرب منبج يوم الاثنين.", "ar") == {"Turkey"}
