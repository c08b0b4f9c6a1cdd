using SpecForge.Cli.Regen;
using SpecForge.Core.Emitting;

namespace SpecForge.IntegrationTests.Regen;

/// <summary>The committed SDK surface lists what a consumer can call, and only that.</summary>
public sealed class SdkSurfaceTests
{
    private const string Record = """
        namespace Shop
        {
            /// <summary>A pet.</summary>
            public partial record Pet
            {
                [System.Text.Json.Serialization.JsonPropertyName("id")]
                public required long Id { get; init; }
                public string? Name { get; init; } = null;
                internal int Hidden { get; set; }
                private readonly int state;
                public string Display => Name ?? "?";
                public static Pet Create(long id) { return new Pet { Id = id }; }
                public Pet() { }
                public Pet(Pet original, long id) : this(original) { Id = id; }
                private Pet(ref System.Text.Json.Utf8JsonReader reader) { }
                static Pet() { }
                public sealed class JsonConverter : System.Text.Json.Serialization.JsonConverter<Pet>
                {
                    public JsonConverter() { }
                    public override Pet Read(ref System.Text.Json.Utf8JsonReader reader, System.Type type, System.Text.Json.JsonSerializerOptions options) => throw null!;
                    public override void Write(System.Text.Json.Utf8JsonWriter writer, Pet value, System.Text.Json.JsonSerializerOptions options) { }
                }
                private sealed class Cache { public int Size { get; set; } }
            }

            internal static class Helpers { public static int Twice(int x) => x * 2; }
        }
        """;

    private const string Validator = """
        namespace Shop
        {
            public partial record Pet
            {
                public System.Collections.Generic.IReadOnlyList<string> Validate() => System.Array.Empty<string>();
            }

            public enum PetStatus { Available, Sold }

            public interface IPetsClient
            {
                System.Threading.Tasks.Task<Pet> GetPetAsync(long id, System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    [Fact]
    public void Lists_public_types_and_members_without_bodies_merging_partial_declarations_but_not_a_records_parameterless_constructor()
    {
        var surface = SdkSurface.Describe([new GeneratedFile("Pet.g.cs", Record), new GeneratedFile("Pet.Validator.g.cs", Validator)]);

        Assert.Equal(
            """
            enum Shop.PetStatus
              Available
              Sold
            interface Shop.IPetsClient
              System.Threading.Tasks.Task<Pet> GetPetAsync(long id, System.Threading.CancellationToken cancellationToken = default)
            record Shop.Pet
              public Pet(Pet original, long id)
              public System.Collections.Generic.IReadOnlyList<string> Validate()
              public required long Id { get; init; }
              public static Pet Create(long id)
              public string Display { get; }
              public string? Name { get; init; }
            sealed class Shop.Pet.JsonConverter
              public JsonConverter()
              public override Pet Read(ref System.Text.Json.Utf8JsonReader reader, System.Type type, System.Text.Json.JsonSerializerOptions options)
              public override void Write(System.Text.Json.Utf8JsonWriter writer, Pet value, System.Text.Json.JsonSerializerOptions options)

            """.Replace("\r\n", "\n"),
            surface);
    }

    [Fact]
    public void Differences_name_the_type_of_each_member()
    {
        var before = "record Shop.Pet\n  public string? Name { get; init; }\n  public long Id { get; init; }\n";
        var after = "record Shop.Pet\n  public long Id { get; init; }\n  public string? Nickname { get; init; }\n";

        var diff = SurfaceDiff.Between(before, after);

        Assert.Equal(["record Shop.Pet :: public string? Nickname { get; init; }"], diff.Added);
        Assert.Equal(["record Shop.Pet :: public string? Name { get; init; }"], diff.Removed);
    }
}
