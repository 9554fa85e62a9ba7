// MovieLens's ratings of films by people (F. M. Harper, J. A. Konstan, The MovieLens datasets:
// history and context, ACM TiiS 2015): the "latest small" set of 2016, 100,004 ratings by 671
// users of 9,066 films, as Debian's r-cran-dslabs package ships it for R (its `movielens` data
// frame). GroupLens's terms allow research and teaching use, ask for that paper to be cited, and
// forbid redistribution without their permission: the course reads the copy Debian installs.
import Foundation

/// Who rated which film, how much and when.
public struct MovieRatings {
    /// Where r-cran-dslabs installs its data.
    public static let defaultDirectory = "/usr/lib/R/site-library/dslabs/data"
    public static let debianPackage = "r-cran-dslabs"

    /// One entry per rating: MovieLens's user and film numbers, the stars (0.5 to 5), the time (Unix seconds).
    public var users: [Int], films: [Int], stars: [Float], times: [Int]
    /// Each film's title with its year, "Toy Story (1995)", by film number.
    public var titles: [Int: String]

    public var count: Int { users.count }

    /// The ratings in `directory`'s lazy-load database Rdata (dslabs's layout).
    public static func read(directory: String = defaultDirectory) throws -> MovieRatings {
        let base = directory + "/Rdata"
        guard FileManager.default.fileExists(atPath: base + ".rdx") else {
            throw RDataError(path: base + ".rdx", problem: "it is not there. It comes with Debian's \(debianPackage) package: "
                             + "sudo apt-get install \(debianPackage) (./run.sh installs it), or name another folder with the chapter's option.")
        }
        let frame = try RLazyLoadDatabase.object("movielens", base: base)
        func column(_ name: String) throws -> RObject.Values {
            guard let values = frame.element(name)?.values else {
                throw RDataError(path: base + ".rdb", problem: "its movielens data frame has no column \(name)")
            }
            return values
        }
        guard case let .integers(users) = try column("userId"), case let .integers(films) = try column("movieId"),
              case let .reals(stars) = try column("rating"), case let .integers(times) = try column("timestamp"),
              case let .strings(names) = try column("title"), case let .integers(years) = try column("year") else {
            throw RDataError(path: base + ".rdb", problem: "its movielens columns are not of the types MovieLens has "
                             + "(integer userId, movieId, timestamp and year, real rating, string title)")
        }
        let count = users.count
        guard count > 0, [films.count, stars.count, times.count, names.count, years.count].allSatisfy({ $0 == count }) else {
            throw RDataError(path: base + ".rdb", problem: "its movielens columns have \(count) rows or differ in length")
        }
        var titles: [Int: String] = [:]
        for row in 0..<count where titles[Int(films[row])] == nil {
            let year = years[row] == Int32.min ? "" : " (\(years[row]))"
            titles[Int(films[row])] = (names[row] ?? "film \(films[row])") + year
        }
        return MovieRatings(users: users.map(Int.init), films: films.map(Int.init), stars: stars.map(Float.init),
                            times: times.map(Int.init), titles: titles)
    }
}
