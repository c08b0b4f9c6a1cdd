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
    private IReadOnlyList<string>? _operationSummary;
    private IReadOnlyList<string>? _parameters;
    private IReadOnlyList<string>? _outcome;

    public OperationDocs(OperationModel operation, MethodSignature signature, string runtimeNamespace)
    {
        _operation = operation;
        _signature = signature;
        _runtimeNamespace = runtimeNamespace;
    }

    public IReadOnlyList<string> Plain() =>
        Build(OperationSummary, _operation.SuccessResponse?.Type is null ? null : _operation.SuccessResponse.Description ?? "The response body.");

    public IReadOnlyList<string> WithResponse() =>
        Build(OperationSummary, "The status code, the headers and " + (_operation.SuccessResponse?.Type is null ? "no body." : "the body: " + (_operation.SuccessResponse.Description ?? "the response body.")));

    public IReadOnlyList<string> All(bool hasPaging) =>
        hasPaging ? Build(Summary("Every item of every page: " + (_operation.Summary ?? _operation.MethodName)), "The items, read page by page as they are enumerated.") : new string[0];

    // Plain, WithResponse and All differ only in summary and returns; the rest (every parameter's description, the
    // documented errors) is escaped once per operation rather than once per method.
    private IReadOnlyList<string> Build(IReadOnlyList<string> summary, string? returns) =>
        new DocComment()
            .Append(summary)
            .Append(Parameters)
            .Element("<returns>", "</returns>", returns)
            .Append(Outcome)
            .Lines;

    private IReadOnlyList<string> OperationSummary => _operationSummary ??= Summary(_operation.Summary);

    private IReadOnlyList<string> Parameters => _parameters ??= BuildParameters();

    private IReadOnlyList<string> Outcome => _outcome ??= BuildOutcome();

    private IReadOnlyList<string> Summary(string? summary) => new DocComment().Summary(summary, _operation.Description).Lines;

    private IReadOnlyList<string> BuildParameters()
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

    private IReadOnlyList<string> BuildOutcome()
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
