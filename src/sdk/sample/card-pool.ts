/**
 * Steps forward as participants might write them on a progression card: their own words, plain
 * Swedish, some with a full stop and some without. `areas` lists the area ids of the built-in
 * instruments the step belongs to; the generator links a card to the first one its instrument has.
 */
export const cardPool: readonly { text: string; areas: readonly string[] }[] = [
  { text: 'Gå till gymmet en gång i veckan', areas: ['physicalHealth', 'healthCoping'] },
  { text: 'Ta en promenad varje dag, även när det regnar.', areas: ['physicalHealth', 'healthCoping'] },
  { text: 'Lägga mig före tolv på vardagar', areas: ['everydayLife', 'everydayCoping'] },
  { text: 'Komma upp innan nio och äta frukost.', areas: ['everydayLife', 'everydayCoping'] },
  { text: 'Handla mat med en lista så pengarna räcker', areas: ['finances', 'everydayCoping'] },
  { text: 'Betala hyran i tid den här månaden.', areas: ['finances', 'everydayCoping'] },
  { text: 'Göra en budget tillsammans med Sara', areas: ['finances', 'everydayCoping'] },
  { text: 'Ringa hyresvärden om elementet som inte fungerar.', areas: ['housing', 'everydayCoping'] },
  { text: 'Städa köket en gång i veckan', areas: ['housing', 'everydayCoping'] },
  { text: 'Söka två jobb varje månad.', areas: ['work', 'jobSearch'] },
  { text: 'Skriva klart mitt CV', areas: ['work', 'jobSearch'] },
  { text: 'Prova på praktik på ett lager', areas: ['work', 'labourMarket'] },
  { text: 'Ta reda på vad en undersköterska gör på jobbet.', areas: ['education', 'labourMarket'] },
  { text: 'Följa med på studiebesök på en arbetsplats', areas: ['work', 'labourMarket'] },
  { text: 'Börja på sfi igen efter sommaren.', areas: ['education', 'determination'] },
  { text: 'Läsa tio sidor i en bok på svenska varje kväll', areas: ['education', 'concentration'] },
  { text: 'Lära mig skicka mejl från datorn.', areas: ['education', 'labourMarket'] },
  { text: 'Plugga körkortsteori två kvällar i veckan', areas: ['education', 'determination'] },
  { text: 'Ringa min syster på söndagar.', areas: ['relationships', 'networkSupport'] },
  { text: 'Fika med en kompis en gång i veckan', areas: ['relationships', 'networkSupport'] },
  { text: 'Börja träna med ett fotbollslag.', areas: ['relationships', 'cooperation'] },
  { text: 'Säga nej när jag inte orkar', areas: ['mentalWellbeing', 'healthCoping'] },
  { text: 'Berätta för någon när jag känner mig orolig.', areas: ['mentalWellbeing', 'networkSupport'] },
  { text: 'Boka en tid på vårdcentralen för ryggen', areas: ['physicalHealth', 'healthCoping'] },
  { text: 'Ta min medicin varje morgon.', areas: ['physicalHealth', 'healthCoping'] },
  { text: 'Gå på alla möten på Arbetsförmedlingen utan att ställa in', areas: ['work', 'determination'] },
  { text: 'Åka buss själv till nya ställen.', areas: ['everydayLife', 'everydayCoping'] },
  { text: 'Jobba med en uppgift i tjugo minuter utan att ta paus', areas: ['everydayLife', 'concentration'] },
  { text: 'Laga middag hemma tre dagar i veckan.', areas: ['everydayLife', 'everydayCoping'] },
  { text: 'Våga fråga om hjälp på praktiken', areas: ['work', 'cooperation'] },
  { text: 'Gå klart kursen i engelska.', areas: ['education', 'determination'] },
  { text: 'Träffa min son varannan helg', areas: ['relationships', 'networkSupport'] },
];
