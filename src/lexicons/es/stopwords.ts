/** Spanish function words that carry no topic, left out of term matching. */
export const stopwords =
  `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos
en entre era eran es esa esas ese eso esos esta estaba estado estan estas este esto estos fue fueron ha han hasta hay la las le les lo los
mas me mi mientras muy nada ni no nos o otra otras otro otros para pero poco por porque que quien se sea ser si sin sobre son su sus
tambien tanto te tiene tienen todo todos tras un una uno unos y ya dijo segun senalo afirmo año años mes semana dia`.split(
    /\s+/,
  );
