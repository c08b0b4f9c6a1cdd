using System.Collections.Generic;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>What a pattern can see of one operation: its path as the spec writes it, method, operationId and tags.</summary>
internal sealed class SpecOperation
{
    public SpecOperation(string path, string method, string? operationId, IReadOnlyList<string> tags)
    {
        Path = path;
        Method = method;
        OperationId = operationId;
        Tags = tags;
    }

    public string Path { get; }

    /// <summary>Upper case: <c>GET</c>.</summary>
    public string Method { get; }

    public string? OperationId { get; }

    public IReadOnlyList<string> Tags { get; }

    public override string ToString() => Method + " " + Path;
}
