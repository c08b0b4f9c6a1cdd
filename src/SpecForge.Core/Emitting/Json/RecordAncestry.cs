using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Json;

/// <summary>
/// The records of one model by name, so the converter emitter can walk a record's bases without searching the whole
/// list each time (a large spec has hundreds of records).
/// </summary>
public sealed class RecordAncestry
{
    private readonly Dictionary<string, DtoModel> _byName;

    /// <summary>Indexes the records of <paramref name="model"/>.</summary>
    public RecordAncestry(ApiModel model)
    {
        _byName = new Dictionary<string, DtoModel>(System.StringComparer.Ordinal);
        foreach (var dto in model.Dtos)
        {
            _byName[dto.Name] = dto;
        }
    }

    /// <summary>The bases of <paramref name="dto"/>, nearest first; the model builder has already cut cycles.</summary>
    public IEnumerable<DtoModel> Ancestors(DtoModel dto)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal) { dto.Name };
        for (var current = dto; current.BaseName is { } baseName && seen.Add(baseName) && _byName.TryGetValue(baseName, out var parent); current = parent)
        {
            yield return parent;
        }
    }

    /// <summary>The record named <paramref name="name"/>, or null.</summary>
    public DtoModel? Find(string name) => _byName.TryGetValue(name, out var dto) ? dto : null;

    /// <summary>How many bases the record named <paramref name="name"/> has.</summary>
    public int Depth(string name) => _byName.TryGetValue(name, out var dto) ? Ancestors(dto).Count() : 0;
}
