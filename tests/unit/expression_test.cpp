#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/model/expression.hpp"
#include "parser/expression.hpp"

namespace {

std::string sexpr_of(const std::string& text) { return engine::to_sexpr(parser::parse_expression(text)); }

std::string error_of(const std::string& text) {
    try {
        parser::parse_expression(text);
    } catch (const engine::Error& e) {
        return e.what();
    }
    return "no error";
}

std::string nested_parens(int depth) { return std::string(depth, '(') + "1" + std::string(depth, ')'); }

std::string chain(const std::string& op, int terms) {
    std::string out = "a";
    for (int i = 1; i < terms; ++i) out += " " + op + " a";
    return out;
}

}  // namespace

// Every form the parser knows, and PostgreSQL 15's precedence and associativity rules.
TEST_CASE("expression: text to s-expression", "[expression]") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"x(42)x", R"x(42)x"},
        {R"x(-42)x", R"x(-42)x"},
        {R"x(- 42)x", R"x(-42)x"},
        {R"x(-(42))x", R"x(-42)x"},
        {R"x(- -1)x", R"x(1)x"},
        {R"x(1.5e10)x", R"x(1.5e10)x"},
        {R"x(.5)x", R"x(.5)x"},
        {R"x('it''s')x", R"x('it''s')x"},
        {R"x(E'a\nb\'c')x", R"x(e'a\nb''c')x"},
        {R"x(E'\x41\101\u0042')x", R"x(e'AAB')x"},
        {R"x(U&'d\0061t\+000061')x", R"x(u&'data')x"},
        {R"x(U&'d!0061t' UESCAPE '!')x", R"x(u&'dat')x"},
        {R"x($$dollar 'quoted'$$)x", R"x($'dollar ''quoted''')x"},
        {R"x($tag$x$tag$)x", R"x($'x')x"},
        {R"x(N'national')x", R"x(n'national')x"},
        {R"x(B'1010')x", R"x(b'1010')x"},
        {R"x(X'1F')x", R"x(x'1f')x"},
        {R"x(TRUE)x", R"x(true)x"},
        {R"x(false)x", R"x(false)x"},
        {R"x(NULL)x", R"x(null)x"},
        {R"x(DEFAULT)x", R"x(default)x"},
        {R"x($1)x", R"x($1)x"},
        {R"x(col)x", R"x(col)x"},
        {R"x("Mixed Case")x", R"x("Mixed Case")x"},
        {R"x(t.col)x", R"x(t.col)x"},
        {R"x(s.t.col)x", R"x(s.t.col)x"},
        {R"x(t.*)x", R"x(t.*)x"},
        {R"x("T"."C")x", R"x("T"."C")x"},
        {R"x(a + b * c)x", R"x((+ a (* b c)))x"},
        {R"x((a + b) * c)x", R"x((* (+ a b) c))x"},
        {R"x(a - b - c)x", R"x((- (- a b) c))x"},
        {R"x(a - (b - c))x", R"x((- a (- b c)))x"},
        {R"x(a / b * c)x", R"x((* (/ a b) c))x"},
        {R"x(2 ^ 3 ^ 2)x", R"x((^ (^ 2 3) 2))x"},
        {R"x(-2 ^ 2)x", R"x((^ -2 2))x"},
        {R"x(-a::int)x", R"x((- (:: a integer)))x"},
        {R"x(a * -b)x", R"x((* a (- b)))x"},
        {R"x(a=-1)x", R"x((= a -1))x"},
        {R"x(a<-1)x", R"x((< a -1))x"},
        {R"x(a@-1)x", R"x((@- a 1))x"},
        {R"x(a !~~ b)x", R"x((!~~ a b))x"},
        {R"x(a != b)x", R"x((<> a b))x"},
        {R"x(a <> b)x", R"x((<> a b))x"},
        {R"x(a <= b AND b >= c)x", R"x((and (<= a b) (>= b c)))x"},
        {R"x(a || b || c)x", R"x((|| (|| a b) c))x"},
        {R"x(a + b || c)x", R"x((|| (+ a b) c))x"},
        {R"x(a || b = c)x", R"x((= (|| a b) c))x"},
        {R"x(a = b AND c = d OR e = f)x", R"x((or (and (= a b) (= c d)) (= e f)))x"},
        {R"x(a OR b AND c)x", R"x((or a (and b c)))x"},
        {R"x(NOT a)x", R"x((not a))x"},
        {R"x(NOT a AND b)x", R"x((and (not a) b))x"},
        {R"x(NOT a = b)x", R"x((not (= a b)))x"},
        {R"x(NOT NOT a)x", R"x((not (not a)))x"},
        {R"x(a AND b AND c)x", R"x((and a b c))x"},
        {R"x(a AND (b AND c))x", R"x((and a (and b c)))x"},
        {R"x((a OR b) OR c)x", R"x((or a b c))x"},
        {R"x(x::integer)x", R"x((:: x integer))x"},
        {R"x(x::int4)x", R"x((:: x integer))x"},
        {R"x(x::pg_catalog.int8)x", R"x((:: x bigint))x"},
        {R"x(x::varchar(255)[])x", R"x((:: x character varying(255)[]))x"},
        {R"x(x::character varying)x", R"x((:: x character varying))x"},
        {R"x(x::char(3))x", R"x((:: x character(3)))x"},
        {R"x(x::"char")x", R"x((:: x "char"))x"},
        {R"x(x::timestamptz)x", R"x((:: x timestamp with time zone))x"},
        {R"x(x::timestamp(3) with time zone)x", R"x((:: x timestamp(3) with time zone))x"},
        {R"x(x::time without time zone)x", R"x((:: x time without time zone))x"},
        {R"x(x::interval day to second)x", R"x((:: x interval day to second))x"},
        {R"x(x::interval second(3))x", R"x((:: x interval second(3)))x"},
        {R"x(x::double precision)x", R"x((:: x double precision))x"},
        {R"x(x::float(10))x", R"x((:: x real))x"},
        {R"x(x::float)x", R"x((:: x double precision))x"},
        {R"x(x::numeric(10, 2))x", R"x((:: x numeric(10,2)))x"},
        {R"x(x::public.mood)x", R"x((:: x public.mood))x"},
        {R"x(x::"MyType"[][])x", R"x((:: x "MyType"[]))x"},
        {R"x(x::int ARRAY)x", R"x((:: x integer[]))x"},
        {R"x(x::bit varying(8))x", R"x((:: x bit varying(8)))x"},
        {R"x(CAST(x AS text))x", R"x((:: x text))x"},
        {R"x(CAST(x AS decimal(5,2)))x", R"x((:: x numeric(5,2)))x"},
        {R"x(x::text::integer)x", R"x((:: (:: x text) integer))x"},
        {R"x(date '2020-01-01')x", R"x((:: '2020-01-01' date))x"},
        {R"x(interval '1 day')x", R"x((:: '1 day' interval))x"},
        {R"x(interval '1' year to month)x", R"x((:: '1' interval year to month))x"},
        {R"x(timestamp with time zone '2020-01-01 00:00')x", R"x((:: '2020-01-01 00:00' timestamp with time zone))x"},
        {R"x(public.mood 'happy')x", R"x((:: 'happy' public.mood))x"},
        {R"x(time)x", R"x(time)x"},
        {R"x(now())x", R"x((call now))x"},
        {R"x(pg_catalog.now())x", R"x((call pg_catalog.now))x"},
        {R"x(count(*))x", R"x((call count *))x"},
        {R"x(count(DISTINCT x))x", R"x((call count x (distinct)))x"},
        {R"x(f())x", R"x((call f))x"},
        {R"x(f(a, b))x", R"x((call f a b))x"},
        {R"x(f(a => 1, b := 2))x", R"x((call f (=> a 1) (=> b 2)))x"},
        {R"x(concat_ws(',', VARIADIC arr))x", R"x((call concat_ws ',' (variadic arr)))x"},
        {R"x(string_agg(x, ',' ORDER BY y DESC NULLS LAST))x", R"x((call string_agg x ',' (order by (sort desc nulls last y))))x"},
        {R"x(array_agg(x ORDER BY y ASC NULLS LAST))x", R"x((call array_agg x (order by (sort y))))x"},
        {R"x(percentile_cont(0.5) WITHIN GROUP (ORDER BY x))x", R"x((call percentile_cont 0.5 (within group (order by (sort x)))))x"},
        {R"x(count(*) FILTER (WHERE x > 0))x", R"x((call count * (filter (> x 0))))x"},
        {R"x(row_number() OVER (PARTITION BY a ORDER BY b))x", R"x((call row_number (over (partition by a) (order by (sort b)))))x"},
        {R"x(sum(x) OVER w)x", R"x((call sum x (over (window name w))))x"},
        {R"x(sum(x) OVER (ORDER BY t ROWS BETWEEN 1 PRECEDING AND CURRENT ROW))x", R"x((call sum x (over (order by (sort t)) (frame rows between 1 preceding and current row))))x"},
        {R"x(a OPERATOR(pg_catalog.+) b)x", R"x((OPERATOR(pg_catalog.+) a b))x"},
        {R"x(OPERATOR(pg_catalog.-) a)x", R"x((OPERATOR(pg_catalog.-) a))x"},
        {R"x(@ x)x", R"x((@ x))x"},
        {R"x(|/ x + 1)x", R"x((|/ (+ x 1)))x"},
        {R"x(~ x = y)x", R"x((= (~ x) y))x"},
        {R"x(CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END)x", R"x((case (when (> a 0) 'pos') (when (< a 0) 'neg') (else 'zero')))x"},
        {R"x(CASE x WHEN 1 THEN 'one' END)x", R"x((case (arg x) (when 1 'one')))x"},
        {R"x(COALESCE(a, b, 0))x", R"x((coalesce a b 0))x"},
        {R"x(NULLIF(a, ''))x", R"x((nullif a ''))x"},
        {R"x(GREATEST(a, b))x", R"x((greatest a b))x"},
        {R"x(LEAST(a, b, c))x", R"x((least a b c))x"},
        {R"x(EXTRACT(YEAR FROM ts))x", R"x((call extract 'year' ts))x"},
        {R"x(EXTRACT('epoch' FROM ts))x", R"x((call extract 'epoch' ts))x"},
        {R"x(POSITION('x' IN s))x", R"x((call position s 'x'))x"},
        {R"x(SUBSTRING(s FROM 2 FOR 3))x", R"x((call substring s 2 3))x"},
        {R"x(SUBSTRING(s FROM 2))x", R"x((call substring s 2))x"},
        {R"x(SUBSTRING(s FOR 3))x", R"x((call substring s 1 3))x"},
        {R"x(SUBSTRING(s, 2, 3))x", R"x((call substring s 2 3))x"},
        {R"x(SUBSTRING(s SIMILAR 'a%' ESCAPE '#'))x", R"x((call substring s 'a%' '#'))x"},
        {R"x(TRIM(s))x", R"x((call btrim s))x"},
        {R"x(TRIM(BOTH 'x' FROM s))x", R"x((call btrim s 'x'))x"},
        {R"x(TRIM(LEADING FROM s))x", R"x((call ltrim s))x"},
        {R"x(TRIM(TRAILING 'x' FROM s))x", R"x((call rtrim s 'x'))x"},
        {R"x(OVERLAY(s PLACING 'ab' FROM 2 FOR 3))x", R"x((call overlay s 'ab' 2 3))x"},
        {R"x(OVERLAY(s PLACING 'ab' FROM 2))x", R"x((call overlay s 'ab' 2))x"},
        {R"x(a IS NULL)x", R"x((is-null a))x"},
        {R"x(a IS NOT NULL)x", R"x((is-not-null a))x"},
        {R"x(a ISNULL)x", R"x((is-null a))x"},
        {R"x(a NOTNULL)x", R"x((is-not-null a))x"},
        {R"x(a IS TRUE)x", R"x((is-true a))x"},
        {R"x(a IS NOT FALSE)x", R"x((is-not-false a))x"},
        {R"x(a IS UNKNOWN)x", R"x((is-unknown a))x"},
        {R"x(a IS DISTINCT FROM b)x", R"x((is-distinct-from a b))x"},
        {R"x(a IS NOT DISTINCT FROM b + 1)x", R"x((is-not-distinct-from a (+ b 1)))x"},
        {R"x(a = b IS NULL)x", R"x((is-null (= a b)))x"},
        {R"x(NOT a IS NULL)x", R"x((not (is-null a)))x"},
        {R"x(a BETWEEN 1 AND 10)x", R"x((between a 1 10))x"},
        {R"x(a NOT BETWEEN 1 AND 10)x", R"x((not-between a 1 10))x"},
        {R"x(a BETWEEN SYMMETRIC 10 AND 1)x", R"x((between-symmetric a 10 1))x"},
        {R"x(a BETWEEN 1 AND 10 AND b)x", R"x((and (between a 1 10) b))x"},
        {R"x(a BETWEEN b + 1 AND c * 2)x", R"x((between a (+ b 1) (* c 2)))x"},
        {R"x(a IN (1, 2, 3))x", R"x((in a 1 2 3))x"},
        {R"x(a NOT IN ('x'))x", R"x((not-in a 'x'))x"},
        {R"x(a IN (SELECT id FROM t))x", R"x((in-subquery a (subquery select id from t)))x"},
        {R"x(a NOT IN (SELECT id FROM t))x", R"x((not-in-subquery a (subquery select id from t)))x"},
        {R"x(a LIKE 'x%')x", R"x((like a 'x%'))x"},
        {R"x(a NOT LIKE 'x%')x", R"x((not-like a 'x%'))x"},
        {R"x(a ILIKE 'x%')x", R"x((ilike a 'x%'))x"},
        {R"x(a NOT ILIKE 'x%')x", R"x((not-ilike a 'x%'))x"},
        {R"x(a LIKE 'x!%' ESCAPE '!')x", R"x((like a 'x!%' '!'))x"},
        {R"x(a SIMILAR TO 'x%')x", R"x((similar a 'x%'))x"},
        {R"x(a NOT SIMILAR TO 'x%' ESCAPE '#')x", R"x((not-similar a 'x%' '#'))x"},
        {R"x(a || 'x' LIKE 'y')x", R"x((like (|| a 'x') 'y'))x"},
        {R"x(a LIKE b = c)x", R"x((= (like a b) c))x"},
        {R"x(a = ANY (ARRAY[1, 2]))x", R"x((any = a (array 1 2)))x"},
        {R"x(a = SOME (arr))x", R"x((any = a arr))x"},
        {R"x(a <> ALL (SELECT x FROM t))x", R"x((all <> a (subquery select x from t)))x"},
        {R"x(a LIKE ANY (ARRAY['x%', 'y%']))x", R"x((any ~~ a (array 'x%' 'y%')))x"},
        {R"x(a OPERATOR(pg_catalog.=) ANY (x))x", R"x((any OPERATOR(pg_catalog.=) a x))x"},
        {R"x(x::timestamp)x", R"x((:: x timestamp without time zone))x"},
        {R"x(x::pg_catalog.timestamptz(3))x", R"x((:: x timestamp(3) with time zone))x"},
        {R"x(a NOT ILIKE ALL (patterns))x", R"x((all !~~* a patterns))x"},
        {R"x(ARRAY[1, 2, 3])x", R"x((array 1 2 3))x"},
        {R"x(ARRAY[[1, 2], [3, 4]])x", R"x((array (array 1 2) (array 3 4)))x"},
        {R"x(ARRAY[]::integer[])x", R"x((:: (array) integer[]))x"},
        {R"x(ARRAY(SELECT x FROM t))x", R"x((array-subquery (subquery select x from t)))x"},
        {R"x(ROW(1, 'a'))x", R"x((row 1 'a'))x"},
        {R"x(ROW())x", R"x((row))x"},
        {R"x((1, 'a'))x", R"x((row 1 'a'))x"},
        {R"x((a, b) = (c, d))x", R"x((= (row a b) (row c d)))x"},
        {R"x(x[1])x", R"x(([] x 1))x"},
        {R"x(x[1:2])x", R"x(([:] x 1 2))x"},
        {R"x(x[:2])x", R"x(([:] x _ 2))x"},
        {R"x(x[2:])x", R"x(([:] x 2 _))x"},
        {R"x(x[1][2])x", R"x(([] ([] x 1) 2))x"},
        {R"x((x).f)x", R"x((. x f))x"},
        {R"x((x).*)x", R"x((. x *))x"},
        {R"x((x).f.g)x", R"x((. (. x f) g))x"},
        {R"x((f(x)).a)x", R"x((. (call f x) a))x"},
        {R"x(arr[1].f)x", R"x((. ([] arr 1) f))x"},
        {R"x(x COLLATE "C")x", R"x((collate x "C"))x"},
        {R"x(x COLLATE pg_catalog."default")x", R"x((collate x pg_catalog.default))x"},
        {R"x(a || b COLLATE "C")x", R"x((|| a (collate b "C")))x"},
        {R"x(-x COLLATE "C")x", R"x((collate (- x) "C"))x"},
        {R"x(ts AT TIME ZONE 'UTC')x", R"x((at-time-zone ts 'UTC'))x"},
        {R"x(ts AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')x", R"x((at-time-zone (at-time-zone ts 'UTC') 'Europe/Paris'))x"},
        {R"x(a + ts AT TIME ZONE 'UTC')x", R"x((+ a (at-time-zone ts 'UTC')))x"},
        {R"x(EXISTS (SELECT 1 FROM t WHERE t.a = "B"))x", R"x((exists (subquery select 1 from t where t . a = "B")))x"},
        {R"x((SELECT max(x) FROM t))x", R"x((subquery select max ( x ) from t))x"},
        {R"x(((SELECT 1)))x", R"x((subquery select 1))x"},
        {R"x((SELECT 1)[1])x", R"x(([] (subquery select 1) 1))x"},
        {R"x(CURRENT_TIMESTAMP)x", R"x(current_timestamp)x"},
        {R"x(CURRENT_TIMESTAMP(3))x", R"x((current_timestamp 3))x"},
        {R"x(CURRENT_DATE)x", R"x(current_date)x"},
        {R"x(CURRENT_TIME)x", R"x(current_time)x"},
        {R"x(LOCALTIME)x", R"x(localtime)x"},
        {R"x(LOCALTIMESTAMP(0))x", R"x((localtimestamp 0))x"},
        {R"x(CURRENT_USER)x", R"x(current_user)x"},
        {R"x(SESSION_USER)x", R"x(session_user)x"},
        {R"x(USER)x", R"x(user)x"},
        {R"x(CURRENT_ROLE)x", R"x(current_role)x"},
        {R"x(CURRENT_CATALOG)x", R"x(current_catalog)x"},
        {R"x(CURRENT_SCHEMA)x", R"x(current_schema)x"},
        {R"x((start_date, end_date) OVERLAPS (a, b))x", R"x((call overlaps start_date end_date a b))x"},
        {R"x(a IS NULL IS NULL)x", R"x((is-null (is-null a)))x"},
        {R"x(a /* comment */ + -- line
 b)x", R"x((+ a b))x"},
        {R"x(NULL IS NULL IS NULL)x", R"x((is-null (is-null null)))x"},
        {R"x(a = ANY (x) = b)x", R"x((= (any = a x) b))x"},
        {R"x(x::int[]::text)x", R"x((:: (:: x integer[]) text))x"},
        {R"x(nextval('public.t_id_seq'::regclass))x", R"x((call nextval (:: 'public.t_id_seq' regclass)))x"},
        {R"x(lower((email)::text))x", R"x((call lower (:: email text)))x"},
        {R"x((x + 1) IN (1) IN (2))x", R"x((in (in (+ x 1) 1) 2))x"},
    };
    for (const auto& [text, expected] : cases) {
        INFO(text);
        CHECK(sexpr_of(text) == expected);
    }
}

TEST_CASE("expression: malformed input fails with a positioned message", "[expression]") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"x(a AND)x", R"x(1:6: error: expected an expression at end of expression)x"},
        {R"x(a +)x", R"x(1:4: error: expected an expression at end of expression)x"},
        {R"x(((a))x", R"x(1:5: error: expected ")" at end of expression)x"},
        {R"x((a)))x", R"x(1:4: error: expected an operator or the end of the expression at or near ")")x"},
        {R"x(f(a,))x", R"x(1:5: error: expected an expression at or near ")")x"},
        {R"x(a < b < c)x", R"x(1:7: error: syntax error at or near "<" (the operator is non-associative))x"},
        {R"x(a = b = c)x", R"x(1:7: error: syntax error at or near "=" (the operator is non-associative))x"},
        {R"x(a LIKE b LIKE c)x", R"x(1:10: error: syntax error at or near "LIKE" (the operator is non-associative))x"},
        {R"x(CASE END)x", R"x(1:6: error: expected an expression at or near "END")x"},
        {R"x(CAST(x AS))x", R"x(1:10: error: expected a type name at or near ")")x"},
        {R"x(a IS b)x", R"x(1:6: error: expected NULL, TRUE, FALSE, UNKNOWN or DISTINCT FROM after IS at or near "b")x"},
        {R"x('unterminated)x", R"x(1:1: error: unterminated quoted string or identifier)x"},
        {R"x(")x", R"x(1:1: error: unterminated quoted string or identifier)x"},
        {R"x(x::)x", R"x(1:4: error: expected a type name at end of expression)x"},
        {R"x(a IS DISTINCT FROM b IS NULL)x", R"x(1:22: error: syntax error at or near "IS" (the operator is non-associative))x"},
        {R"x(E'\u12')x", R"x(1:1: error: invalid escape in string literal E'\u12')x"},
        {R"x(a /* open)x", R"x(1:3: error: unterminated /* comment)x"},
        {R"x(EXTRACT(YEAR, ts))x", R"x(1:13: error: expected FROM at or near ",")x"},
        {R"x((a, b) OVERLAPS c)x", R"x(1:18: error: OVERLAPS needs a row of two values on each side)x"},
    };
    for (const auto& [text, expected] : cases) {
        INFO(text);
        CHECK(error_of(text) == expected);
    }
}

TEST_CASE("expression: nesting is bounded at 1000 levels", "[expression]") {
    CHECK(sexpr_of(nested_parens(300)) == "1");
    CHECK(error_of(nested_parens(5000)) == "1:1001: error: expression nests more than 1000 levels deep");
    std::string minus_signs;
    for (int i = 0; i < 2000; ++i) minus_signs += "- ";
    CHECK(error_of(minus_signs + "x") == "1:2001: error: expression nests more than 1000 levels deep");
    CHECK(error_of("ARRAY" + std::string(1500, '[') + std::string(1500, ']')).find("nests more than 1000 levels") !=
          std::string::npos);
    // A left-deep chain is as deep as it is long …
    CHECK(error_of(chain("+", 2000)).find("nests more than 1000 levels") != std::string::npos);
    // … except AND and OR, which PostgreSQL flattens.
    CHECK(parser::parse_expression(chain("AND", 5000)).children.size() == 5000);
}

TEST_CASE("expression: equality is structural", "[expression]") {
    CHECK(parser::parse_expression("((a > 0)) AND (b)") == parser::parse_expression("a>0 and b"));
    CHECK(parser::parse_expression("x::int4") == parser::parse_expression("CAST(x AS integer)"));
    CHECK(parser::parse_expression("date '2020-01-01'") == parser::parse_expression("'2020-01-01'::date"));
    CHECK(parser::parse_expression("a != b") == parser::parse_expression("a <> b"));
    CHECK_FALSE(parser::parse_expression("a - (b - c)") == parser::parse_expression("a - b - c"));
    CHECK_FALSE(parser::parse_expression("\"A\"") == parser::parse_expression("a"));
}

TEST_CASE("expression: Expression compares trees when both sides have one", "[expression]") {
    auto with_tree = [](const std::string& text, std::vector<engine::Token> tokens) {
        engine::Expression e;
        e.text = text;
        e.tokens = std::move(tokens);
        e.ast = std::make_shared<const engine::ExprNode>(parser::parse_expression(text));
        return e;
    };
    const engine::Expression a = with_tree("(a)", {{engine::TokenKind::punct, "("}});
    const engine::Expression b = with_tree("a", {{engine::TokenKind::keyword_or_name, "a"}});
    CHECK(a == b);
    engine::Expression tokens_only = b;
    tokens_only.ast.reset();
    CHECK_FALSE(a == tokens_only);  // falls back to the token streams, which differ
    CHECK(b == tokens_only);
}

TEST_CASE("expression: partition bounds", "[expression]") {
    auto bound = [](const std::string& text) { return engine::to_sexpr(parser::parse_partition_bound(text)); };
    CHECK(bound("DEFAULT") == "(partition-bound default)");
    CHECK(bound("FOR VALUES IN ('a', 'b')") == "(partition-bound in 'a' 'b')");
    CHECK(bound("FOR VALUES FROM (MINVALUE, 1) TO ('2020-01-01')") ==
          "(partition-bound range (from minvalue 1) (to '2020-01-01'))");
    CHECK(bound("FOR VALUES WITH (MODULUS 4, REMAINDER 1)") == "(partition-bound hash (=> modulus 4) (=> remainder 1))");
}
