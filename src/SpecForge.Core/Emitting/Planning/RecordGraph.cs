using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Planning;

/// <summary>The records of one model with their bases and derived records, for cutting a record's slice.</summary>
internal sealed class RecordGraph
{
    private readonly ApiModel _model;
    private readonly RecordAncestry _ancestry;
    private readonly HashSet<string> _bases;
    private readonly Dictionary<string, int> _order;

    public RecordGraph(ApiModel model)
    {
        _model = model;
        _ancestry = new RecordAncestry(model);
        _bases = new HashSet<string>(model.Dtos.Where(d => d.BaseName is not null).Select(d => d.BaseName!), System.StringComparer.Ordinal);
        _order = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < model.Dtos.Count; i++)
        {
            _order[model.Dtos[i].Name] = i;
        }
    }

    public IEnumerable<DtoModel> Ancestors(DtoModel dto) => _ancestry.Ancestors(dto);

    public bool IsDerivedFrom(string name) => _bases.Contains(name);

    /// <summary>
    /// What a record's converter looks at besides itself: its bases (discriminator, bag) and each record its
    /// discriminator names with that record's bases (the depth that orders the cases). In model order.
    /// </summary>
    public EquatableArray<DtoModel> SliceFor(DtoModel dto)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { dto.Name };
        foreach (var ancestor in _ancestry.Ancestors(dto))
        {
            names.Add(ancestor.Name);
        }

        foreach (var mapping in dto.Discriminator?.Mappings ?? EquatableArray<DiscriminatorMappingModel>.Empty)
        {
            if (names.Add(mapping.TypeName) && _ancestry.Find(mapping.TypeName) is { } mapped)
            {
                names.UnionWith(_ancestry.Ancestors(mapped).Select(a => a.Name));
            }
        }

        return names.Count == 1
            ? new[] { dto }.ToEquatableArray()
            : names.Where(_order.ContainsKey).Select(name => _order[name]).OrderBy(i => i).Select(i => _model.Dtos[i]).ToEquatableArray();
    }
}
