ENTITIES = [
    person("uk-pm", "the Prime Minister"),
    person("biden", "Joe Biden"),
    country("uk", "United Kingdom", ["UK"]),
    country("us", "United States", ["US"]),
    country("ukraine", "Ukraine"),
    place("washington", "Washington"),
    event("call", "call between the Prime Minister and President Biden", "call"),
    event("nato-summit", "NATO Summit", "summit"),
]
C = "call"
FIRST = "The Prime Minister spoke to the President of the United States Joe Biden this afternoon"
FACTS = [
    role("The Prime Minister spoke", "uk-pm", "Prime Minister", "uk", "head-of-government"),
    role("the President of the United States Joe Biden", "biden", "President", "us", "head-of-state"),
    affiliation("the President of the United States Joe Biden", "biden", "us"),
    attendance(FIRST, C, "attended", person="uk-pm"),
    attendance(FIRST, C, "attended", person="biden"),
    when("Joe Biden this afternoon", C, "2024-07-05", "this afternoon"),
    claim("The President congratulated the Prime Minister on his election victory", "biden", "congratulated on his election victory", "uk-pm"),
    claim("the Prime Minister underscored that the UK’s support for Ukraine was unwavering", "uk-pm",
          "underscored unwavering UK support for", "ukraine"),
    claim("The leaders reflected on their shared commitment to protecting the gains of the Belfast (Good Friday) Agreement",
          "the Prime Minister and Biden", "reflected on shared commitment to protecting the gains of", "Belfast (Good Friday) Agreement"),
    attendance("The Prime Minister and President looked forward to seeing each other at the NATO Summit", "nato-summit", "planned", person="uk-pm"),
    attendance("The Prime Minister and President looked forward to seeing each other at the NATO Summit", "nato-summit", "planned", person="biden"),
    where("the NATO Summit in Washington", "nato-summit", "washington"),
    when("the NATO Summit in Washington next week", "nato-summit", expression="next week"),
]
VARIANTS = [
    planted_s("officials-call", "meeting-level", "The leaders discussed their shared commitment",
              "The call was conducted by officials on both sides while the new government was being formed. The leaders discussed their shared commitment",
              "The call was conducted by officials on both sides while the new government was being formed."),
    planted_s("biden-skips-nato", "attendance", "at the NATO Summit in Washington next week.",
              "at the NATO Summit in Washington next week. The White House has said the President will not attend the summit.",
              "The White House has said the President will not attend the summit."),
]
