using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FlowStudio.Sandbox.Salesforce.Schema;

namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>
/// Runs a parsed query over the stored records: checks every object and field against <see cref="SalesforceSchema"/>
/// (INVALID_TYPE, INVALID_FIELD with Salesforce's wording), filters, sorts, applies OFFSET and LIMIT, and shapes each
/// row as the REST API does (<c>attributes</c>, parent objects, child sub-selects as <c>{totalSize, done, records}</c> or null).
/// </summary>
public sealed class SoqlEvaluator(string soql, IReadOnlyDictionary<string, List<JsonObject>> records, DateOnly today, string apiVersion)
{
    private readonly Dictionary<string, Dictionary<string, JsonObject>> byId = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="SoqlException">An unknown object, relationship or field, or a literal of the wrong type.</exception>
    public List<JsonObject> Run(SoqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var type = SalesforceSchema.Find(query.From) ?? throw new SoqlException(
            "INVALID_TYPE", soql, query.FromPosition,
            $"sObject type '{query.From}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");
        Validate(query, type);
        return [.. Select(query, type, Rows(type.Name)).Select(r => Project(query, type, r))];
    }

    private IEnumerable<JsonObject> Select(SoqlQuery query, SObjectType type, IEnumerable<JsonObject> rows)
    {
        var matching = rows.Where(r => query.Where is null || Matches(query.Where, type, r));
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var order in query.OrderBy)
        {
            var comparer = Comparer<JsonObject>.Create((a, b) => CompareRows(order, type, a, b));
            ordered = ordered is null ? matching.OrderBy(r => r, comparer) : ordered.ThenBy(r => r, comparer);
        }

        IEnumerable<JsonObject> result = ordered ?? matching;
        if (query.Offset is { } offset)
        {
            result = result.Skip(offset);
        }

        return query.Limit is { } limit ? result.Take(limit) : result;
    }

    private int CompareRows(SoqlOrder order, SObjectType type, JsonObject a, JsonObject b)
    {
        var (x, y) = (Value(order.Field, type, a), Value(order.Field, type, b));
        if (x is null || y is null)
        {
            var nulls = x is null && y is null ? 0 : x is null ? -1 : 1;
            return order.NullsFirst ? nulls : -nulls;
        }

        var compared = SoqlValues.Compare(x, y);
        return order.Descending ? -compared : compared;
    }

    private bool Matches(SoqlCondition condition, SObjectType type, JsonObject row) => condition switch
    {
        SoqlAnd and => and.Parts.All(p => Matches(p, type, row)),
        SoqlOr or => or.Parts.Any(p => Matches(p, type, row)),
        SoqlNot not => !Matches(not.Inner, type, row),
        SoqlIn @in => @in.Values.Any(v => Compare(Value(@in.Field, type, row), "=", v)) != @in.Negated,
        SoqlComparison comparison => Compare(Value(comparison.Field, type, row), comparison.Operator, comparison.Value),
        _ => false,
    };

    private bool Compare(object? value, string op, SoqlLiteral literal)
    {
        if (literal.Kind == SoqlLiteralKind.Null || value is null)
        {
            var bothNull = value is null && literal.Kind == SoqlLiteralKind.Null;
            return op switch { "=" => bothNull, "!=" => !bothNull, _ => false };
        }

        if (op == "LIKE")
        {
            return Like((string)literal.Value!).IsMatch((string)value);
        }

        if (literal.Value is SoqlDateRange range)
        {
            var (start, end) = SoqlDateLiterals.Resolve(range, today);
            var before = SoqlValues.Compare(value, start) < 0;
            var after = SoqlValues.Compare(value, end) >= 0;
            return op switch
            {
                "=" => !before && !after,
                "!=" => before || after,
                "<" => before,
                "<=" => !after,
                ">" => after,
                ">=" => !before,
                _ => false,
            };
        }

        var compared = SoqlValues.Compare(value, literal.Value!);
        return op switch
        {
            "=" => compared == 0,
            "!=" => compared != 0,
            "<" => compared < 0,
            "<=" => compared <= 0,
            ">" => compared > 0,
            ">=" => compared >= 0,
            _ => false,
        };
    }

    private static Regex Like(string pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            regex.Append(pattern[i] switch
            {
                '%' => ".*",
                '_' => ".",
                '\\' when i + 1 < pattern.Length => Regex.Escape(pattern[++i].ToString()),
                var c => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private object? Value(SoqlField path, SObjectType type, JsonObject row)
    {
        var (owner, field, parentRow) = Resolve(path, type, row);
        return parentRow is null ? null : SoqlValues.Read(parentRow, field);
    }

    /// <summary>The object holding the field, the field, and the row that holds it (the parent row for a path, null when the reference is empty).</summary>
    private (SObjectType Owner, SField Field, JsonObject? Row) Resolve(SoqlField path, SObjectType type, JsonObject? row)
    {
        var parts = path.Parts;
        if (parts.Length == 2 && string.Equals(parts[0], type.Name, StringComparison.OrdinalIgnoreCase))
        {
            parts = [parts[1]];
        }

        if (parts.Length == 1)
        {
            return (type, type.Field(parts[0]) ?? throw NoSuchColumn(path, parts[0], type), row);
        }

        if (parts.Length != 2 || type.Relationship(parts[0]) is not { } reference || SalesforceSchema.Find(reference.ReferenceTo!) is not { } parentType)
        {
            throw new SoqlException("INVALID_FIELD", soql, path.Position,
                $"Didn't understand relationship '{parts[0]}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.");
        }

        var field = parentType.Field(parts[1]) ?? throw NoSuchColumn(path, parts[1], parentType);
        var parentId = row is null ? null : SoqlValues.Read(row, reference) as string;
        return (parentType, field, parentId is null ? null : Find(parentType.Name, parentId));
    }

    private void Validate(SoqlQuery query, SObjectType type)
    {
        foreach (var item in query.Select)
        {
            if (item is SoqlField field)
            {
                Resolve(field, type, null);
            }
            else if (item is SoqlSubQuery sub)
            {
                var child = Child(type, sub.Query);
                Validate(sub.Query, SalesforceSchema.Find(child.ChildType)!);
            }
        }

        foreach (var order in query.OrderBy)
        {
            Resolve(order.Field, type, null);
        }

        if (query.Where is not null)
        {
            ValidateCondition(query.Where, type);
        }
    }

    private void ValidateCondition(SoqlCondition condition, SObjectType type)
    {
        switch (condition)
        {
            case SoqlAnd and:
                and.Parts.ToList().ForEach(p => ValidateCondition(p, type));
                break;
            case SoqlOr or:
                or.Parts.ToList().ForEach(p => ValidateCondition(p, type));
                break;
            case SoqlNot not:
                ValidateCondition(not.Inner, type);
                break;
            case SoqlIn @in:
                var inField = Resolve(@in.Field, type, null).Field;
                @in.Values.ToList().ForEach(v => CheckLiteral(inField, v, "IN"));
                break;
            case SoqlComparison comparison:
                CheckLiteral(Resolve(comparison.Field, type, null).Field, comparison.Value, comparison.Operator);
                break;
        }
    }

    private void CheckLiteral(SField field, SoqlLiteral literal, string op)
    {
        if (op == "LIKE" && !field.IsText)
        {
            throw new SoqlException("INVALID_FIELD", soql, literal.Position, $"invalid operator on {Describe(field)} field: LIKE");
        }

        var fits = literal.Kind == SoqlLiteralKind.Null || field.Type switch
        {
            SFieldType.Boolean => literal.Kind == SoqlLiteralKind.Boolean,
            SFieldType.Currency or SFieldType.Number => literal.Kind == SoqlLiteralKind.Number,
            SFieldType.Date => literal.Kind is SoqlLiteralKind.Date or SoqlLiteralKind.DateRange,
            SFieldType.DateTime => literal.Kind is SoqlLiteralKind.DateTime or SoqlLiteralKind.DateRange,
            _ => literal.Kind == SoqlLiteralKind.Text,
        };
        if (!fits)
        {
            var quoted = field.IsText ? "should be enclosed in quotes" : "should not be enclosed in quotes";
            throw new SoqlException("INVALID_FIELD", soql, literal.Position, $"value of filter criterion for field '{field.Name}' must be of type {Describe(field)} and {quoted}");
        }
    }

    private static string Describe(SField field) => field.Type switch
    {
        SFieldType.Boolean => "boolean",
        SFieldType.Currency or SFieldType.Number => "double",
        SFieldType.Date => "date",
        SFieldType.DateTime => "dateTime",
        SFieldType.Id or SFieldType.Reference => "id",
        _ => "string",
    };

    private (string Name, string ChildType, string ForeignKey) Child(SObjectType parent, SoqlQuery sub)
    {
        var match = parent.Children.FirstOrDefault(c => string.Equals(c.Key, sub.From, StringComparison.OrdinalIgnoreCase));
        return match.Key is null
            ? throw new SoqlException("INVALID_TYPE", soql, sub.FromPosition,
                $"Didn't understand relationship '{sub.From}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.")
            : (match.Key, match.Value.ChildType, match.Value.ForeignKey);
    }

    private JsonObject Project(SoqlQuery query, SObjectType type, JsonObject row)
    {
        var output = Attributes(type, row);
        foreach (var item in query.Select)
        {
            if (item is SoqlField path)
            {
                var (owner, field, holder) = Resolve(path, type, row);
                if (ReferenceEquals(owner, type))
                {
                    output[field.Name] = holder?[field.Name]?.DeepClone();
                    continue;
                }

                var relationship = type.Relationship(path.Parts[^2])!.RelationshipName!;
                if (holder is null)
                {
                    output[relationship] ??= null;
                    continue;
                }

                if (output[relationship] is not JsonObject parent)
                {
                    parent = Attributes(owner, holder);
                    output[relationship] = parent;
                }

                parent[field.Name] = holder[field.Name]?.DeepClone();
            }
            else if (item is SoqlSubQuery sub)
            {
                var (name, childTypeName, foreignKey) = Child(type, sub.Query);
                var childType = SalesforceSchema.Find(childTypeName)!;
                var id = row["Id"]!.GetValue<string>();
                var children = Select(sub.Query, childType, Rows(childTypeName).Where(c => c[foreignKey]?.GetValue<string>() == id))
                    .Select(c => (JsonNode?)Project(sub.Query, childType, c))
                    .ToList();
                output[name] = children.Count == 0 ? null : new JsonObject { ["totalSize"] = children.Count, ["done"] = true, ["records"] = new JsonArray([.. children]) };
            }
        }

        return output;
    }

    private JsonObject Attributes(SObjectType type, JsonObject row) => new()
    {
        ["attributes"] = new JsonObject
        {
            ["type"] = type.Name,
            ["url"] = $"/services/data/{apiVersion}/sobjects/{type.Name}/{row["Id"]!.GetValue<string>()}",
        },
    };

    private List<JsonObject> Rows(string type) => records.TryGetValue(type, out var rows) ? rows : [];

    private JsonObject? Find(string type, string id)
    {
        if (!byId.TryGetValue(type, out var index))
        {
            index = Rows(type).ToDictionary(r => r["Id"]!.GetValue<string>(), StringComparer.Ordinal);
            byId[type] = index;
        }

        return index.TryGetValue(id, out var row) ? row : null;
    }

    private SoqlException NoSuchColumn(SoqlField path, string name, SObjectType type) => new(
        "INVALID_FIELD", soql, path.Position,
        $"No such column '{name}' on entity '{type.Name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");
}
