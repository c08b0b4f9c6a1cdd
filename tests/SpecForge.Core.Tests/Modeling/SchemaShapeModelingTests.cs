using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

/// <summary>
/// Corpus shapes the typed model read differently from what the data is: constants listed as oneOf branches (Discord),
/// a reference with a description beside it in allOf (Box), AutoRest discriminator values (Azure), and union branches
/// told apart by a member that allows listed strings only (Stripe).
/// </summary>
public sealed class SchemaShapeModelingTests
{
    private const string Header = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n";

    [Fact]
    public void A_oneOf_of_integer_constants_is_an_integer_enum_named_by_the_branch_titles()
    {
        var model = Build(Header + """
            components:
              schemas:
                OptionType:
                  type: integer
                  oneOf:
                    - { const: 1, title: SubCommand }
                    - { const: 11, title: attachment }
            """);

        var type = Assert.Single(model.Enums);
        Assert.True(type.IsInteger);
        Assert.Equal(new[] { ("SubCommand", "1"), ("Attachment", "11") }, type.Members.Select(m => (m.Name, m.Value)));
        Assert.Empty(model.Unions);
    }

    [Fact]
    public void A_oneOf_mixing_constants_and_types_stays_a_union()
    {
        var model = Build(Header + """
            components:
              schemas:
                Size:
                  oneOf:
                    - { const: auto }
                    - { type: integer }
            """);

        Assert.Empty(model.Enums);
        Assert.Single(model.Unions);
    }

    [Fact]
    public void A_reference_with_only_a_description_beside_it_in_allOf_is_the_referenced_type()
    {
        var model = Build(Header + """
            components:
              schemas:
                EventType: { type: string, enum: [ITEM_CREATE, ITEM_DELETE] }
                Event:
                  type: object
                  properties:
                    event_type:
                      allOf:
                        - $ref: '#/components/schemas/EventType'
                        - description: The event type that triggered this event
            """);

        var member = Assert.Single(Assert.Single(model.Dtos).Properties);
        Assert.Equal("EventType", member.Type.Name);
        Assert.Equal(TypeKind.Enum, member.Type.Kind);
    }

    [Fact]
    public void An_autorest_discriminator_value_names_the_subtype()
    {
        var model = Build("""
            swagger: '2.0'
            info: {title: T, version: '1'}
            paths: {}
            definitions:
              HealthEvaluation:
                type: object
                discriminator: Kind
                required: [Kind]
                properties:
                  Kind: { type: string }
              NodesHealthEvaluation:
                allOf: [ { $ref: '#/definitions/HealthEvaluation' } ]
                properties:
                  TotalCount: { type: integer }
                x-ms-discriminator-value: Nodes
              ReplicasHealthEvaluation:
                allOf: [ { $ref: '#/definitions/HealthEvaluation' } ]
                properties:
                  Replica: { type: string }
            """);

        var mappings = model.Dtos.Single(d => d.Name == "HealthEvaluation").Discriminator!.Mappings;
        Assert.Equal(new[] { ("Nodes", "NodesHealthEvaluation"), ("ReplicasHealthEvaluation", "ReplicasHealthEvaluation") }, mappings.Select(m => (m.Value, m.TypeName)));
    }

    [Fact]
    public void Without_a_mapping_the_one_value_a_subtype_allows_names_it()
    {
        var model = Build(Header + """
            components:
              schemas:
                ExitOutcome:
                  type: object
                  required: [type, exit_code]
                  properties:
                    type: { type: string, enum: [exit] }
                    exit_code: { type: integer }
                TimeoutOutcome:
                  type: object
                  required: [type]
                  properties:
                    type: { type: string, enum: [timeout] }
                Outcome:
                  oneOf:
                    - $ref: '#/components/schemas/ExitOutcome'
                    - $ref: '#/components/schemas/TimeoutOutcome'
                  discriminator: { propertyName: type }
            """);

        var mappings = model.Dtos.Single(d => d.Name == "Outcome").Discriminator!.Mappings;
        Assert.Equal(new[] { ("exit", "ExitOutcome"), ("timeout", "TimeoutOutcome") }, mappings.Select(m => (m.Value, m.TypeName)));
    }

    [Fact]
    public void A_union_branch_is_read_for_every_string_its_discriminator_property_allows()
    {
        var model = Build(Header + """
            components:
              schemas:
                ComparisonFilter:
                  type: object
                  required: [type, key]
                  properties:
                    type: { type: string, enum: [eq, ne] }
                    key: { type: string }
                Filter:
                  oneOf:
                    - $ref: '#/components/schemas/ComparisonFilter'
                    - { type: object, properties: { filters: { type: array, items: {} } } }
                  discriminator: { propertyName: type }
            """);

        var mappings = Assert.Single(model.Unions).Discriminator!.Mappings;
        Assert.Equal(new[] { ("eq", "ComparisonFilter"), ("ne", "ComparisonFilter") }, mappings.Select(m => (m.Value, m.TypeName)));
    }

    [Fact]
    public void A_union_branch_that_is_itself_a_oneOf_is_read_for_its_branches_values()
    {
        var model = Build(Header + """
            components:
              schemas:
                Message:
                  type: object
                  properties:
                    type: { type: string, enum: [message] }
                    content: { type: string }
                ShellOutput:
                  type: object
                  properties:
                    type: { type: string, enum: [shell_output] }
                ComputerOutput:
                  type: object
                  properties:
                    type: { type: string, enum: [computer_output] }
                Item:
                  oneOf:
                    - $ref: '#/components/schemas/ShellOutput'
                    - $ref: '#/components/schemas/ComputerOutput'
                InputItem:
                  oneOf:
                    - $ref: '#/components/schemas/Message'
                    - $ref: '#/components/schemas/Item'
                  discriminator: { propertyName: type }
            """);

        var mappings = model.Unions.Single(u => u.Name == "InputItem").Discriminator!.Mappings;
        Assert.Equal(new[] { ("message", "Message"), ("shell_output", "Item"), ("computer_output", "Item") }, mappings.Select(m => (m.Value, m.TypeName)));
    }

    [Fact]
    public void Union_branches_carry_the_members_that_allow_listed_strings_only()
    {
        var model = Build(Header + """
            components:
              schemas:
                BankAccount:
                  type: object
                  required: [id, object]
                  properties:
                    id: { type: string }
                    object: { type: string, enum: [bank_account] }
                Card:
                  type: object
                  required: [id, object]
                  properties:
                    id: { type: string }
                    object: { type: string, enum: [card] }
                    brand: { type: string, enum: [visa, amex] }
                Destination:
                  anyOf:
                    - $ref: '#/components/schemas/BankAccount'
                    - $ref: '#/components/schemas/Card'
            """);

        var branches = Assert.Single(model.Unions).Branches;
        Assert.Equal(new[] { "object" }, branches[0].TagJsonNames);
        Assert.Equal(new[] { "bank_account" }, branches[0].TagValues);
        Assert.Equal(new[] { "object", "brand", "brand" }, branches[1].TagJsonNames);
        Assert.Equal(new[] { "card", "visa", "amex" }, branches[1].TagValues);
    }

    [Fact]
    public void Union_branches_carry_the_members_that_allow_listed_integers_only_as_decimal_text()
    {
        var model = Build(Header + """
            components:
              schemas:
                UserSelect:
                  type: object
                  properties:
                    type: { type: integer, enum: [5, 15] }
                    custom_id: { type: string }
                RoleSelect:
                  type: object
                  properties:
                    type: { type: integer, const: 6 }
                    size: { type: integer, enum: [1, 2.5] }
                Select:
                  oneOf:
                    - $ref: '#/components/schemas/UserSelect'
                    - $ref: '#/components/schemas/RoleSelect'
            """);

        var branches = Assert.Single(model.Unions).Branches;
        Assert.Equal(new[] { ("type", "5"), ("type", "15") }, branches[0].TagJsonNames.Zip(branches[0].TagValues));
        // A list with a number that is not an integer is no tag.
        Assert.Equal(new[] { ("type", "6") }, branches[1].TagJsonNames.Zip(branches[1].TagValues));
    }

    private static ApiModel Build(string yaml)
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", yaml, null, "TClient", null));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == SpecSeverity.Error);
        return parsed.Model!;
    }
}
