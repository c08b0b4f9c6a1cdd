using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

/// <summary>
/// Every keyword on both sides of its limit: the value at the limit passes, one step beyond fails with the keyword,
/// its limit and the instance's path. Schemas and instances are JSON with single quotes for readability.
/// </summary>
public sealed partial class SchemaValidatorTests
{
    [Theory]
    [InlineData("{'minLength':3}", "'abc'", null, null)]
    [InlineData("{'minLength':3}", "'ab'", "minLength", "3")]
    [InlineData("{'minLength':2}", "'😀😀'", null, null)]
    [InlineData("{'minLength':2}", "'😀'", "minLength", "2")]
    [InlineData("{'maxLength':3}", "'abc'", null, null)]
    [InlineData("{'maxLength':3}", "'abcd'", "maxLength", "3")]
    [InlineData("{'maxLength':1}", "'😀'", null, null)]
    [InlineData("{'pattern':'^[a-z]+$'}", "'abc'", null, null)]
    [InlineData("{'pattern':'^[a-z]+$'}", "'abc1'", "pattern", "^[a-z]+$")]
    [InlineData("{'pattern':'b'}", "'abc'", null, null)]
    [InlineData("{'pattern':'^\\\\d{3}$'}", "'123'", null, null)]
    [InlineData("{'pattern':'^\\\\d{3}$'}", "'1234'", "pattern", "^\\d{3}$")]
    [InlineData("{'format':'email'}", "'ada@example.com'", null, null)]
    [InlineData("{'format':'email'}", "'ada'", "format", "email")]
    [InlineData("{'format':'date'}", "'2023-02-29'", "format", "date")]
    [InlineData("{'format':'uuid'}", "'123e4567-e89b-12d3-a456-426614174000'", null, null)]
    [InlineData("{'format':'e164'}", "'+4915112345678'", null, null)]
    [InlineData("{'format':'e164'}", "'015112345678'", "format", "e164")]
    [InlineData("{'format':'x-custom'}", "'anything'", null, null)]
    [InlineData("{'format':'time'}", "'08:00'", "format", "time")]
    [InlineData("{'format':'time','pattern':'^\\\\d{2}:\\\\d{2}$'}", "'08:00'", null, null)] // the pattern says how a time is written
    [InlineData("{'format':'time','pattern':'^\\\\d{2}:\\\\d{2}$'}", "'08:00:00'", "pattern", "^\\d{2}:\\d{2}$")]
    [InlineData("{'format':'date','pattern':'^\\\\d{4}-\\\\d{2}-\\\\d{2}$'}", "'2023-02-29'", "format", "date")]
    [InlineData("{'minLength':3,'format':'email'}", "5", null, null)] // string keywords ignore other types
    public void String_keywords(string schema, string instance, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit);

    [Theory]
    [InlineData("{'minimum':5}", "5", null, null)]
    [InlineData("{'minimum':5}", "4.99", "minimum", "5")]
    [InlineData("{'minimum':0.1}", "0.1", null, null)]
    [InlineData("{'minimum':0.1}", "0.09", "minimum", "0.1")]
    [InlineData("{'maximum':10}", "10.0", null, null)]
    [InlineData("{'maximum':10}", "10.01", "maximum", "10")]
    [InlineData("{'exclusiveMinimum':5}", "5.01", null, null)] // 3.1: a number of its own
    [InlineData("{'exclusiveMinimum':5}", "5", "exclusiveMinimum", "5")]
    [InlineData("{'exclusiveMaximum':10}", "9.99", null, null)]
    [InlineData("{'exclusiveMaximum':10}", "10", "exclusiveMaximum", "10")]
    [InlineData("{'minimum':5,'exclusiveMinimum':true}", "5.01", null, null)] // 3.0: a boolean beside minimum
    [InlineData("{'minimum':5,'exclusiveMinimum':true}", "5", "exclusiveMinimum", "5")]
    [InlineData("{'minimum':5,'exclusiveMinimum':false}", "5", null, null)]
    [InlineData("{'minimum':5,'exclusiveMinimum':false}", "4", "minimum", "5")]
    [InlineData("{'maximum':10,'exclusiveMaximum':true}", "9.99", null, null)]
    [InlineData("{'maximum':10,'exclusiveMaximum':true}", "10", "exclusiveMaximum", "10")]
    [InlineData("{'maximum':10,'exclusiveMaximum':false}", "10", null, null)]
    [InlineData("{'multipleOf':0.1}", "0.3", null, null)]
    [InlineData("{'multipleOf':0.1}", "0.35", "multipleOf", "0.1")]
    [InlineData("{'multipleOf':5}", "15", null, null)]
    [InlineData("{'multipleOf':5}", "16", "multipleOf", "5")]
    [InlineData("{'multipleOf':1.5e30}", "4.5e30", null, null)]
    [InlineData("{'minimum':1e30}", "1e29", "minimum", "1E+30")]
    [InlineData("{'minimum':5,'maximum':1}", "'text'", null, null)] // number keywords ignore other types
    public void Number_keywords(string schema, string instance, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit);

    [Theory]
    [InlineData("{'type':'string'}", "'a'", null, null)]
    [InlineData("{'type':'string'}", "1", "type", "string")]
    [InlineData("{'type':'integer'}", "1.0", null, null)]
    [InlineData("{'type':'integer'}", "1.5", "type", "integer")]
    [InlineData("{'type':'number'}", "1.5", null, null)]
    [InlineData("{'type':'number'}", "'1.5'", "type", "number")]
    [InlineData("{'type':'boolean'}", "false", null, null)]
    [InlineData("{'type':'boolean'}", "0", "type", "boolean")]
    [InlineData("{'type':'object'}", "{}", null, null)]
    [InlineData("{'type':'object'}", "[]", "type", "object")]
    [InlineData("{'type':'array'}", "[]", null, null)]
    [InlineData("{'type':'array'}", "{}", "type", "array")]
    [InlineData("{'type':'null'}", "null", null, null)]
    [InlineData("{'type':['string','null']}", "null", null, null)]
    [InlineData("{'type':['string','null']}", "1", "type", "string or null")]
    [InlineData("{'type':'string'}", "null", "type", "string")]
    [InlineData("{'type':'string','nullable':true}", "null", null, null)] // 3.0
    [InlineData("{'type':'string','nullable':false}", "null", "type", "string")]
    [InlineData("{'type':'string','enum':['a'],'nullable':true}", "null", null, null)]
    [InlineData("{'type':'x-unknown'}", "1", null, null)]
    public void Type_and_nullable(string schema, string instance, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit);

    [Theory]
    [InlineData("{'enum':['a','b']}", "'b'", null, null)]
    [InlineData("{'enum':['a','b']}", "'c'", "enum", "\"a\", \"b\"")]
    [InlineData("{'enum':[1,2]}", "2.0", null, null)]
    [InlineData("{'enum':[1,2]}", "3", "enum", "1, 2")]
    [InlineData("{'enum':[{'a':1},null]}", "{'a':1.0}", null, null)]
    [InlineData("{'const':'x'}", "'x'", null, null)]
    [InlineData("{'const':'x'}", "'y'", "const", "\"x\"")]
    [InlineData("{'const':[1,{'b':true}]}", "[1,{'b':true}]", null, null)]
    [InlineData("{'const':[1,{'b':true}]}", "[1,{'b':false}]", "const", "[1,{\"b\":true}]")]
    [InlineData("true", "{'anything':[1]}", null, null)]
    [InlineData("false", "1", "false", null)]
    [InlineData("{}", "'anything'", null, null)]
    public void Enum_const_and_boolean_schemas(string schema, string instance, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit);

    [Theory]
    [InlineData("{'minItems':2}", "[1,2]", null, null)]
    [InlineData("{'minItems':2}", "[1]", "minItems", "2")]
    [InlineData("{'maxItems':2}", "[1,2]", null, null)]
    [InlineData("{'maxItems':2}", "[1,2,3]", "maxItems", "2")]
    [InlineData("{'uniqueItems':true}", "[1,2,{'a':1},{'a':2}]", null, null)]
    [InlineData("{'uniqueItems':true}", "[1,{'a':1,'b':2},{'b':2,'a':1.0}]", "uniqueItems", null)]
    [InlineData("{'uniqueItems':false}", "[1,1]", null, null)]
    [InlineData("{'minItems':3}", "'abc'", null, null)]
    [InlineData("{'minProperties':1}", "{'a':1}", null, null)]
    [InlineData("{'minProperties':1}", "{}", "minProperties", "1")]
    [InlineData("{'maxProperties':1}", "{'a':1}", null, null)]
    [InlineData("{'maxProperties':1}", "{'a':1,'b':2}", "maxProperties", "1")]
    [InlineData("{'required':['a']}", "{'a':null}", null, null)]
    public void Array_and_object_size_keywords(string schema, string instance, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit);

    [Theory]
    [InlineData("{'items':{'type':'integer'}}", "[1,2]", null, null, null)]
    [InlineData("{'items':{'type':'integer'}}", "[1,'x',3]", "/1", "type", "integer")]
    [InlineData("{'prefixItems':[{'type':'string'},{'type':'integer'}]}", "['a',1,true]", null, null, null)]
    [InlineData("{'prefixItems':[{'type':'string'},{'type':'integer'}]}", "['a','b']", "/1", "type", "integer")]
    [InlineData("{'prefixItems':[{'type':'string'}],'items':{'type':'integer'}}", "['a',1,2]", null, null, null)]
    [InlineData("{'prefixItems':[{'type':'string'}],'items':{'type':'integer'}}", "['a',1,'c']", "/2", "type", "integer")]
    [InlineData("{'prefixItems':[{'type':'string'}],'items':false}", "['a',1]", "/1", "false", null)]
    [InlineData("{'properties':{'age':{'type':'integer','minimum':0}}}", "{'age':0,'other':'x'}", null, null, null)]
    [InlineData("{'properties':{'age':{'type':'integer','minimum':0}}}", "{'age':-1}", "/age", "minimum", "0")]
    [InlineData("{'properties':{'a/b':{'type':'string'}}}", "{'a/b':1}", "/a~1b", "type", "string")]
    [InlineData("{'required':['id']}", "{}", "/id", "required", null)]
    [InlineData("{'properties':{'a':{}},'additionalProperties':false}", "{'a':1}", null, null, null)]
    [InlineData("{'properties':{'a':{}},'additionalProperties':false}", "{'a':1,'b':2}", "/b", "additionalProperties", "false")]
    [InlineData("{'additionalProperties':{'type':'integer'}}", "{'a':1,'b':2.0}", null, null, null)]
    [InlineData("{'additionalProperties':{'type':'integer'}}", "{'a':1,'b':2.5}", "/b", "type", "integer")]
    [InlineData("{'patternProperties':{'^x-':{'type':'string'}},'additionalProperties':false}", "{'x-a':'ok'}", null, null, null)]
    [InlineData("{'patternProperties':{'^x-':{'type':'string'}},'additionalProperties':false}", "{'x-a':1}", "/x-a", "type", "string")]
    [InlineData("{'patternProperties':{'^x-':{'type':'string'}},'additionalProperties':false}", "{'y':'no'}", "/y", "additionalProperties", "false")]
    public void Items_and_properties_report_the_member_path(string schema, string instance, string? path, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit, path ?? string.Empty);

    [Fact]
    public void Nested_arrays_and_objects_report_pointers_below_the_given_path()
    {
        const string Schema = @"{'type':'object','required':['records'],'properties':{'records':{'type':'array','items':
            {'type':'object','required':['email'],'properties':{'email':{'type':'string','format':'email'},'tags':{'type':'array','items':{'minLength':2}}}}}}}";
        const string Instance = @"{'records':[{'email':'a@b.c'},{'email':'x@y.z','tags':['ok','x']},{},{'email':'broken'}]}";

        var violations = Validate(Schema, Instance, path: "/body");

        Assert.Equal(
            new[] { "/body/records/1/tags/1 minLength", "/body/records/2/email required", "/body/records/3/email format" },
            violations.Select(v => v.Path + " " + v.Rule));
    }

    [Fact]
    public void Every_violation_is_collected_not_only_the_first()
    {
        var violations = Validate("{'type':'string','minLength':5,'pattern':'^[0-9]+$','format':'email'}", "'ab'");

        Assert.Equal(new[] { "minLength", "pattern", "format" }, violations.Select(v => v.Rule));
    }

    private static void AssertOutcome(string schema, string instance, string? rule, string? limit, string path = "")
    {
        var violations = Validate(schema, instance);

        if (rule is null)
        {
            Assert.Empty(violations);
            return;
        }

        var violation = Assert.Single(violations);
        Assert.Equal(path, violation.Path);
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(limit, violation.Limit);
    }

    private static List<ConstraintViolation> Validate(
        string schema, string instance, SchemaDirection direction = SchemaDirection.Request, string document = "{}", string path = "")
    {
        using var documentJson = JsonDocument.Parse(Json(document));
        using var schemaJson = JsonDocument.Parse(Json(schema));
        using var instanceJson = JsonDocument.Parse(Json(instance));
        var violations = new List<ConstraintViolation>();

        new SchemaValidator(documentJson.RootElement).Validate(instanceJson.RootElement, schemaJson.RootElement, path, direction, violations);

        return violations;
    }

    private static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
