using Microsoft.OpenApi;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>Compares an operation's responses: statuses removed or added, and each remaining response's content.</summary>
internal static class ResponseRules
{
    public static void Compare(DiffContext context, OperationPair pair)
    {
        var old = pair.Old.Responses ?? new OpenApiResponses();
        var @new = pair.New.Responses ?? new OpenApiResponses();
        var oldPointer = pair.OldPointer + "/responses";
        var newPointer = pair.NewPointer + "/responses";
        foreach (var response in old)
        {
            var oldResponsePointer = JsonPointers.Append(oldPointer, response.Key);
            if (!@new.TryGetValue(response.Key, out var newResponse))
            {
                var rule = IsSuccess(response.Key) ? OpenApiRules.ResponseSuccessStatusRemoved : OpenApiRules.ResponseNonSuccessStatusRemoved;
                context.ReportOperation(pair.Site, rule, $"response {response.Key} removed", oldResponsePointer, null);
                continue;
            }

            if (response.Value is null || newResponse is null)
            {
                continue;
            }

            ContentComparison.Compare(
                context,
                pair,
                response.Value.Content,
                newResponse.Content,
                oldResponsePointer,
                JsonPointers.Append(newPointer, response.Key),
                SchemaDirection.Response,
                $"response {response.Key} body",
                $"response {response.Key} property");
        }

        foreach (var response in @new)
        {
            if (!old.ContainsKey(response.Key))
            {
                context.ReportOperation(pair.Site, OpenApiRules.ResponseStatusAdded, $"response {response.Key} added", null, JsonPointers.Append(newPointer, response.Key));
            }
        }
    }

    // "2XX" is a success range as much as "200" is.
    private static bool IsSuccess(string status) => status.Length == 3 && status[0] == '2';
}
