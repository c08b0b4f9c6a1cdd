using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>The doc comments of an operation's methods, from its summary, description, parameters and responses.</summary>
internal sealed class OperationDocs
{
    private readonly OperationModel _operation;
    private readonly MethodSignature _signature;
    private readonly string _runtimeNamespace;

    public OperationDocs(OperationModel operation, MethodSignature signature, string runtimeNamespace)
    {
        _operation = operation;
        _signature = signature;
        _runtimeNamespace = runtimeNamespace;
    }

    public IReadOnlyList<string> Plain() =>
        new DocComment()
            .Summary(_operation.Summary, _operation.Description)
            .Append(Parameters())
            .Element("<returns>", "</returns>", _operation.SuccessResponse?.Type is null ? null : _operation.SuccessResponse.Description ?? "The response body.")
            .Append(Outcome())
            .Lines;

    // The other methods of an operation inherit its description, parameters and errors from the plain method rather
    // than repeat them: on a large spec the repeated text was a tenth of the SDK's lines. Tags a member writes itself
    // are kept over inherited ones, so each states only what differs: its summary line or what it returns.
    public IReadOnlyList<string> WithResponse() =>
        new DocComment()
            .Line(InheritFromPlain)
            .Element("<returns>", "</returns>", "The status code, the headers and " + (_operation.SuccessResponse?.Type is null ? "no body." : "the body: " + (_operation.SuccessResponse.Description ?? "the response body.")))
            .Lines;

    public IReadOnlyList<string> All(bool hasPaging) =>
        hasPaging
            ? new DocComment()
                .Summary("Every item of every page: " + (_operation.Summary ?? _operation.MethodName))
                .Line(InheritFromPlain)
                .Element("<returns>", "</returns>", "The items, read page by page as they are enumerated.")
                .Lines
            : new string[0];

    private string InheritFromPlain => "/// <inheritdoc cref=\"" + _operation.MethodName + "\"/>";

    private IReadOnlyList<string> Parameters()
    {
        var doc = new DocComment();

        // Every parameter gets a tag: documenting some but not all is a warning (CS1573) for consumers who build docs.
        foreach (var parameter in _signature.Parameters)
        {
            var name = parameter.Name.TrimStart('@');
            var text = CSharpText.DocLines(parameter.Description).Count > 0 ? parameter.Description : $"The '{name}' argument.";
            doc.Element($"<param name=\"{name}\">", "</param>", text);
        }

        doc.Element("<param name=\"cancellationToken\">", "</param>", "Cancels the request.");
        doc.Element($"<param name=\"{_operation.RequestOptionsName}\">", "</param>", "Headers, a timeout and a last look at the request, for this call only; null for none.");
        return doc.Lines;
    }

    private IReadOnlyList<string> Outcome()
    {
        var errors = _operation.ErrorResponses
            .Select(e => (e.StatusCode == "default" ? "Any other status" : e.StatusCode) + (e.Type is null ? string.Empty : " (" + e.Type.Name + ")") + (string.IsNullOrWhiteSpace(e.Description) ? string.Empty : ": " + e.Description!.Trim()))
            .ToList();
        return new DocComment()
            .Element("<exception cref=\"global::" + _runtimeNamespace + ".ApiException\">", "</exception>", errors.Count == 0 ? "The API answered with a status outside 2xx." : "The API answered outside 2xx. Documented: " + Sentence(string.Join("; ", errors)))
            .Element("<remarks>", "</remarks>", _operation.HttpMethod + " " + _operation.PathTemplate)
            .Lines;
    }

    // A description that ends its own sentence ("Error response.") gets no second full stop.
    private static string Sentence(string text) => text.Length > 0 && ".!?".IndexOf(text[text.Length - 1]) >= 0 ? text : text + ".";
}
