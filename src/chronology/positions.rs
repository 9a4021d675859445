//! One sort for the whole viewer. Every `sort_by` with its own comparator compiles its own
//! copy of the standard library's sort (several kilobytes of wasm each); sorting positions
//! through one comparator of one type compiles it once.

use std::cmp::Ordering;

/// The positions `0..count` ordered by `compare`, ties in position order (so the result is
/// what a stable sort of the items would give).
pub(crate) fn sorted_positions(
    count: usize,
    compare: &dyn Fn(usize, usize) -> Ordering,
) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..count as u32).collect();
    positions.sort_unstable_by(|&a, &b| compare(a as usize, b as usize).then(a.cmp(&b)));
    positions
}

/// `items` in the order of `positions` (from [`sorted_positions`] over `items`).
pub(crate) fn reordered<T>(items: Vec<T>, positions: &[u32]) -> Vec<T> {
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    positions
        .iter()
        .filter_map(|&at| items.get_mut(at as usize)?.take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_the_comparator_and_keeps_ties_in_position_order() {
        let keys = [3, 1, 2, 1, 3];
        let order = sorted_positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, [1, 3, 2, 0, 4]);
        assert!(sorted_positions(0, &|_, _| Ordering::Equal).is_empty());
        let names = vec!["c", "a", "b", "a2", "c2"];
        assert_eq!(reordered(names, &order), ["a", "a2", "b", "c", "c2"]);
    }
}
