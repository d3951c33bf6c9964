#pragma once
// A list one thread appends to while another reads the elements already published. Elements
// live in fixed chunks that never move, and the table of chunks is sized once, for the most
// elements the list can hold, so an append never moves what a reader holds. Publishing (the
// count the reader may read up to) is the caller's: an atomic stored after the append.
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <vector>

namespace parser {

template <typename T>
class PublishedList {
public:
    explicit PublishedList(std::size_t most) : chunks_(most / chunk_size + 1) {}

    // Writer only.
    void push_back(T value) {
        const std::size_t chunk = size_ / chunk_size;
        if (chunk >= chunks_.size()) throw std::length_error("PublishedList: more elements than announced");
        if (!chunks_[chunk]) chunks_[chunk] = std::make_unique<T[]>(chunk_size);
        chunks_[chunk][size_ % chunk_size] = std::move(value);
        ++size_;
    }
    std::size_t size() const { return size_; }  // writer only

    // Either thread, for an element already published.
    T& operator[](std::size_t i) { return chunks_[i / chunk_size][i % chunk_size]; }

private:
    static constexpr std::size_t chunk_size = 256;
    std::vector<std::unique_ptr<T[]>> chunks_;  // never resized after construction
    std::size_t size_ = 0;
};

}  // namespace parser
