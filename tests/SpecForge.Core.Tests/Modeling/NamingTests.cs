using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

public sealed class NamingTests
{
    [Theory]
    [InlineData("pet", "Pet")]
    [InlineData("getPetByID", "GetPetByID")]
    [InlineData("x-rate-limit", "XRateLimit")]
    [InlineData("snake_case_name", "SnakeCaseName")]
    [InlineData("2fa", "_2fa")]
    [InlineData("200", "_200")]
    [InlineData("ça va", "ÇaVa")]
    [InlineData("名前", "名前")]
    [InlineData("a.b/c", "ABC")]
    [InlineData("", "Value")]
    [InlineData("!!!", "Value")]
    public void Pascal_case(string raw, string expected) => Assert.Equal(expected, Naming.ToPascalCase(raw));

    [Theory]
    [InlineData("PetId", "petId")]
    [InlineData("pet_id", "petId")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("X-Trace", "xTrace")]
    [InlineData("class", "@class")]
    [InlineData("in", "@in")]
    [InlineData("default", "@default")]
    [InlineData("value", "value")]
    [InlineData("9lives", "_9lives")]
    public void Camel_case_escapes_keywords(string raw, string expected) => Assert.Equal(expected, Naming.ToCamelCase(raw));

    [Theory]
    [InlineData("my-api.v2", "MyApi.v2")]
    [InlineData("Acme.People", "Acme.People")]
    [InlineData("My_Api", "My_Api")]
    [InlineData("acme.internal_v2", "acme.internal_v2")]
    [InlineData("a..b", "a.b")]
    [InlineData("class.namespace", "@class.@namespace")]
    [InlineData("@class.Api", "@class.Api")]
    public void Namespaces(string raw, string expected) => Assert.Equal(expected, Naming.ToNamespace(raw, "Fallback"));

    [Fact]
    public void A_name_scope_suffixes_collisions_deterministically_and_ignores_case()
    {
        var scope = new NameScope("Reserved");

        Assert.Equal("Pet", scope.Allocate("Pet"));
        Assert.Equal("PET2", scope.Allocate("PET"));
        Assert.Equal("Pet3", scope.Allocate("Pet"));
        Assert.Equal("Reserved2", scope.Allocate("Reserved"));
        Assert.Equal("class", scope.Allocate("class"));
        Assert.Equal("class2", scope.Allocate("@class"));
    }
}
