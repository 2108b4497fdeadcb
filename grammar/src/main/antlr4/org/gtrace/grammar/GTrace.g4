grammar GTrace;

program : EOF ;

WS : [ \t\r\n]+ -> skip ;
