namespace BriefingBot.Core.People;

public sealed partial class WhoIndex
{
    private void Add(EntityGroup group)
    {
        group.Freeze();
        EntityCount++;
        foreach (var hit in group.Hits)
        {
            _groupOf[hit.Entity] = group;
        }

        foreach (var (map, key) in Postings(group))
        {
            Post(map, key, group);
        }
    }

    private void Remove(EntityGroup group)
    {
        EntityCount--;
        foreach (var hit in group.Hits)
        {
            _groupOf.Remove(hit.Entity);
        }

        foreach (var (map, key) in Postings(group))
        {
            Unpost(map, key, group);
        }
    }

    /// <summary>Where the group is listed: each name form, each word of one, and both under their first letter.</summary>
    private IEnumerable<(Dictionary<string, List<EntityGroup>> Map, string Key)> Postings(EntityGroup group)
    {
        foreach (var form in group.Forms.Where(f => f.Length > 0))
        {
            yield return (_byForm, form);
            yield return (Bucket(_formsByInitial, form[0]), form);
            foreach (var word in form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (_byWord, word);
                if (word.Length >= 3)
                {
                    yield return (Bucket(_wordsByInitial, word[0]), word);
                }
            }
        }
    }

    /// <summary>Adds the group under the key; a list shared with an older index is copied first.</summary>
    private void Post(Dictionary<string, List<EntityGroup>> map, string key, EntityGroup group)
    {
        var list = Owned(map, key);
        if (list.Count == 0 || list[^1] != group)
        {
            list.Add(group);
        }
    }

    private void Unpost(Dictionary<string, List<EntityGroup>> map, string key, EntityGroup group)
    {
        if (!map.ContainsKey(key))
        {
            return;
        }

        var list = Owned(map, key);
        list.Remove(group);
        if (list.Count == 0)
        {
            map.Remove(key);
        }
    }

    private List<EntityGroup> Owned(Dictionary<string, List<EntityGroup>> map, string key)
    {
        var list = map.GetValueOrDefault(key);
        if (list is null || !_owned.Contains(list))
        {
            map[key] = list = list is null ? [] : [.. list];
            _owned.Add(list);
        }

        return list;
    }
}
