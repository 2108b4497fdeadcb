/*
 * The G-TRACE language.
 *
 * Statements end at a newline or ';' outside '< >'. Inside '< >' newlines and ';' both separate
 * properties. Domain words (regions, accelerators, modalities, units, presets, distributions)
 * are identifiers checked against registries by the Checker, never keywords: adding a GPU or a
 * region never touches this file. Only the AstBuilder reads the trees this grammar produces.
 */
grammar GTrace;

/* Trailing separators belong to the optional part, never to a second 'sep*' beside the leading
   one: with both, every leading separator could go to either, and ANTLR looked ahead to the end
   of the run each time (50,000 comment lines took 50 s to parse, 100,000 took 212 s). */
program : sep* (statement (sep+ statement)* sep*)? EOF ;

sep : NEWLINE | SEMI ;

/* One statement alone: after a syntax error each statement is parsed again on its own, so one
   mistake never hides the next. */
statementOnly : sep* (statement sep*)? EOF ;

statement
    : WORKLOAD modality=ident? name=ident block                            # WorkloadDecl
    | TRAINING name=ident block                                            # TrainingDecl
    | REGION name=ident (FROM base=ident)? block                           # RegionDecl
    | SCENARIO name=ident FROM base=ident block?                           # ScenarioDecl
    | SIMULATE name=ident (FROM base=ident)? block                         # SimulateDecl
    | SHIFT name=ident FROM base=ident block                               # ShiftDecl
    | ASSESS target=ident block?                                           # AssessStmt
    | LET name=ident ASSIGN value=expr                                     # LetStmt
    | LOAD name=ident FROM path=STRING block?                              # LoadStmt
    | SET option=propName value=propValue                                     # SetStmt
    | EXPECT actual=additive EQ expected=additive (PLUSMINUS tolerance=additive)?   # ExpectStmt
    | CHART subject=chartable (AS style=propName)?                            # ChartStmt
    | TABLE subject=chartable (TO path=STRING)?                            # TableStmt
    | EXPLAIN subject=chartable                                            # ExplainStmt
    | EQUIVALENTS subject=expr block?                                      # EquivalentsStmt
    | SCI target=ident PER per=expr                                        # SciStmt
    | REPORT targets=identList TO path=STRING block?                       # ReportStmt
    | query                                                                # QueryStmt
    | expr                                                                 # ExprStmt
    ;

query
    : measure=measureWord targets=identList byList? whereClause? (WITH grid=ident)? (ACROSS across=identList)? (IN unit=unitText)?   # MetricQuery
    | COMPARE targets=identList (ACROSS across=identList)? byList? whereClause? (IN unit=unitText)?               # CompareQuery
    | LIFECYCLE training=ident WITH serving=identList (OVER outputs=additive)?                               # LifecycleQuery
    ;

/* 'by model', 'by region, day': a loaded table groups by its columns and by hour, day, week, month. */
byList : BY by+=propName (COMMA by+=propName)* ;

/* 'where region = FRA and date >= 2025-03-25'. No '<' or '>' alone: they open and close blocks. */
whereClause : WHERE conditions+=condition (AND conditions+=condition)* ;

condition : column=propName op=(ASSIGN | EQ | NE | GE | LE) value=conditionValue ;

/* 'energy >= 1 kWh': a number may carry a unit, converted to the column's own. */
conditionValue : DATE | NUMBER unit=unitText? | STRING | propName ;

chartable : query | expr ;

measureWord : ENERGY | EMISSIONS | WATER ;

identList : ident (COMMA ident)* ;

block : LT sep* (property (sep+ property)* sep*)? GT ;

property : name=propName value=propValue? ;

/* A list may go on after a comma on the next line: 'blend AUT, BEL,' then 'BGR, HRV …'. */
propValue : item (COMMA NEWLINE* item)* ;

/* A keyword may stand where a word is expected: 'basis market, lifecycle', 'correlate energy, pue 70%'. */
item
    : expr                                      # PlainItem
    | key=ident amount=expr                     # KeyedItem
    | word=(LIFECYCLE | ENERGY | WATER)         # KeywordItem
    ;

/* Left-factored so that choosing between a range, a spread and a plain value needs no lookahead. */
expr : first=additive (op=(DOTDOT | PLUSMINUS) second=additive)? ;

additive : first=multiplicative (ops+=(PLUS | MINUS) rest+=multiplicative)* ;

multiplicative : first=unary (ops+=(STAR | SLASH) rest+=unary)* ;

unary
    : MINUS operand=unary     # Negate
    | postfix                 # NotNegated
    ;

postfix : primary (DOT members+=propName)* ;

primary
    : value=NUMBER unit=unitText?                                     # NumberLit
    | value=PIXELS                                                    # PixelsLit
    | value=STRING                                                    # StringLit
    | measure=measureWord target=ident                                # MeasureExpr
    | fn=ident LPAREN (args+=argument (COMMA args+=argument)*)? RPAREN # CallExpr
    | name=ident                                                      # NameRef
    | ratio=RATIO                                                     # RatioRef
    | dotted=DOTTED_ID                                                # DottedRef
    | LPAREN inner=expr RPAREN                                        # Paren
    ;

argument : (name=ident ASSIGN)? value=expr ;

unitText : ID | RATIO | PERCENT ;

/* Words usable as names of things. Statement keywords are reserved; query words are not. */
ident : ID ;

/* Any word may name a property: '< energy 0.006 kWh; region FR >'. */
propName
    : ID | WORKLOAD | TRAINING | REGION | SCENARIO | SIMULATE | SHIFT | ASSESS | LET | LOAD | SET | EXPECT
    | CHART | TABLE | EXPLAIN | EQUIVALENTS | SCI | REPORT | ENERGY | EMISSIONS | WATER | COMPARE | LIFECYCLE
    | FROM | BY | ACROSS | IN | WITH | PER | AS | OVER | TO | WHERE | AND
    ;

// ---- keywords ----
WORKLOAD    : 'workload' ;
TRAINING    : 'training' ;
REGION      : 'region' ;
SCENARIO    : 'scenario' ;
SIMULATE    : 'simulate' ;
SHIFT       : 'shift' ;
ASSESS      : 'assess' ;
LET         : 'let' ;
LOAD        : 'load' ;
SET         : 'set' ;
EXPECT      : 'expect' ;
CHART       : 'chart' ;
TABLE       : 'table' ;
EXPLAIN     : 'explain' ;
EQUIVALENTS : 'equivalents' ;
SCI         : 'sci' ;
REPORT      : 'report' ;
ENERGY      : 'energy' ;
EMISSIONS   : 'emissions' ;
WATER       : 'water' ;
COMPARE     : 'compare' ;
LIFECYCLE   : 'lifecycle' ;
FROM        : 'from' ;
BY          : 'by' ;
ACROSS      : 'across' ;
IN          : 'in' ;
WITH        : 'with' ;
PER         : 'per' ;
AS          : 'as' ;
OVER        : 'over' ;
TO          : 'to' ;
WHERE       : 'where' ;
AND         : 'and' ;

// ---- punctuation ----
LT        : '<' ;
GT        : '>' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
COMMA     : ',' ;
SEMI      : ';' ;
EQ        : '==' ;
NE        : '!=' ;
GE        : '>=' ;
LE        : '<=' ;
ASSIGN    : '=' ;
DOTDOT    : '..' ;
DOT       : '.' ;
PLUSMINUS : '±' | '+-' | '+/-' ;
PLUS      : '+' ;
MINUS     : '-' | '−' ;
STAR      : '*' | '×' ;
SLASH     : '/' ;
PERCENT   : '%' ;

// ---- literals ----
/* 1024x1024: an image resolution. Before NUMBER so the longer match wins. */
PIXELS : DIGITS 'x' DIGITS ;

/* 2025-03-25, 2025-03-25T14:00Z, 2025-03-25T14:00:00+01:00: a date or a time (in a where). Before
   NUMBER so the longer match wins; no program subtracted such numbers. */
DATE : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9]
       ('T' [0-9] [0-9] ':' [0-9] [0-9] (':' [0-9] [0-9])? ('Z' | [+-] [0-9] [0-9] ':' [0-9] [0-9])?)? ;

/* 700M, 1.2B, 35K, 0.006, 1e-3, 1_082_990. K M B T multiply by 1e3 1e6 1e9 1e12. */
NUMBER : DIGITS ('.' DIGITS)? EXPONENT? SCALE? | '.' DIGITS EXPONENT? SCALE? ;

/* video.cogvideox.5s_16fps, image.sd3_medium.1024: a preset id with a part that starts with a digit,
   so that it can be written without quotes ('.5' alone would be a NUMBER). It needs two dots and the
   digit part second or third: 'region USA.4, FRA.6' stays a share, 'ghibli.energy' stays member access,
   and a failed match never scans further than three parts, so long dotted chains lex in linear time. */
DOTTED_ID : WORD '.' (PART '.' DIGIT_PART | DIGIT_PART '.' PART) ('.' PART)* ;

/* g/kWh, Wh/image, images/day: a unit is written without spaces; 'a / b' divides. */
RATIO : WORD ('/' WORD)+ ;

/* Interior hyphens belong to the word (us-central1, europe-west4); 'a - b' subtracts. */
ID : WORD ('-' [a-zA-Z0-9_]+)* ;

STRING : '"' (~["\\\r\n] | '\\' .)* '"' ;

/* One token for a newline and the blank and comment lines after it: a file of a million comment
   lines is one token, not a million. */
NEWLINE : '\r'? '\n' ([ \t\f]* ('#' ~[\r\n]*)? '\r'? '\n')* ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\f]+ -> skip ;

/* Anything else is one token the parser will reject, so the lexer never prints an error. */
UNKNOWN : . ;

fragment DIGITS     : [0-9] ([0-9] | '_' [0-9])* ;
fragment EXPONENT   : [eE] [+-]? [0-9]+ ;
fragment SCALE      : [KMBT] ;
fragment WORD       : [a-zA-Z_] [a-zA-Z_0-9]* ;
fragment PART       : [a-zA-Z_0-9]+ ;
fragment DIGIT_PART : [0-9] [a-zA-Z_0-9]* ;
