/**
 * Arabic (العربية) texts of the built-in instruments, as a module of its own so that only pages in
 * Arabic pay for them. Pass `livsomradenArabic` wherever you would pass `livsomraden`, and
 * `arbetsnaraArabic` for `arbetsnara` (same id, version and scoring; assessments are interchangeable):
 *
 * ```js
 * import 'stegvis/translations/ar.js';
 * import { livsomradenArabic } from 'stegvis/translations/ar-instruments.js';
 * form.instrument = livsomradenArabic;
 * ```
 *
 * Not yet reviewed by a native speaker: have one review the wording before production use.
 */
import { arbetsnara } from '../sdk/instruments/arbetsnara.js';
import { livsomraden } from '../sdk/instruments/livsomraden.js';
import { withLanguage } from '../sdk/instruments/with-language.js';

/** Arabic for every text of `livsomraden` (every role's wording), keyed by the Swedish text. */
export const livsomradenArabicTexts: Readonly<Record<string, string>> = {
  Livsområden: 'مجالات الحياة',
  'Här skattar du hur det går för dig i åtta delar av livet. Välj det steg som passar bäst just nu. Det finns inga rätt eller fel svar.':
    'هنا تقيّم كيف تسير أمورك في ثمانية جوانب من الحياة. اختر الخطوة الأنسب الآن. لا توجد إجابات صحيحة أو خاطئة.',
  'Livsområden, stegvis. Egen text, fri att använda och ändra (MIT).':
    'مجالات الحياة، stegvis. نص أصلي، حرّ الاستخدام والتعديل (MIT).',
  'Mycket svårt': 'صعب جدًا',
  'Det är mycket svårt just nu. Jag orkar inte ta tag i det.': 'الأمر صعب جدًا الآن. لا أقوى على التعامل معه.',
  'Det är mycket svårt just nu. Deltagaren orkar inte ta tag i det.':
    'الأمر صعب جدًا الآن. لا يقوى المشارك على التعامل معه.',
  Svårt: 'صعب',
  'Det är svårt. Jag märker att jag behöver hjälp.': 'الأمر صعب. ألاحظ أنني أحتاج إلى مساعدة.',
  'Det är svårt. Deltagaren behöver hjälp.': 'الأمر صعب. يحتاج المشارك إلى مساعدة.',
  'Jag vill ha hjälp': 'أريد مساعدة',
  'Jag vill att något ska bli bättre. Jag tar emot hjälp.': 'أريد أن يتحسّن شيء ما. أتقبّل المساعدة.',
  'Vill ha hjälp': 'يريد مساعدة',
  'Deltagaren vill att något ska bli bättre och tar emot hjälp.': 'يريد المشارك أن يتحسّن شيء ما ويتقبّل المساعدة.',
  'Jag får hjälp': 'أحصل على مساعدة',
  'Jag får hjälp. Tillsammans med någon tar jag små steg.': 'أحصل على مساعدة. أخطو خطوات صغيرة مع شخص آخر.',
  'Får hjälp': 'يحصل على مساعدة',
  'Deltagaren får hjälp och tar små steg tillsammans med någon.':
    'يحصل المشارك على مساعدة ويخطو خطوات صغيرة مع شخص آخر.',
  'Jag provar': 'أحاول',
  'Jag provar själv ibland. Det går inte alltid.': 'أحاول بنفسي أحيانًا. لا ينجح ذلك دائمًا.',
  Provar: 'يحاول',
  'Deltagaren provar själv ibland. Det går inte alltid.': 'يحاول المشارك بنفسه أحيانًا. لا ينجح ذلك دائمًا.',
  'Jag provar ofta': 'أحاول كثيرًا',
  'Jag provar ofta själv. Det går lite bättre för varje gång.': 'أحاول بنفسي كثيرًا. يتحسّن الأمر قليلًا في كل مرة.',
  'Provar ofta': 'يحاول كثيرًا',
  'Deltagaren provar ofta själv. Det går lite bättre för varje gång.':
    'يحاول المشارك بنفسه كثيرًا. يتحسّن الأمر قليلًا في كل مرة.',
  'Det går oftast': 'ينجح غالبًا',
  'Jag klarar det mesta. Ibland behöver jag fortfarande stöd.': 'أتدبّر معظم الأمور. أحيانًا ما زلت أحتاج إلى دعم.',
  'Deltagaren klarar det mesta men behöver ibland fortfarande stöd.':
    'يتدبّر المشارك معظم الأمور لكنه ما زال يحتاج أحيانًا إلى دعم.',
  'Det går bra': 'الأمور تسير جيدًا',
  'Det går bra för det mesta. Jag vet vad jag kan göra när det blir svårt.':
    'الأمور تسير جيدًا في معظم الوقت. أعرف ما أستطيع فعله عندما يصعب الأمر.',
  'Det går bra för det mesta. Deltagaren vet vad hen kan göra när det blir svårt.':
    'الأمور تسير جيدًا في معظم الوقت. يعرف المشارك ما يفعله عندما يصعب الأمر.',
  'Jag klarar det': 'أتدبّر الأمر',
  'Jag klarar det själv. Jag behöver sällan hjälp.': 'أتدبّر الأمر بنفسي. نادرًا ما أحتاج إلى مساعدة.',
  'Klarar det': 'يتدبّر الأمر',
  'Deltagaren klarar det själv och behöver sällan hjälp.': 'يتدبّر المشارك الأمر بنفسه ونادرًا ما يحتاج إلى مساعدة.',
  'Jag klarar det helt': 'أتدبّر الأمر تمامًا',
  'Det fungerar bra. Jag klarar det själv, också när något går fel.':
    'الأمور تسير جيدًا. أتدبّر الأمر بنفسي، حتى عندما يحدث خطأ ما.',
  'Klarar det helt': 'يتدبّر الأمر تمامًا',
  'Det fungerar bra. Deltagaren klarar det själv, också när något går fel.':
    'الأمور تسير جيدًا. يتدبّر المشارك الأمر بنفسه، حتى عندما يحدث خطأ ما.',
  'Det är tungt just nu': 'الأمور ثقيلة الآن',
  'Det här är svårt, och det är svårt att orka.': 'هذا صعب، ومن الصعب أن أجد القوة.',
  'Det här är svårt för deltagaren, och det är svårt att orka.': 'هذا صعب على المشارك، ومن الصعب أن يجد القوة.',
  'Jag tar emot stöd': 'أتقبّل الدعم',
  'Jag vill förändra något och låter andra hjälpa mig.': 'أريد أن أغيّر شيئًا وأسمح للآخرين بمساعدتي.',
  'Tar emot stöd': 'يتقبّل الدعم',
  'Deltagaren vill förändra något och låter andra hjälpa till.': 'يريد المشارك أن يغيّر شيئًا ويسمح للآخرين بالمساعدة.',
  'Jag provar själv': 'أحاول بنفسي',
  'Jag gör saker själv. Ibland går det, ibland inte.': 'أقوم بالأشياء بنفسي. أحيانًا تنجح وأحيانًا لا.',
  'Provar själv': 'يحاول بنفسه',
  'Deltagaren gör saker själv. Ibland går det, ibland inte.': 'يقوم المشارك بالأشياء بنفسه. أحيانًا تنجح وأحيانًا لا.',
  'Det håller': 'الوضع مستقر',
  'Det fungerar för det mesta. Jag vet hur jag tar mig vidare.': 'الأمور تسير في معظم الوقت. أعرف كيف أمضي قدمًا.',
  'Det fungerar för det mesta. Deltagaren vet hur hen tar sig vidare.':
    'الأمور تسير في معظم الوقت. يعرف المشارك كيف يمضي قدمًا.',
  'Jag klarar det själv': 'أتدبّر الأمر بنفسي',
  'Jag klarar det här utan hjälp.': 'أتدبّر هذا دون مساعدة.',
  'Klarar det själv': 'يتدبّر الأمر بنفسه',
  'Deltagaren klarar det här utan hjälp.': 'يتدبّر المشارك هذا دون مساعدة.',
  'Vet inte': 'لا أعرف',
  'Vill inte svara': 'أفضّل عدم الإجابة',
  'Arbete och sysselsättning': 'العمل والنشاط اليومي',
  Arbete: 'العمل',
  'Hur går det för mig med arbete eller annat att göra på dagarna?': 'كيف حالي مع العمل أو الأنشطة الأخرى خلال النهار؟',
  'Till exempel ett jobb, en praktik eller en aktivitet som jag går till.': 'مثلًا عمل أو تدريب عملي أو نشاط أذهب إليه.',
  'Hur går det för dig med arbete eller annat att göra på dagarna?': 'كيف حالك مع العمل أو الأنشطة الأخرى خلال النهار؟',
  'Prata om det tillsammans. Välj det steg som ni båda tycker stämmer.':
    'تحدّثا عن الأمر معًا. اختارا الخطوة التي تريان كلاكما أنها مناسبة.',
  'Hur går det för deltagaren med arbete eller annat att göra på dagarna?':
    'كيف حال المشارك مع العمل أو الأنشطة الأخرى خلال النهار؟',
  'Till exempel ett jobb, en praktik eller en aktivitet som deltagaren går till.':
    'مثلًا عمل أو تدريب عملي أو نشاط يذهب إليه المشارك.',
  Ekonomi: 'الوضع المالي',
  'Hur klarar jag min ekonomi?': 'كيف أتدبّر أموري المالية؟',
  'Till exempel att betala räkningar, ha pengar till mat och veta vad saker kostar.':
    'مثلًا دفع الفواتير، وتوفّر المال للطعام، ومعرفة أسعار الأشياء.',
  'Hur klarar du din ekonomi?': 'كيف تتدبّر أمورك المالية؟',
  'Hur klarar deltagaren sin ekonomi?': 'كيف يتدبّر المشارك أموره المالية؟',
  Boende: 'السكن',
  'Hur fungerar mitt boende?': 'كيف حال سكني؟',
  'Till exempel att ha någonstans att bo, känna mig trygg där och sköta hemmet.':
    'مثلًا أن يكون لي مكان أسكن فيه، وأن أشعر بالأمان فيه، وأن أعتني ببيتي.',
  'Hur fungerar ditt boende?': 'كيف حال سكنك؟',
  'Hur fungerar deltagarens boende?': 'كيف حال سكن المشارك؟',
  'Till exempel att ha någonstans att bo, känna sig trygg där och sköta hemmet.':
    'مثلًا وجود مكان للسكن، والشعور بالأمان فيه، والعناية بالبيت.',
  'Fysisk hälsa': 'الصحة الجسدية',
  Kropp: 'الجسد',
  'Hur tar jag hand om min kropp?': 'كيف أعتني بجسدي؟',
  'Till exempel sömn, mat, rörelse och att gå till vården när jag behöver.':
    'مثلًا النوم والطعام والحركة ومراجعة الطبيب أو الممرض عندما أحتاج.',
  'Hur tar du hand om din kropp?': 'كيف تعتني بجسدك؟',
  'Hur tar deltagaren hand om sin kropp?': 'كيف يعتني المشارك بجسده؟',
  'Till exempel sömn, mat, rörelse och att gå till vården vid behov.':
    'مثلًا النوم والطعام والحركة ومراجعة الطبيب أو الممرض عند الحاجة.',
  'Psykiskt mående': 'الصحة النفسية',
  Mående: 'الحالة النفسية',
  'Hur mår jag inuti?': 'كيف أشعر في داخلي؟',
  'Till exempel oro, stress, nedstämdhet och hur jag klarar jobbiga känslor.':
    'مثلًا القلق والتوتر والحزن وكيف أتعامل مع المشاعر الصعبة.',
  'Hur mår du inuti?': 'كيف تشعر في داخلك؟',
  'Hur mår deltagaren psykiskt?': 'كيف الحالة النفسية للمشارك؟',
  'Till exempel oro, stress, nedstämdhet och hur deltagaren klarar jobbiga känslor.':
    'مثلًا القلق والتوتر والحزن وكيف يتعامل المشارك مع المشاعر الصعبة.',
  'Vardag och rutiner': 'الحياة اليومية والروتين',
  Vardag: 'الحياة اليومية',
  'Hur klarar jag min vardag?': 'كيف أتدبّر حياتي اليومية؟',
  'Till exempel att komma upp på morgonen, handla, städa och passa tider.':
    'مثلًا الاستيقاظ في الصباح والتسوّق والتنظيف والالتزام بالمواعيد.',
  'Hur klarar du din vardag?': 'كيف تتدبّر حياتك اليومية؟',
  'Hur klarar deltagaren sin vardag?': 'كيف يتدبّر المشارك حياته اليومية؟',
  'Relationer och nätverk': 'العلاقات والشبكة الاجتماعية',
  Relationer: 'الناس',
  'Hur har jag det med människorna runt mig?': 'كيف علاقتي بالناس من حولي؟',
  'Till exempel familj, vänner och andra som jag kan prata med eller få hjälp av.':
    'مثلًا العائلة والأصدقاء وآخرون أستطيع أن أتحدث معهم أو أحصل على مساعدتهم.',
  'Hur har du det med människorna runt dig?': 'كيف علاقتك بالناس من حولك؟',
  'Hur har deltagaren det med människorna runt sig?': 'كيف علاقة المشارك بالناس من حوله؟',
  'Till exempel familj, vänner och andra som deltagaren kan prata med eller få hjälp av.':
    'مثلًا العائلة والأصدقاء وآخرون يستطيع المشارك أن يتحدث معهم أو يحصل على مساعدتهم.',
  'Utbildning och kunskaper': 'التعليم والمهارات',
  Kunskaper: 'المهارات',
  'Hur går det med det jag kan och vill lära mig?': 'كيف حالي مع ما أعرفه وما أريد أن أتعلّمه؟',
  'Till exempel skola, kurser, svenska språket, att läsa och skriva eller att använda en dator.':
    'مثلًا المدرسة والدورات واللغة السويدية والقراءة والكتابة أو استخدام الحاسوب.',
  'Hur går det med det du kan och vill lära dig?': 'كيف حالك مع ما تعرفه وما تريد أن تتعلّمه؟',
  'Hur går det för deltagaren med det hen kan och vill lära sig?': 'كيف حال المشارك مع ما يعرفه وما يريد أن يتعلّمه؟',
};

/** `livsomraden` with Arabic texts for every role. */
export const livsomradenArabic = withLanguage(livsomraden, 'ar', livsomradenArabicTexts);

/** Arabic for every text of `arbetsnara` (both roles), keyed by the Swedish text. */
export const arbetsnaraArabicTexts: Readonly<Record<string, string>> = {
  Arbetsnära: 'الاقتراب من العمل',
  'Påståenden om saker som gör det lättare att få och behålla ett arbete. Välj hur väl varje påstående stämmer just nu.':
    'عبارات عن أمور تسهّل الحصول على عمل والاحتفاظ به. اختر إلى أي حد تنطبق كل عبارة الآن.',
  'Arbetsnära, stegvis. Egen text, inspirerad av områdena i den danska BIP-studien. Fri att använda och ändra (MIT).':
    'الاقتراب من العمل، stegvis. نص أصلي، مستوحى من مجالات الدراسة الدنماركية BIP. حرّ الاستخدام والتعديل (MIT).',
  'Stämmer inte alls': 'لا تنطبق أبدًا',
  'Det här stämmer inte alls just nu.': 'هذا لا ينطبق أبدًا الآن.',
  'Stämmer lite': 'تنطبق قليلًا',
  'Det stämmer lite, men oftast inte.': 'تنطبق قليلًا، لكن في الغالب لا.',
  'Stämmer ibland': 'تنطبق أحيانًا',
  'Det stämmer ibland och ibland inte.': 'تنطبق أحيانًا ولا تنطبق أحيانًا.',
  'Stämmer oftast': 'تنطبق غالبًا',
  'Det stämmer för det mesta.': 'تنطبق في معظم الوقت.',
  'Stämmer helt': 'تنطبق تمامًا',
  'Det stämmer helt. Så är det nästan alltid.': 'تنطبق تمامًا. هكذا هو الحال دائمًا تقريبًا.',
  'Vet inte': 'لا أعرف',
  'Vill inte svara': 'أفضّل عدم الإجابة',
  'Söka arbete': 'البحث عن عمل',
  Jobbsök: 'البحث عن عمل',
  'Jag gör saker för att hitta ett arbete, till exempel läser annonser eller frågar folk jag känner.':
    'أقوم بأشياء لأجد عملًا، مثلًا أقرأ الإعلانات أو أسأل أشخاصًا أعرفهم.',
  'Deltagaren gör saker för att hitta ett arbete, till exempel läser annonser eller frågar personer i sin omgivning.':
    'يقوم المشارك بأشياء ليجد عملًا، مثلًا يقرأ الإعلانات أو يسأل أشخاصًا من محيطه.',
  'Kunskap om arbetslivet': 'المعرفة بسوق العمل',
  Arbetslivet: 'سوق العمل',
  'Jag vet vilka jobb som kan passa mig och vad de jobben kräver.': 'أعرف ما الوظائف التي قد تناسبني وما تتطلبه.',
  'Deltagaren vet vilka jobb som kan passa och vad de jobben kräver.':
    'يعرف المشارك ما الوظائف التي قد تناسبه وما تتطلبه.',
  'Hantera hälsan': 'التعامل مع الصحة',
  Hälsa: 'الصحة',
  'Jag vet hur jag kan ta hand om min hälsa så att jag kan arbeta.': 'أعرف كيف أعتني بصحتي لكي أستطيع العمل.',
  'Deltagaren vet hur hen kan ta hand om sin hälsa för att kunna arbeta.':
    'يعرف المشارك كيف يعتني بصحته لكي يستطيع العمل.',
  Samarbete: 'التعاون',
  'Jag kan samarbeta med andra, till exempel på en arbetsplats.': 'أستطيع التعاون مع الآخرين، مثلًا في مكان العمل.',
  'Deltagaren kan samarbeta med andra, till exempel på en arbetsplats.':
    'يستطيع المشارك التعاون مع الآخرين، مثلًا في مكان العمل.',
  Målmedvetenhet: 'وضوح الهدف',
  Mål: 'الأهداف',
  'Jag har ett mål och gör saker för att komma dit.': 'لديّ هدف وأقوم بأشياء للوصول إليه.',
  'Deltagaren har ett mål och gör saker för att komma dit.': 'لدى المشارك هدف ويقوم بأشياء للوصول إليه.',
  'Tro på att kunna arbeta': 'الثقة بالقدرة على العمل',
  'Tro på arbete': 'الثقة بالعمل',
  'Jag tror att jag kan klara ett arbete.': 'أعتقد أنني أستطيع القيام بعمل.',
  'Deltagaren tror själv att hen kan klara ett arbete.': 'يعتقد المشارك نفسه أنه يستطيع القيام بعمل.',
  'Stöd från nätverk': 'الدعم من الشبكة الاجتماعية',
  Nätverk: 'الشبكة',
  'Jag har människor runt mig som stöttar mig.': 'لديّ أشخاص من حولي يدعمونني.',
  'Deltagaren har människor runt sig som stöttar hen.': 'لدى المشارك أشخاص من حوله يدعمونه.',
  'Klara vardagen': 'تدبّر الحياة اليومية',
  Vardag: 'الحياة اليومية',
  'Jag klarar min vardag, till exempel att sova, äta och passa tider.':
    'أتدبّر حياتي اليومية، مثلًا النوم والأكل والالتزام بالمواعيد.',
  'Deltagaren klarar sin vardag, till exempel att sova, äta och passa tider.':
    'يتدبّر المشارك حياته اليومية، مثلًا النوم والأكل والالتزام بالمواعيد.',
  Koncentration: 'التركيز',
  Fokus: 'التركيز',
  'Jag kan hålla fokus på en uppgift en stund.': 'أستطيع التركيز على مهمة لبعض الوقت.',
  'Deltagaren kan hålla fokus på en uppgift en stund.': 'يستطيع المشارك التركيز على مهمة لبعض الوقت.',
  'Min tilltro till att deltagaren får ett arbete': 'ثقتي بأن المشارك سيحصل على عمل',
  'Handläggarens tilltro': 'ثقة مسؤول الحالة',
  'Jag tror att deltagaren kommer att få ett arbete.': 'أعتقد أن المشارك سيحصل على عمل.',
  'Svara utifrån det du vet om deltagaren i dag, inte utifrån hur arbetsmarknaden ser ut i allmänhet.':
    'أجب بناءً على ما تعرفه عن المشارك اليوم، لا بناءً على وضع سوق العمل بشكل عام.',
};

/** `arbetsnara` with Arabic texts for both roles. */
export const arbetsnaraArabic = withLanguage(arbetsnara, 'ar', arbetsnaraArabicTexts);
