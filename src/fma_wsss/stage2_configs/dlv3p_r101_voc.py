# DeepLabV3+ ResNet-101 trained on the seeds of VOC: stock mmsegmentation's
# deeplabv3plus_r101-d8_4xb4-40k_voc12aug-512x512 (SGD lr 0.01, momentum 0.9, weight decay 5e-4, poly to 1e-4 over
# 40k iterations, 512x512 crops, batch 4 per GPU on 4 GPUs), the second stage-II recipe of WSSS papers. Only the
# data (the seeds, through our dataset and loader) and the backbone weights (stage2.backbone, never downloaded:
# mmseg's open-mmlab://resnet101_v1c) differ. The workflow's values come from config.yaml (build_config).
_base_ = ["mmseg::deeplabv3plus/deeplabv3plus_r101-d8_4xb4-40k_voc12aug-512x512.py"]
custom_imports = dict(imports=["fma_wsss.stage2"], allow_failed_imports=False)

crop_size = (512, 512)
model = dict(pretrained=None, backbone=dict(init_cfg=dict(type="Pretrained", checkpoint=None)))

train_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="LoadAnnotations"),
    dict(type="RandomResize", scale=(2048, 512), ratio_range=(0.5, 2.0), keep_ratio=True),
    dict(type="RandomCrop", crop_size=crop_size, cat_max_ratio=0.75),
    dict(type="RandomFlip", prob=0.5),
    dict(type="PhotoMetricDistortion"),
    dict(type="Pad", size=crop_size),
    dict(type="PackSegInputs"),
]
test_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="Resize", scale=(2048, 512), keep_ratio=True),
    dict(type="LoadAnnotations"),
    dict(type="PackSegInputs"),
]
train_dataloader = dict(
    _delete_=True, batch_size=4, num_workers=4, persistent_workers=True,
    sampler=dict(type="InfiniteSampler", shuffle=True),
    dataset=dict(type="FmaSegDataset", pipeline=train_pipeline))
val_dataloader = dict(
    _delete_=True, batch_size=1, num_workers=4, persistent_workers=True,
    sampler=dict(type="DefaultSampler", shuffle=False),
    dataset=dict(type="FmaSegDataset", pipeline=test_pipeline))
test_dataloader = val_dataloader
val_evaluator = dict(type="IoUMetric", iou_metrics=["mIoU"])
test_evaluator = val_evaluator
default_hooks = dict(checkpoint=dict(type="CheckpointHook", by_epoch=False, interval=4000, save_best="mIoU"))
