"""Publication: the graph as served and downloaded (filled in below as the publish stage lands)."""
