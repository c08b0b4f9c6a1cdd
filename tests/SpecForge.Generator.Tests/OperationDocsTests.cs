using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// An operation's description, parameters and errors are written once, on its plain method; the WithResponse and All
/// variants inherit them through a cref the compiler must resolve to that method.
/// </summary>
public sealed class OperationDocsTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Documented, version: "1" }
        paths:
          /items:
            get:
              operationId: listItems
              summary: List the items
              description: Items come back newest first.
              parameters:
                - { name: page, in: query, description: Which page to read., schema: { type: integer } }
              responses:
                "200":
                  description: The items of one page
                  content:
                    application/json:
                      schema: { type: array, items: { type: string } }
                "404":
                  description: No such shelf
                  content:
                    application/json:
                      schema: { type: object, properties: { message: { type: string } } }
        """;

    [Fact]
    public void The_variants_inherit_the_plain_methods_description_parameters_and_errors()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/documented.yaml", Spec) });
        GeneratedCode.AssertCleanAndCompiles(result, output);
        var documented = WithDocumentationDiagnosed(output);
        var client = documented.GetTypeByMetadataName("Documented.IDocumentedClient")!;

        var plain = Doc(client, "ListItemsAsync");
        Assert.Contains("Items come back newest first.", plain);
        Assert.Contains("Which page to read.", plain);
        Assert.Contains("No such shelf", plain);

        const string inheritsPlain = "<inheritdoc cref=\"M:Documented.IDocumentedClient.ListItemsAsync(System.Nullable{System.Int64},System.Threading.CancellationToken,Documented.SpecForge.RequestOptions)\"";
        var withResponse = Doc(client, "ListItemsWithResponseAsync");
        Assert.Contains(inheritsPlain, withResponse);
        Assert.Contains("<returns>The status code, the headers and the body: The items of one page</returns>", withResponse);
        Assert.DoesNotContain("Which page to read.", withResponse);

        var all = Doc(client, "ListItemsAllAsync");
        Assert.Contains("<summary>Every item of every page: List the items</summary>", all);
        Assert.Contains(inheritsPlain, all);
        Assert.DoesNotContain("Items come back newest first.", all);
    }

    private static string Doc(INamedTypeSymbol type, string method) =>
        type.GetMembers(method).Single().GetDocumentationCommentXml() ?? string.Empty;

    // Crefs are bound, and written as documentation ids, only when the compilation processes doc comments.
    private static Compilation WithDocumentationDiagnosed(Compilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree =>
            CSharpSyntaxTree.ParseText(tree.GetText(), ((CSharpParseOptions)tree.Options).WithDocumentationMode(DocumentationMode.Diagnose), tree.FilePath)));
}
