using System.Linq;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

/// <summary>$ref, unions, not, direction and robustness, against one OpenAPI document.</summary>
public sealed partial class SchemaValidatorTests
{
    private const string Document = @"{'openapi':'3.1.0','components':{'schemas':{
        'Node':{'type':'object','properties':{'name':{'type':'string','minLength':1},'children':{'type':'array','items':{'$ref':'#/components/schemas/Node'}}}},
        'Loop':{'$ref':'#/components/schemas/Loop'},
        'Ping':{'allOf':[{'$ref':'#/components/schemas/Pong'}]},
        'Pong':{'type':'object','allOf':[{'$ref':'#/components/schemas/Ping'}]},
        'a/b':{'type':'integer'},
        'Cat':{'type':'object','required':['kind','meows'],'properties':{'kind':{'const':'cat'},'meows':{'type':'boolean'}}},
        'Dog':{'type':'object','required':['kind','barks'],'properties':{'kind':{'const':'dog'},'barks':{'type':'integer','minimum':0}}},
        'Pet':{'oneOf':[{'$ref':'#/components/schemas/Cat'},{'$ref':'#/components/schemas/Dog'}],
               'discriminator':{'propertyName':'kind','mapping':{'cat':'#/components/schemas/Cat','dog':'Dog'}}},
        'Id':{'type':'string','readOnly':true},
        'Account':{'type':'object','required':['id','ref','name','password'],'properties':{
            'id':{'type':'string','readOnly':true},'ref':{'$ref':'#/components/schemas/Id'},'name':{'type':'string'},'password':{'type':'string','writeOnly':true}}}
    }}}";

    [Fact]
    public void Recursive_references_follow_the_instance_down()
    {
        var violations = Validate(
            "{'$ref':'#/components/schemas/Node'}",
            "{'name':'root','children':[{'name':'a'},{'name':'b','children':[{'name':'c'},{'name':''}]}]}",
            document: Document);

        var violation = Assert.Single(violations);
        Assert.Equal("/children/1/children/1/name", violation.Path);
        Assert.Equal("minLength", violation.Rule);
    }

    [Fact]
    public void A_reference_to_itself_ends_without_a_verdict()
    {
        Assert.Empty(Validate("{'$ref':'#/components/schemas/Loop'}", "{'x':1}", document: Document));
    }

    [Fact]
    public void A_cycle_through_allOf_is_walked_once()
    {
        var violation = Assert.Single(Validate("{'$ref':'#/components/schemas/Ping'}", "'not an object'", document: Document));

        Assert.Equal("type", violation.Rule);
        Assert.Equal("object", violation.Limit);
    }

    [Theory]
    [InlineData("{'nullable':true,'allOf':[{'$ref':'#/components/schemas/Cat'}]}")]
    [InlineData("{'nullable':true,'$ref':'#/components/schemas/Cat'}")]
    public void OpenApi_3_0_nullable_admits_null_around_references(string schema)
    {
        Assert.Empty(Validate(schema, "null", document: Document));
        Assert.Equal("/meows", Assert.Single(Validate(schema, "{'kind':'cat'}", document: Document)).Path);
    }

    [Theory]
    [InlineData("#/components/schemas/a~1b")]
    [InlineData("#/components/schemas/a%7E1b")]
    public void Escaped_pointers_resolve(string reference)
    {
        Assert.Empty(Validate("{'$ref':'" + reference + "'}", "3", document: Document));
        Assert.Equal("type", Assert.Single(Validate("{'$ref':'" + reference + "'}", "3.5", document: Document)).Rule);
    }

    [Theory]
    [InlineData("#/components/schemas/Missing")]
    [InlineData("other.json#/components/schemas/Node")]
    [InlineData("#components")]
    [InlineData("#/components/schemas/%zz")]
    public void References_that_lead_nowhere_constrain_nothing(string reference) =>
        Assert.Empty(Validate("{'$ref':'" + reference + "'}", "'anything'", document: Document));

    [Theory]
    [InlineData("{'anyOf':[{'type':'string'},{'type':'integer'}]}", "'a'", null, null)]
    [InlineData("{'anyOf':[{'type':'string'},{'type':'integer'}]}", "1.5", "anyOf", null)]
    [InlineData("{'oneOf':[{'type':'string'},{'type':'integer'}]}", "1", null, null)]
    [InlineData("{'oneOf':[{'type':'string'},{'type':'integer'}]}", "true", "oneOf", null)]
    [InlineData("{'oneOf':[{'type':'number'},{'type':'integer'}]}", "1", "oneOf", null)]
    [InlineData("{'allOf':[{'minimum':1},{'maximum':3}]}", "3", null, null)]
    [InlineData("{'allOf':[{'minimum':1},{'maximum':3}]}", "4", "maximum", "3")]
    [InlineData("{'allOf':[{'minimum':1},{'maximum':3}]}", "0", "minimum", "1")]
    [InlineData("{'not':{'type':'string'}}", "1", null, null)]
    [InlineData("{'not':{'type':'string'}}", "'a'", "not", null)]
    [InlineData("{'not':false}", "'a'", null, null)]
    [InlineData("{'not':true}", "'a'", "not", null)]
    public void Composition_keywords(string schema, string instance, string? rule, string? limit) =>
        AssertOutcome(schema, instance, rule, limit);

    [Fact]
    public void A_failed_union_is_one_violation_at_the_union_not_one_per_branch()
    {
        const string Schema = "{'anyOf':[{'type':'object','required':['a','b']},{'type':'object','required':['c'],'properties':{'d':{'minLength':9}}}]}";

        var violation = Assert.Single(Validate(Schema, "{'d':'x'}", path: "/body"));

        Assert.Equal("/body", violation.Path);
        Assert.Equal("anyOf", violation.Rule);
        Assert.Equal("must match at least one of the allowed schemas", violation.Message);
    }

    [Fact]
    public void OneOf_says_how_many_branches_matched()
    {
        Assert.EndsWith("matches none", Assert.Single(Validate("{'oneOf':[{'type':'string'}]}", "1")).Message);
        Assert.EndsWith("matches 2", Assert.Single(Validate("{'oneOf':[{},{},{}]}", "1")).Message);
    }

    [Theory]
    [InlineData("{'kind':'cat','meows':true}", null, null)]
    [InlineData("{'kind':'dog','barks':3}", null, null)]
    [InlineData("{'kind':'cat'}", "/meows", "required")]
    [InlineData("{'kind':'dog','barks':-1}", "/barks", "minimum")]
    [InlineData("{'kind':'cow'}", "", "oneOf")]
    [InlineData("{'meows':true}", "", "oneOf")]
    public void The_discriminator_picks_the_branch_whose_violations_are_reported(string instance, string? path, string? rule)
    {
        var violations = Validate("{'$ref':'#/components/schemas/Pet'}", instance, document: Document);

        if (rule is null)
        {
            Assert.Empty(violations);
            return;
        }

        var violation = Assert.Single(violations);
        Assert.Equal(path, violation.Path);
        Assert.Equal(rule, violation.Rule);
    }

    [Theory]
    [InlineData(nameof(SchemaDirection.Request), "/password")]
    [InlineData(nameof(SchemaDirection.Response), "/id,/ref")]
    public void ReadOnly_members_may_be_missing_from_requests_and_writeOnly_ones_from_responses(string direction, string missing)
    {
        var violations = Validate("{'$ref':'#/components/schemas/Account'}", "{'name':'Ada'}", System.Enum.Parse<SchemaDirection>(direction), Document);

        Assert.All(violations, v => Assert.Equal("required", v.Rule));
        Assert.Equal(missing, string.Join(",", violations.Select(v => v.Path)));
    }

    [Theory]
    [InlineData("{'minLength':'3','maxLength':-1,'minItems':1.5,'minProperties':'x'}")]
    [InlineData("{'type':5,'enum':5,'const':{'x':[]},'required':'id','properties':[]}")]
    [InlineData("{'pattern':'(?i)x','patternProperties':{'(?>a)':false,'[':false}}")]
    [InlineData("{'items':5,'prefixItems':{},'additionalProperties':'no','uniqueItems':'yes'}")]
    [InlineData("{'allOf':{},'anyOf':5,'oneOf':'x','not':[]}")]
    [InlineData("{'multipleOf':0,'minimum':'a','maximum':null,'exclusiveMinimum':'5'}")]
    [InlineData("{'multipleOf':-2,'format':7}")]
    [InlineData("{'discriminator':5,'oneOf':[true]}")]
    [InlineData("{'discriminator':{'propertyName':7,'mapping':[]},'oneOf':[{'$ref':5}]}")]
    [InlineData("{'$ref':5,'nullable':'yes'}")]
    [InlineData("[1,2]")]
    [InlineData("'a string as schema'")]
    public void Malformed_keywords_are_ignored_and_never_throw(string schema)
    {
        foreach (var instance in new[] { "null", "true", "0", "1.5", "1e400", "'text'", "[]", "[1,[2]]", "{}", "{'a':{'b':[null]}}" })
        {
            var violations = Validate(schema, instance, document: Document);

            Assert.True(violations.All(v => v.Rule == "const"), $"{schema} on {instance}: {string.Join("; ", violations)}");
        }
    }

    [Fact]
    public void Numbers_beyond_double_are_judged_only_where_they_can_be()
    {
        Assert.Empty(Validate("{'type':'number','minimum':0,'multipleOf':3}", "1e400"));
        Assert.Equal("type", Assert.Single(Validate("{'type':'string'}", "1e400")).Rule);

        // An integer is held to long (SpecForge's type for it), which 1e400 is clearly beyond.
        var integer = Assert.Single(Validate("{'type':'integer','minimum':0,'multipleOf':3}", "1e400"));
        Assert.Equal(("format", "int64"), (integer.Rule, integer.Limit));
    }
}
