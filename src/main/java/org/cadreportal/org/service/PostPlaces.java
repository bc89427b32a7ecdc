package org.cadreportal.org.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.org.PostPlace;
import org.cadreportal.org.domain.Post;
import org.cadreportal.org.domain.PostRepository;
import org.cadreportal.org.domain.Unit;
import org.cadreportal.org.domain.UnitRepository;

/**
 * Finds a full post title in the post table: the title starts with the name of exactly one active unit (the
 * longest that fits), and the rest is one of that unit's active posts or several joined with 、 (党组书记、局长).
 * A title that does not fit so (a free title, or a unit name several units share) has no place.
 */
@RequiredArgsConstructor
final class PostPlaces {

    private final UnitRepository units;
    private final PostRepository posts;

    Optional<PostPlace> of(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String t = title.strip();
        List<Unit> prefixes = units.findActiveNamePrefixesOf(t);
        int longest = prefixes.stream().mapToInt(u -> u.getName().length()).max().orElse(0);
        List<Unit> fit = prefixes.stream().filter(u -> u.getName().length() == longest).toList();
        if (fit.size() != 1 || longest == t.length()) {
            return Optional.empty();
        }
        Unit unit = fit.getFirst();
        String post = t.substring(longest);
        Set<String> names = posts.findByUnitIdAndActiveTrueOrderByLeaderDescIdAsc(unit.getId()).stream()
                .map(Post::getName).collect(Collectors.toSet());
        boolean known = names.contains(post) || Arrays.stream(post.split("、")).allMatch(names::contains);
        return known ? Optional.of(new PostPlace(unit.getId(), unit.getName(), post)) : Optional.empty();
    }
}
