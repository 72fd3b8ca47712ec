namespace BriefingBot.Core.People;

internal static partial class EntityLexicon
{
    /// <summary>Common given names: a run starting with one is a person even when a later word is also a place ("Michael Jordan").</summary>
    public static readonly HashSet<string> GivenNames = new(StringComparer.Ordinal)
    {
        "Aaron", "Adam", "Adrian", "Ahmed", "Alan", "Albert", "Alex", "Alexander", "Alexandra", "Ali", "Alice",
        "Amanda", "Amy", "Andrea", "Andreas", "Andrei", "Andrew", "Andy", "Angela", "Anna", "Anne", "Anthony",
        "Antonio", "Arnold", "Barbara", "Barry", "Ben", "Benjamin", "Bernard", "Bill", "Bob", "Boris", "Brian",
        "Bruce", "Carl", "Carlos", "Carol", "Catherine", "Charles", "Charlie", "Chris", "Christian", "Christine",
        "Christopher", "Claire", "Colin", "Craig", "Daniel", "Danny", "David", "Dennis", "Diana", "Dmitry", "Donald",
        "Douglas", "Edward", "Elena", "Elizabeth", "Emily", "Emma", "Eric", "Frank", "Fred", "Gary", "George",
        "Gerald", "Gerhard", "Giovanni", "Glenn", "Gordon", "Graham", "Greg", "Gregory", "Hans", "Harry", "Helen",
        "Helmut", "Henry", "Hugh", "Ian", "Igor", "Ivan", "Jack", "Jacques", "James", "Jan", "Jane", "Janet", "Jason",
        "Jean", "Jeff", "Jennifer", "Jim", "Joe", "Johan", "John", "Jonathan", "Jorge", "Jose", "Joseph", "Juan",
        "Julia", "Julie", "Karen", "Karl", "Kate", "Keith", "Ken", "Kenneth", "Kevin", "Klaus", "Laura", "Lee",
        "Linda", "Lisa", "Luis", "Manuel", "Marco", "Margaret", "Maria", "Mario", "Mark", "Martin", "Mary", "Matthew",
        "Michael", "Michel", "Mike", "Mohammed", "Muhammad", "Nancy", "Neil", "Nicholas", "Nick", "Nicolas",
        "Nikolai", "Oleg", "Oliver", "Pablo", "Patricia", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Pierre",
        "Rachel", "Ralph", "Raymond", "Richard", "Robert", "Roger", "Ronald", "Ruth", "Ryan", "Sam", "Samuel",
        "Sarah", "Scott", "Sergei", "Simon", "Stephen", "Steve", "Steven", "Susan", "Thomas", "Tim", "Timothy",
        "Todd", "Tom", "Tony", "Victor", "Vladimir", "Walter", "Wayne", "William", "Wolfgang", "Yuri", "Hillary",
        "Nelson", "Kofi", "Yasser", "Benazir", "Saddam", "Fidel", "Jiang", "Li", "Kim", "Shinzo", "Fumio", "Narendra",
        "Recep", "Emmanuel", "Olaf", "Justin", "Kamala", "Rishi", "Keir", "Theresa", "Xi", "Volodymyr",
    };
}
