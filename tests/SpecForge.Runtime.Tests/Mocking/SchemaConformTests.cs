using System.Text.Json;
using SpecForge.Runtime.Mocking;
using SpecForge.Runtime.Validation;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>A stored value shaped to a response schema: what fits is kept, what breaks it is repaired member by member.</summary>
public sealed class SchemaConformTests
{
    // Single quotes stand for double quotes.
    private const string Components = @"{'components':{'schemas':{
        'Order':{'type':'object','additionalProperties':false,'required':['id','lines'],'properties':{
          'id':{'type':'integer','minimum':1},
          'note':{'type':'string'},
          'customer':{'type':'object','required':['name'],'properties':{'name':{'type':'string','minLength':1},'vip':{'type':'boolean'}}},
          'lines':{'type':'array','items':{'type':'integer'}}}}
      }}}";

    private static readonly JsonElement Document = Parse(Components);
    private static readonly SchemaSynthesizer Synthesizer = new(new MockDocument(Document), new SchemaValidator(Document));
    private static readonly JsonElement Order = Parse("{'$ref':'#/components/schemas/Order'}");

    [Fact]
    public void A_value_that_fits_is_returned_as_it_is()
    {
        var value = Parse("{'id':3,'lines':[1,2],'note':'n'}");

        Assert.Equal(value.GetRawText(), Synthesizer.Conform(value, Order, 1, SchemaDirection.Response).GetRawText());
    }

    [Fact]
    public void Mismatched_members_are_replaced_missing_required_ones_added_and_forbidden_extras_dropped()
    {
        var value = Parse("{'id':'abc','note':'kept','customer':{'vip':'yes'},'extra':true}");

        var shaped = Synthesizer.Conform(value, Order, 1, SchemaDirection.Response);

        Assert.True(shaped.GetProperty("id").GetInt64() >= 1);
        Assert.Equal("kept", shaped.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Array, shaped.GetProperty("lines").ValueKind);
        Assert.False(string.IsNullOrEmpty(shaped.GetProperty("customer").GetProperty("name").GetString()));
        Assert.True(shaped.GetProperty("customer").GetProperty("vip").ValueKind is JsonValueKind.True or JsonValueKind.False);
        Assert.False(shaped.TryGetProperty("extra", out _));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json.Replace('\'', '"'));
        return document.RootElement.Clone();
    }
}
