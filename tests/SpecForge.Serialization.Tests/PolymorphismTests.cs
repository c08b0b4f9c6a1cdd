using System.Text.Json;

namespace SpecForge.Serialization.Tests;

/// <summary>Discriminated hierarchies read into the derived type the discriminator names and write its value back.</summary>
public sealed class PolymorphismTests
{
    [Fact]
    public void OneOf_with_a_mapping_reads_the_mapped_type_wherever_the_discriminator_is()
    {
        var shape = JsonText.Read<Types31.Shape>("""{"radius":2.5,"kind":"circle"}""");

        var circle = Assert.IsType<Types31.Circle>(shape);
        Assert.Equal(2.5, circle.Radius);
    }

    [Fact]
    public void A_derived_type_writes_its_discriminator_value_first()
    {
        Types31.Shape shape = new Types31.Square { Side = 3 };

        Assert.Equal("""{"kind":"square","side":3}""", JsonText.Write(shape));
    }

    [Fact]
    public void Without_a_mapping_the_component_name_is_the_value()
    {
        var pet = JsonText.Read<Types31.Pet>("""{"petType":"Lizard","name":"Rex","scales":true}""");

        var lizard = Assert.IsType<Types31.Lizard>(pet);
        Assert.Equal("Rex", lizard.Name);
        Assert.True(lizard.Scales);
        Assert.Equal("""{"petType":"Cat","name":"Tom","livesLeft":9}""", JsonText.Write<Types31.Pet>(new Types31.Cat { Name = "Tom", LivesLeft = 9 }));
    }

    [Fact]
    public void OpenApi_30_and_Swagger_20_discriminators_dispatch_the_same_way()
    {
        Assert.IsType<Types30.Bike>(JsonText.Read<Types30.Vehicle>("""{"type":"bike","wheels":2,"electric":true}"""));
        Assert.IsType<Types2.Fish>(JsonText.Read<Types2.Animal>("""{"animalType":"Fish","name":"Nemo","fins":3}"""));
    }

    [Fact]
    public void An_unknown_or_missing_discriminator_is_a_JsonException_that_lists_the_known_values()
    {
        var unknown = Assert.Throws<JsonException>(() => JsonText.Read<Types31.Shape>("""{"kind":"hexagon"}"""));
        var missing = Assert.Throws<JsonException>(() => JsonText.Read<Types31.Shape>("""{"side":1}"""));

        Assert.Contains("hexagon", unknown.Message);
        Assert.Contains("circle, square", unknown.Message);
        Assert.Contains("'kind'", missing.Message);
    }

    [Fact]
    public void AllOf_with_one_reference_is_inheritance_without_a_discriminator()
    {
        Types31.Animal animal = JsonText.Read<Types31.Dog>("""{"name":"Rex","goodBoy":true}""");

        Assert.Equal("Rex", animal.Name);
        Assert.Equal("""{"name":"Rex","goodBoy":true}""", JsonText.Write((Types31.Dog)animal));
    }
}
