namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>Compares an operation's request body: whether it is required, its media types and its schema.</summary>
internal static class RequestBodyRules
{
    public static void Compare(DiffContext context, OperationPair pair)
    {
        var old = pair.Old.RequestBody;
        var @new = pair.New.RequestBody;
        var oldPointer = pair.OldPointer + "/requestBody";
        var newPointer = pair.NewPointer + "/requestBody";
        if (@new is { Required: true } && old is not { Required: true })
        {
            var message = old is null ? "request body added as required" : "request body became required";
            context.ReportOperation(pair.Site, OpenApiRules.RequestBodyBecameRequired, message, old is null ? null : oldPointer, newPointer);
        }

        if (old is not null && @new is not null)
        {
            ContentComparison.Compare(context, pair, old.Content, @new.Content, oldPointer, newPointer, SchemaDirection.Request, "request body", "request property");
        }
    }
}
