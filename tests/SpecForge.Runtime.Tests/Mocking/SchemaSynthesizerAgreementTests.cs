using System.Linq;
using System.Text.Json;
using SpecForge.Runtime.Mocking;
using SpecForge.Runtime.Validation;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>
/// Shapes the corpus showed the synthesizer getting wrong against the typed code: an enum beside an allOf of listed
/// constants, polymorphic bases (only subtypes are readable), an array that lists its items' values.
/// </summary>
public sealed class SchemaSynthesizerAgreementTests
{
    // Single quotes stand for double quotes.
    private const string Components = @"{'components':{'schemas':{
        'OptionType':{'type':'integer','oneOf':[{'const':1,'title':'SUB_COMMAND'},{'const':3,'title':'STRING'},{'const':11,'title':'ATTACHMENT'}]},
        'AttachmentOption':{'type':'object','required':['type'],'properties':{'type':{'type':'integer','enum':[11],'allOf':[{'$ref':'#/components/schemas/OptionType'}]}}},
        'Evaluation':{'type':'object','required':['Kind'],'discriminator':{'propertyName':'Kind'},
          'properties':{'Kind':{'type':'string','enum':['Invalid','Nodes','Replicas']},'Description':{'type':'string'}}},
        'NodesEvaluation':{'allOf':[{'$ref':'#/components/schemas/Evaluation'}],'required':['TotalCount'],'properties':{'TotalCount':{'type':'integer'}},'x-ms-discriminator-value':'Nodes'},
        'ReplicasEvaluation':{'allOf':[{'$ref':'#/components/schemas/Evaluation'}],'required':['Replica'],'properties':{'Replica':{'type':'string'}}},
        'Roles':{'type':'array','enum':['open','company'],'items':{'type':'string'}},
        'ExitOutcome':{'type':'object','required':['type','code'],'properties':{'type':{'type':'string','enum':['exit']},'code':{'type':'integer'}}},
        'TimeoutOutcome':{'type':'object','required':['type'],'properties':{'type':{'type':'string','enum':['timeout']}}},
        'Outcome':{'oneOf':[{'$ref':'#/components/schemas/ExitOutcome'},{'$ref':'#/components/schemas/TimeoutOutcome'}],'discriminator':{'propertyName':'type'}},
        'Comparison':{'type':'object','required':['type','key'],'properties':{'type':{'type':'string','enum':['eq','ne']},'key':{'type':'string'}}},
        'Filter':{'oneOf':[{'$ref':'#/components/schemas/Comparison'},{'type':'object','required':['type'],'properties':{'type':{'type':'string','enum':['and']}}}],'discriminator':{'propertyName':'type'}},
        'Message':{'type':'object','required':['type'],'properties':{'type':{'type':'string','enum':['message']}}},
        'ShellOutput':{'type':'object','required':['type'],'properties':{'type':{'type':'string','enum':['shell_output']}}},
        'ComputerOutput':{'type':'object','required':['type'],'properties':{'type':{'type':'string','enum':['computer_output']}}},
        'Item':{'oneOf':[{'$ref':'#/components/schemas/ShellOutput'},{'$ref':'#/components/schemas/ComputerOutput'}]},
        'InputItem':{'oneOf':[{'$ref':'#/components/schemas/Message'},{'$ref':'#/components/schemas/Item'}],'discriminator':{'propertyName':'type'}}
      }}}";

    private static readonly JsonElement Document = Parse(Components);
    private static readonly SchemaSynthesizer Synthesizer = new(new MockDocument(Document), new SchemaValidator(Document));

    [Fact]
    public void An_enum_beside_an_allOf_of_constants_gives_the_one_value_both_allow_as_a_number()
    {
        var schema = Parse("{'$ref':'#/components/schemas/AttachmentOption'}");

        var types = Enumerable.Range(1, 20).Select(seed => Synthesize(schema, (ulong)seed).GetProperty("type")).ToList();

        Assert.All(types, type => Assert.Equal(JsonValueKind.Number, type.ValueKind));
        Assert.All(types, type => Assert.Equal(11, type.GetInt32()));
    }

    [Fact]
    public void A_discriminated_base_becomes_one_of_its_subtypes_with_the_subtypes_value()
    {
        var schema = Parse("{'$ref':'#/components/schemas/Evaluation'}");

        var values = Enumerable.Range(1, 30).Select(seed => Synthesize(schema, (ulong)seed)).ToList();

        Assert.All(values, value => Assert.Contains(value.GetProperty("Kind").GetString(), new[] { "Nodes", "ReplicasEvaluation" }));
        Assert.All(values.Where(v => v.GetProperty("Kind").GetString() == "Nodes"), v => Assert.Equal(JsonValueKind.Number, v.GetProperty("TotalCount").ValueKind));
        Assert.All(values.Where(v => v.GetProperty("Kind").GetString() == "ReplicasEvaluation"), v => Assert.Equal(JsonValueKind.String, v.GetProperty("Replica").ValueKind));
        Assert.Equal(2, values.Select(v => v.GetProperty("Kind").GetString()).Distinct().Count());
    }

    [Fact]
    public void A_subtype_reached_by_reference_writes_its_own_discriminator_value()
    {
        var schema = Parse("{'$ref':'#/components/schemas/NodesEvaluation'}");

        var kinds = Enumerable.Range(1, 10).Select(seed => Synthesize(schema, (ulong)seed).GetProperty("Kind").GetString()).Distinct().ToList();

        Assert.Equal(new[] { "Nodes" }, kinds);
    }

    [Fact]
    public void Without_a_mapping_a_branch_is_named_by_the_one_value_its_discriminator_property_allows()
    {
        var schema = Parse("{'$ref':'#/components/schemas/Outcome'}");

        var types = Enumerable.Range(1, 20).Select(seed => Synthesize(schema, (ulong)seed).GetProperty("type").GetString()).Distinct().OrderBy(t => t).ToList();

        Assert.Equal(new[] { "exit", "timeout" }, types);
    }

    [Fact]
    public void A_union_branch_read_for_several_values_gets_one_of_them_and_inline_branches_without_a_value_are_left_out()
    {
        var schema = Parse("{'$ref':'#/components/schemas/Filter'}");

        var types = Enumerable.Range(1, 30).Select(seed => Synthesize(schema, (ulong)seed).GetProperty("type").GetString()).Distinct().OrderBy(t => t).ToList();

        Assert.Equal(new[] { "eq", "ne" }, types);
    }

    [Fact]
    public void A_branch_that_is_itself_a_oneOf_carries_its_inner_branchs_value()
    {
        var schema = Parse("{'$ref':'#/components/schemas/InputItem'}");

        var types = Enumerable.Range(1, 30).Select(seed => Synthesize(schema, (ulong)seed).GetProperty("type").GetString()).Distinct().OrderBy(t => t).ToList();

        Assert.Equal(new[] { "computer_output", "message", "shell_output" }, types);
    }

    [Fact]
    public void An_array_listing_its_items_values_as_its_own_enum_is_still_an_array()
    {
        var schema = Parse("{'$ref':'#/components/schemas/Roles'}");

        var values = Enumerable.Range(1, 10).Select(seed => Synthesize(schema, (ulong)seed)).ToList();

        Assert.All(values, value => Assert.Equal(JsonValueKind.Array, value.ValueKind));
    }

    private static JsonElement Synthesize(JsonElement schema, ulong seed)
    {
        using var document = JsonDocument.Parse(Synthesizer.Synthesize(schema, seed, SchemaDirection.Response));
        return document.RootElement.Clone();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json.Replace('\'', '"'));
        return document.RootElement.Clone();
    }
}
