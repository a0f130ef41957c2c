package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Channel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TemplateCatalogTest {

    @Inject
    TemplateCatalog catalog;

    @Test
    void everyShippedTemplateServesEveryRenderedChannelInFourLanguages() {
        List<TemplateCatalog.Entry> entries = catalog.entries();

        assertThat(entries).hasSize(TemplateCatalog.TEMPLATE_IDS.size() * TemplateCatalog.LANGUAGES.size());
        assertThat(entries).allSatisfy(e -> assertThat(e.channels())
                .isEqualTo(EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.VOICE, Channel.LETTER)));
        assertThat(entries).filteredOn(e -> e.templateId().equals(FallbackOrder.GENERIC.get(e.tone()))).hasSize(3 * 4);
    }

    /** The catalog lists what it knows the names of: a wording file added without naming its language or id would be missed. */
    @Test
    void listsEveryWordingFileShipped() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        List<String> files;
        try (Stream<Path> paths = Files.walk(root.resolve("dunning"))) {
            files = paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }

        assertThat(catalog.entries().stream().map(e -> TemplateKey.wordingPath(e.templateId(), e.language(), e.tone())).sorted().toList())
                .isEqualTo(files);
    }
}
