package com.keyaccount.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

class MenuGroupTest {

    @Test
    void theHundredOfAMenuOrderNamesItsGroup() {
        assertThat(MenuGroup.of(0)).contains(MenuGroup.WORKBENCH);
        assertThat(MenuGroup.of(90)).contains(MenuGroup.WORKBENCH);
        assertThat(MenuGroup.of(110)).contains(MenuGroup.CUSTOMER);
        assertThat(MenuGroup.of(200)).contains(MenuGroup.DEVELOPMENT);
        assertThat(MenuGroup.of(399)).contains(MenuGroup.APPRAISAL);
        assertThat(MenuGroup.of(910)).contains(MenuGroup.SYSTEM);
        assertThat(MenuGroup.of(450)).isEmpty();
        assertThat(MenuGroup.of(-10)).isEmpty();
    }

    @Test
    void everyViewInTheMenuBelongsToAGroup() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<Class<?>> views = scanner.findCandidateComponents("com.keyaccount.portal").stream()
                .map(BeanDefinition::getBeanClassName).map(MenuGroupTest::load).toList();
        assertThat(views).isNotEmpty().allSatisfy(view -> assertThat(MenuGroup.of(view.getAnnotation(Menu.class).order()))
                .as(view.getSimpleName()).isPresent());
    }

    private static Class<?> load(String name) {
        try {
            return ClassUtils.forName(name, MenuGroupTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
