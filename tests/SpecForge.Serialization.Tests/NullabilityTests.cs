using System.Text.Json;

namespace SpecForge.Serialization.Tests;

/// <summary>Required × nullable in 3.1, 3.0 and 2.0: optional nulls are left out, required nulls are written, absence is checked.</summary>
public sealed class NullabilityTests
{
    [Fact]
    public void Optional_members_left_null_are_omitted_and_required_nullable_ones_are_written_as_null()
    {
        Assert.Equal("""{"requiredNonNull":"a","requiredNullable":null,"requiredNullableAnyOf":null}""",
            JsonText.Write(new Types31.Nullability { RequiredNonNull = "a", RequiredNullable = null, RequiredNullableAnyOf = null }));
        Assert.Equal("""{"requiredNonNull":"a","requiredNullable":null}""",
            JsonText.Write(new Types30.Nullability { RequiredNonNull = "a", RequiredNullable = null }));
        Assert.Equal("""{"requiredNonNull":"a","requiredNullable":null}""",
            JsonText.Write(new Types2.Nullability { RequiredNonNull = "a", RequiredNullable = null }));
    }

    [Fact]
    public void Null_and_absent_read_alike_for_optional_members()
    {
        var withNull = JsonText.Read<Types30.Nullability>("""{"requiredNonNull":"a","requiredNullable":"b","optionalNullable":null}""");
        var absent = JsonText.Read<Types30.Nullability>("""{"requiredNonNull":"a","requiredNullable":"b"}""");

        Assert.Null(withNull.OptionalNullable);
        Assert.Equal(absent, withNull);
    }

    [Fact]
    public void A_missing_required_member_is_reported_by_name()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read<Types2.Nullability>("""{"requiredNonNull":"a"}"""));

        Assert.Contains("'requiredNullable'", error.Message);
    }

    [Fact]
    public void Null_for_a_member_that_may_not_be_null_is_reported_by_name()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read<Types31.Nullability>("""{"requiredNonNull":null,"requiredNullable":null,"requiredNullableAnyOf":1}"""));

        Assert.Contains("'requiredNonNull'", error.Message);
    }

    [Fact]
    public void OneOf_with_null_is_the_nullable_branch_type()
    {
        var value = JsonText.Read<Types31.Nullability>("""{"requiredNonNull":"a","requiredNullable":"b","requiredNullableAnyOf":5,"nullableObject":{"name":"n"}}""");

        Assert.Equal(5, value.RequiredNullableAnyOf);
        Assert.Equal("n", value.NullableObject!.Name);
    }

    [Fact]
    public void A_3_0_nullable_allOf_or_anyOf_reference_reads_and_writes_null_where_it_is_required()
    {
        var value = JsonText.Read<NullableReference30.Repository>("""{"name":"r","license":null,"owner":null}""");

        Assert.Null(value.License);
        Assert.Null(value.Owner);
        Assert.Empty(value.Validate());
        Assert.Equal("""{"name":"r","license":null,"owner":null}""", JsonText.Write(value));
        Assert.Equal("mit", JsonText.Read<NullableReference30.Repository>("""{"name":"r","license":{"key":"mit"},"owner":null}""").License!.Key);
    }

    [Fact]
    public void A_value_that_does_not_read_names_its_path_through_JsonSerializer()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read<Types31.Nullability>(
            """{"requiredNonNull":"a","requiredNullable":null,"requiredNullableAnyOf":1,"nullableObject":{"name":"n","children":[{"name":"c"},{"name":7}]}}"""));
        var missing = Assert.Throws<JsonException>(() => JsonText.Read<Types31.Nullability>(
            """{"requiredNonNull":"a","requiredNullable":null,"requiredNullableAnyOf":1,"nullableObject":{"children":[]}}"""));

        Assert.StartsWith("Nullability.nullableObject.children[1].name: ", error.Message);
        Assert.StartsWith("Nullability.nullableObject: ", missing.Message);
        Assert.Contains("'name'", missing.Message);
    }
}
