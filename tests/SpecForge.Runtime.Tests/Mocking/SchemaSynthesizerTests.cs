using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using SpecForge.Runtime.Mocking;
using SpecForge.Runtime.Validation;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Synthesized data satisfies its schema (every keyword and format, many seeds) and depends only on the seed.</summary>
public sealed class SchemaSynthesizerTests
{
    // Single quotes stand for double quotes; each schema exercises one or more keywords.
    private static readonly string[] Schemas =
    {
        "{'type':'string'}",
        "{'type':'string','minLength':40}",
        "{'type':'string','maxLength':3}",
        "{'type':'string','minLength':2,'maxLength':2}",
        "{'type':'string','format':'email'}",
        "{'type':'string','format':'uuid'}",
        "{'type':'string','format':'date'}",
        "{'type':'string','format':'date-time'}",
        "{'type':'string','format':'time'}",
        "{'type':'string','format':'time','pattern':'^([01]\\\\d|2[0-3]):[0-5]\\\\d$'}",
        "{'type':'string','format':'uri'}",
        "{'type':'string','format':'uri-reference'}",
        "{'type':'string','format':'ipv4'}",
        "{'type':'string','format':'ipv6'}",
        "{'type':'string','format':'hostname'}",
        "{'type':'string','format':'e164'}",
        "{'type':'string','format':'byte'}",
        "{'type':'string','format':'base64'}",
        "{'type':'string','x-format':'e164','pattern':'^\\\\+[1-9]\\\\d{1,14}$'}",
        "{'type':'string','pattern':'^[A-Z]{3}-\\\\d{4}$'}",
        "{'type':'string','pattern':'^(red|green|blue)(-[a-f0-9]{2})?$'}",
        "{'type':'string','pattern':'^[^\\\\s@]+@[^\\\\s@]+\\\\.[a-z]{2,}$'}",
        "{'type':'string','pattern':'^\\\\w+(\\\\.\\\\w+)*$','maxLength':20}",
        "{'type':'string','pattern':'^[A-Za-z0-9_-]{8,12}$'}",
        "{'type':'string','pattern':'^v\\\\d+\\\\.\\\\d+(?:\\\\.\\\\d+)?$'}",
        "{'type':'string','pattern':'ab.c'}",
        "{'type':'integer'}",
        "{'type':'integer','minimum':10,'maximum':12}",
        "{'type':'integer','exclusiveMinimum':0,'exclusiveMaximum':3}",
        "{'type':'integer','minimum':-50,'maximum':50,'multipleOf':7}",
        "{'type':'integer','format':'int32','maximum':-5}",
        "{'type':'integer','format':'int32','maximum':10000000000}",
        "{'type':'integer','format':'int32','minimum':2147483000}",
        "{'type':'integer','format':'int32','minimum':-10000000000,'maximum':-2147483000}",
        "{'type':'number'}",
        "{'type':'number','minimum':0.5,'maximum':0.75}",
        "{'type':'number','exclusiveMinimum':1.5,'exclusiveMaximum':1.6}",
        "{'type':'number','multipleOf':0.25,'minimum':1,'maximum':2}",
        "{'type':'number','exclusiveMinimum':0,'maximum':0.001}",
        "{'type':'boolean'}",
        "{'type':'null'}",
        "{'type':['string','null'],'minLength':1}",
        "{'type':['integer','string']}",
        "{'enum':['a','b',3,null]}",
        "{'const':{'fixed':[1,2]}}",
        "{'type':'string','default':'preset','maxLength':6}",
        "{'type':'integer','examples':[3,4],'minimum':3}",
        "{'type':'array','items':{'type':'integer'}}",
        "{'type':'array','items':{'type':'string'},'minItems':3,'maxItems':4}",
        "{'type':'array','items':{'type':'integer','minimum':1,'maximum':6},'minItems':5,'uniqueItems':true}",
        "{'type':'array','items':{'enum':['x','y','z']},'minItems':2,'maxItems':3,'uniqueItems':true}",
        "{'type':'array','prefixItems':[{'type':'integer'},{'type':'string','format':'date'}],'items':false,'minItems':2}",
        "{'type':'array','maxItems':0}",
        "{'type':'object'}",
        "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'integer'}},'required':['a','b'],'additionalProperties':false}",
        "{'type':'object','properties':{'a':{'type':'string'}},'minProperties':3}",
        "{'type':'object','additionalProperties':{'type':'integer','minimum':5},'minProperties':2}",
        "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'},'c':{'type':'string'}},'maxProperties':1}",
        "{'type':'object','required':['x'],'properties':{'x':{'type':'object','required':['y'],'properties':{'y':{'type':'array','items':{'type':'number','maximum':0}}}}}}",
        "{'allOf':[{'type':'object','properties':{'a':{'type':'string'}},'required':['a']},{'properties':{'b':{'type':'integer','minimum':100}},'required':['b']}]}",
        "{'allOf':[{'type':'string','minLength':5},{'maxLength':6}]}",
        "{'allOf':[{'type':'number','minimum':1},{'type':'integer','maximum':3}]}",
        "{'oneOf':[{'type':'string','format':'email'},{'type':'integer','minimum':1}]}",
        "{'anyOf':[{'type':'boolean'},{'type':'array','items':{'type':'string'},'minItems':1}]}",
        "{'oneOf':[{'type':'object','properties':{'k':{'const':'a'}},'required':['k']},{'type':'object','properties':{'k':{'const':'b'}},'required':['k']}]}",
        "{'$ref':'#/components/schemas/Pet'}",
        "{'$ref':'#/components/schemas/Shape'}",
        "{'$ref':'#/components/schemas/Node'}",
        "{'$ref':'#/components/schemas/Person'}",
        "{'type':'object','properties':{'nested':{'$ref':'#/components/schemas/Node'}},'required':['nested']}",
        "{'not':{'type':'string'}}",
        "true",
        "{}",
    };

    private const string Components = @"{
      'openapi':'3.1.0','info':{'title':'t','version':'1'},'paths':{},
      'components':{'schemas':{
        'Pet':{'type':'object','required':['id','name'],'properties':{
          'id':{'type':'integer','readOnly':true,'minimum':1},'name':{'type':'string','minLength':1,'maxLength':10},
          'secret':{'type':'string','writeOnly':true,'minLength':8},'tags':{'type':'array','items':{'type':'string'},'uniqueItems':true}},
          'additionalProperties':false},
        'Shape':{'oneOf':[{'$ref':'#/components/schemas/Circle'},{'$ref':'#/components/schemas/Square'}],
          'discriminator':{'propertyName':'kind','mapping':{'circle':'#/components/schemas/Circle','square':'#/components/schemas/Square'}}},
        'Circle':{'type':'object','required':['kind','radius'],'properties':{'kind':{'type':'string','enum':['circle']},'radius':{'type':'number','exclusiveMinimum':0}}},
        'Square':{'type':'object','required':['kind','side'],'properties':{'kind':{'type':'string','enum':['square']},'side':{'type':'integer','minimum':1}}},
        'Node':{'type':'object','required':['value'],'properties':{'value':{'type':'integer'},
          'children':{'type':'array','items':{'$ref':'#/components/schemas/Node'}},'parent':{'anyOf':[{'$ref':'#/components/schemas/Node'},{'type':'null'}]}}},
        'Person':{'type':'object','required':['name','email','phone'],'properties':{'name':{'type':'string'},'email':{'type':'string','format':'email'},
          'phone':{'type':'string','pattern':'^\\+[1-9]\\d{1,14}$'},'born':{'type':['string','null'],'format':'date'},
          'friend':{'$ref':'#/components/schemas/Person'}}}
      }}}";

    private static readonly JsonElement Document = Parse(Components);
    private static readonly SchemaValidator Validator = new(Document);
    private static readonly SchemaSynthesizer Synthesizer = new(new MockDocument(Document), Validator);

    public static TheoryData<int> SchemaIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Schemas.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaIndexes))]
    public void Synthesized_data_passes_the_schema_for_seeds_1_to_50(int index)
    {
        var schema = Parse(Schemas[index]);
        foreach (var direction in new[] { SchemaDirection.Response, SchemaDirection.Request })
        {
            for (ulong seed = 1; seed <= 50; seed++)
            {
                var json = Synthesizer.Synthesize(schema, seed, direction);
                using var value = JsonDocument.Parse(json);
                var violations = new List<ConstraintViolation>();
                Validator.Validate(value.RootElement, schema, "", direction, violations);
                Assert.True(violations.Count == 0, $"{Schemas[index]} seed {seed} {direction}: {Encoding.UTF8.GetString(json)} -> {string.Join("; ", violations)}");
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var schema = Parse("{'$ref':'#/components/schemas/Person'}");

        var first = Encoding.UTF8.GetString(Synthesizer.Synthesize(schema, 7, SchemaDirection.Response));
        var again = Encoding.UTF8.GetString(new SchemaSynthesizer(new MockDocument(Document), Validator).Synthesize(schema, 7, SchemaDirection.Response));
        var other = Encoding.UTF8.GetString(Synthesizer.Synthesize(schema, 8, SchemaDirection.Response));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Seeds_cover_enum_values_and_union_branches()
    {
        var enumValues = Enumerable.Range(1, 40).Select(s => Encoding.UTF8.GetString(Synthesizer.Synthesize(Parse("{'enum':['a','b','c']}"), (ulong)s, SchemaDirection.Response))).Distinct().Count();
        var shapes = Enumerable.Range(1, 40).Select(s => Parse(Encoding.UTF8.GetString(Synthesizer.Synthesize(Parse("{'$ref':'#/components/schemas/Shape'}"), (ulong)s, SchemaDirection.Response))).GetProperty("kind").GetString()).Distinct().Count();

        Assert.Equal(3, enumValues);
        Assert.Equal(2, shapes);
    }

    [Fact]
    public void ReadOnly_members_stay_out_of_requests_and_writeOnly_out_of_responses()
    {
        var pet = Parse("{'$ref':'#/components/schemas/Pet'}");
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var request = Parse(Encoding.UTF8.GetString(Synthesizer.Synthesize(pet, seed, SchemaDirection.Request)));
            var response = Parse(Encoding.UTF8.GetString(Synthesizer.Synthesize(pet, seed, SchemaDirection.Response)));

            Assert.False(request.TryGetProperty("id", out _));
            Assert.True(response.TryGetProperty("id", out _));
            Assert.False(response.TryGetProperty("secret", out _));
        }
    }

    [Fact]
    public void Recursive_schemas_end()
    {
        var json = Synthesizer.Synthesize(Parse("{'$ref':'#/components/schemas/Node'}"), 3, SchemaDirection.Response);

        Assert.True(json.Length < 200_000, "recursion was not cut: " + json.Length + " bytes");
    }

    [Theory]
    [InlineData(@"^\+[1-9]\d{1,14}$")]
    [InlineData(@"^[A-Z]{3}-\d{4}$")]
    [InlineData(@"^(cat|dog|bird)s?$")]
    [InlineData(@"^(?:[a-z]+\.)+[a-z]{2,3}$")]
    [InlineData(@"^[^aeiou\d]{4}$")]
    [InlineData(@"^\D\W\S$")]
    [InlineData(@"^\x41\u0042[\-.]?C{2,}$")]
    [InlineData(@"^(?<year>\d{4})-(0[1-9]|1[0-2])$")]
    [InlineData(@"a{2}b{1,}c*?")]
    [InlineData(@"^[+]?[0-9 ]{3,6}$")]
    [InlineData(@"^x{,3}$")]
    public void Patterns_generate_matching_text(string pattern)
    {
        for (ulong seed = 1; seed <= 30; seed++)
        {
            Assert.True(PatternGenerator.TryGenerate(pattern, new SplitMix64(seed), out var value));
            Assert.True(ConstraintRules.MatchesPattern(value, pattern), $"'{value}' does not match {pattern}");
        }
    }

    [Theory]
    [InlineData(@"^(?=.*\d)[a-z\d]{8}$")]
    [InlineData(@"^(a)\1$")]
    [InlineData(@"^[a-z")]
    [InlineData(@"\bword\b")]
    public void Unsupported_or_malformed_patterns_are_declined(string pattern)
    {
        Assert.False(PatternGenerator.TryGenerate(pattern, new SplitMix64(1), out _));
    }

    [Fact]
    public void A_pattern_the_generator_declines_falls_back_without_throwing()
    {
        var json = Synthesizer.Synthesize(Parse("{'type':'string','pattern':'^(?=.*[0-9])[a-z0-9]{6}$'}"), 1, SchemaDirection.Response);

        Assert.Equal(JsonValueKind.String, Parse(Encoding.UTF8.GetString(json)).ValueKind);
    }

    [Fact]
    public void SplitMix64_is_the_published_sequence()
    {
        // First outputs for seed 0, as in the reference implementation (Vigna, prng.di.unimi.it/splitmix64.c).
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json.Replace('\'', '"'));
        return document.RootElement.Clone();
    }
}
