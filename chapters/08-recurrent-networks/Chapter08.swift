import RecurrentNetworks
import RecurrentNetworksExercises
@main
struct Chapter08 { static func main() {} }
