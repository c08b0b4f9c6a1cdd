using System.Linq;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

/// <summary>
/// Identical inline enums, unions and records become one type (Stripe repeats the same three capability states, the
/// same "id or expanded object" union and the same address object hundreds of times); any difference a user could see
/// keeps them apart.
/// </summary>
public sealed class InlineTypeSharingTests
{
    private const string Header = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n";

    [Fact]
    public void Identical_inline_enums_share_the_first_ones_type()
    {
        var model = Build(Header + """
            components:
              schemas:
                Card:
                  type: object
                  properties:
                    payments: { type: string, enum: [active, inactive, pending] }
                    transfers: { type: string, enum: [active, inactive, pending] }
                Bank:
                  type: object
                  properties:
                    debits: { type: string, enum: [active, inactive, pending] }
            """);

        var shared = Assert.Single(model.Enums);
        Assert.Equal("CardPayments", shared.Name);
        Assert.All(
            new[] { Property(model, "Card", "Payments"), Property(model, "Card", "Transfers"), Property(model, "Bank", "Debits") },
            p => Assert.Equal("CardPayments", p.Type.Name));
    }

    [Fact]
    public void Enums_that_differ_in_values_order_or_kind_stay_apart()
    {
        var model = Build(Header + """
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    a: { type: string, enum: [on, off] }
                    b: { type: string, enum: [off, on] }
                    c: { type: string, enum: [on, off, auto] }
                    e: { type: integer, enum: [1, 2] }
                    f: { type: string, enum: ["1", "2"] }
            """);

        Assert.Equal(5, model.Enums.Count);
    }

    [Fact]
    public void Inline_types_that_differ_only_in_description_share_one_type_that_keeps_no_description_but_their_properties_keep_theirs()
    {
        // Stripe's "An icon for the account" and "A logo for the account" are two `anyOf: [string, $ref File]`.
        var model = Build(Header + """
            components:
              schemas:
                File:
                  type: object
                  properties:
                    id: { type: string }
                Branding:
                  type: object
                  properties:
                    icon: { description: The icon., anyOf: [{ type: string }, { $ref: "#/components/schemas/File" }] }
                    logo: { description: The logo., anyOf: [{ type: string }, { $ref: "#/components/schemas/File" }] }
                    mode: { type: string, enum: [light, dark], description: The mode. }
                    theme: { type: string, enum: [light, dark], description: The theme. }
                    home: { type: object, description: The home address., properties: { city: { type: string } } }
                    work: { type: object, description: The work address., properties: { city: { type: string } } }
            """);

        var union = Assert.Single(model.Unions);
        var @enum = Assert.Single(model.Enums);
        var address = Assert.Single(model.Dtos, d => d.Name == "BrandingHome");
        Assert.Equal(union.Name, Property(model, "Branding", "Logo").Type.Name);
        Assert.Equal(@enum.Name, Property(model, "Branding", "Theme").Type.Name);
        Assert.Equal(address.Name, Property(model, "Branding", "Work").Type.Name);
        Assert.Null(union.Description);
        Assert.Null(@enum.Description);
        Assert.Null(address.Description);
        Assert.Equal("The logo.", Property(model, "Branding", "Logo").Description);
        Assert.Equal("The theme.", Property(model, "Branding", "Theme").Description);
        Assert.Equal("The work address.", Property(model, "Branding", "Work").Description);
    }

    [Fact]
    public void A_shared_inline_type_keeps_the_description_every_use_gives_it()
    {
        var model = Build(Header + """
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    a: { type: string, enum: [on, off], description: The switch. }
                    b: { type: string, enum: [on, off], description: The switch. }
            """);

        Assert.Equal("The switch.", Assert.Single(model.Enums).Description);
    }

    [Fact]
    public void Identical_inline_unions_share_one_type_and_a_different_one_does_not()
    {
        var model = Build(Header + """
            components:
              schemas:
                Customer:
                  type: object
                  properties:
                    id: { type: string }
                Charge:
                  type: object
                  properties:
                    customer: { anyOf: [{ type: string }, { $ref: "#/components/schemas/Customer" }] }
                    payer: { anyOf: [{ type: string }, { $ref: "#/components/schemas/Customer" }] }
                    amount: { anyOf: [{ type: string }, { type: integer }] }
            """);

        Assert.Equal(2, model.Unions.Count);
        Assert.Equal(Property(model, "Charge", "Customer").Type.Name, Property(model, "Charge", "Payer").Type.Name);
        Assert.NotEqual(Property(model, "Charge", "Customer").Type.Name, Property(model, "Charge", "Amount").Type.Name);
    }

    [Fact]
    public void Identical_inline_records_share_the_first_ones_type_down_to_their_nested_records()
    {
        var model = Build(Header + """
            components:
              schemas:
                Customer:
                  type: object
                  properties:
                    address:
                      type: object
                      properties:
                        city: { type: string }
                        geo: { type: object, properties: { lat: { type: number } } }
                Shop:
                  type: object
                  properties:
                    address:
                      type: object
                      properties:
                        city: { type: string }
                        geo: { type: object, properties: { lat: { type: number } } }
            """);

        Assert.Equal("CustomerAddress", Property(model, "Shop", "Address").Type.Name);
        Assert.Equal("CustomerAddressGeo", Property(model, "CustomerAddress", "Geo").Type.Name);
        Assert.Equal(new[] { "Customer", "CustomerAddress", "CustomerAddressGeo", "Shop" }, model.Dtos.Select(d => d.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ city: { type: string }, zip: { type: string } }")]
    [InlineData("{ town: { type: string } }")]
    [InlineData("{ city: { type: integer } }")]
    [InlineData("{ city: { type: string, maxLength: 9 } }")]
    [InlineData("{ city: { type: string, description: The city. } }")]
    public void Records_that_differ_in_members_types_constraints_or_docs_stay_apart(string shopMembers)
    {
        var model = Build(Header + $$"""
            components:
              schemas:
                Customer:
                  type: object
                  properties:
                    address: { type: object, properties: { city: { type: string } } }
                Shop:
                  type: object
                  properties:
                    address: { type: object, properties: {{shopMembers}} }
            """);

        Assert.Equal("ShopAddress", Property(model, "Shop", "Address").Type.Name);
        Assert.Contains(model.Dtos, d => d.Name == "ShopAddress");
    }

    [Fact]
    public void Identical_inline_request_bodies_stay_their_operations_own()
    {
        var body = "requestBody: { content: { application/json: { schema: { type: object, properties: { url: { type: string } } } } } }";
        var model = Build($$"""
            openapi: 3.1.0
            info: { title: T, version: '1' }
            paths:
              /website:
                post: { operationId: setWebsite, {{body}}, responses: { '204': { description: ok } } }
              /outbound:
                post: { operationId: setOutbound, {{body}}, responses: { '204': { description: ok } } }
            """);

        Assert.Equal(2, model.Dtos.Count);
    }

    [Fact]
    public void Records_that_differ_only_in_which_members_are_required_stay_apart()
    {
        var model = Build(Header + """
            components:
              schemas:
                Customer:
                  type: object
                  properties:
                    address: { type: object, properties: { city: { type: string } } }
                Shop:
                  type: object
                  properties:
                    address: { type: object, required: [city], properties: { city: { type: string } } }
            """);

        Assert.Equal("ShopAddress", Property(model, "Shop", "Address").Type.Name);
    }

    private static PropertyModel Property(ApiModel model, string record, string property) =>
        model.Dtos.Single(d => d.Name == record).Properties.Single(p => p.Name == property);

    private static ApiModel Build(string yaml)
    {
        var result = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", yaml, "T", "TClient", null));
        Assert.NotNull(result.Model);
        return result.Model!;
    }
}
