fn main() {
    #[cfg(target_arch = "wasm32")]
    chronoline::ui::mount_reader();
}
